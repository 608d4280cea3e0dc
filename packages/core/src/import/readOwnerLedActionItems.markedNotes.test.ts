import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// Meeting notes kept as one long column of discussion, with a few lines marked as action items by the note-taker
// ("AI:", "TODO:", "Action:"), some naming who took them ("Ines: TODO: …") and some naming no one.
const notes = (marked: readonly string[]) =>
  [
    'Garden group call, 14 May',
    'Present: Ines, Marco, Wen, Dara',
    'Seed library',
    'The shelves in the hall are nearly full again',
    '  Most packets are tomato and bean, few flowers',
    '  Someone suggested a swap table at the spring fair',
    '    Not everyone was sure the fair would have room',
    'Several members think the labels are hard to read',
    marked[0]!,
    'Water butts',
    'Two of the butts leaked through the winter',
    '  The council may replace them for free',
    '  We could also ask the hardware shop for a discount',
    'People were unsure who had the key to the shed',
    '  It was last seen with the previous treasurer',
    'There was a long talk about rota days and nobody agreed',
    '  Weekends are easier for most people',
    '  Weekdays suit the retired members',
    marked[1]!,
    'Open day',
    'Last year the open day brought in twelve new members',
    '  Posters worked better than the website',
    '  The cake stall raised the most money',
    marked[2]!,
    'Any other business',
    'Nothing else was raised',
  ].map((line) => [line])

describe('a few marked action items among long meeting notes', () => {
  it.each([
    {
      wording: '"AI:" lines naming no one',
      marked: [
        'AI: Print larger seed labels',
        'AI: Water butt replacement request',
        'AI: Open day poster design',
      ],
      titles: ['Print larger seed labels', 'Water butt replacement request', 'Open day poster design'],
      owners: [[], [], []],
    },
    {
      wording: '"TODO:" lines, some with the owner first',
      marked: [
        'Wen: TODO: print larger labels for the seed packets',
        'Marco: TODO: ask the council about new water butts',
        'TODO: book the hall for the open day',
      ],
      titles: [
        'print larger labels for the seed packets',
        'ask the council about new water butts',
        'book the hall for the open day',
      ],
      owners: [['Wen'], ['Marco'], []],
    },
    {
      wording: '"Action:" lines saying who will do the work',
      marked: [
        'Action: Wen will print larger labels for the seed packets',
        'Action: Marco/Dara will ask the council about new water butts',
        'Action: book the hall for the open day',
      ],
      titles: [
        'Wen will print larger labels for the seed packets',
        'Marco/Dara will ask the council about new water butts',
        'book the hall for the open day',
      ],
      owners: [['Wen'], ['Marco', 'Dara'], []],
    },
    {
      wording: '"TODO:" lines opening with initials and a bare verb, as notes in German write them',
      marked: [
        'TODO: WK druckt größere Etiketten für die Samentüten',
        'TODO: MR fragt bei der Gemeinde nach neuen Regentonnen',
        'TODO: Halle für den Tag der offenen Tür buchen',
      ],
      titles: [
        'WK druckt größere Etiketten für die Samentüten',
        'MR fragt bei der Gemeinde nach neuen Regentonnen',
        'Halle für den Tag der offenen Tür buchen',
      ],
      owners: [['WK'], ['MR'], []],
    },
  ])('takes only the marked lines: $wording', ({ marked, titles, owners }) => {
    const { plan } = tableToPlan(notes(marked))
    expect(plan.actions.map((a) => a.title)).toEqual(titles)
    expect(plan.actions.map((a) => a.owners)).toEqual(owners)
    expect(plan.actions[2]?.description).toBe(marked[2])
  })

  it('leaves a plan whose numbered "Action 3:" labels head its own items to the readers of those', () => {
    const { plan } = tableToPlan(
      notes([
        'Action 1: The group will print larger seed labels',
        'Action 2: The group will ask the council about new water butts',
        'Action 3: The group will book the hall for the open day',
      ]),
    )
    expect(plan.actions.map((a) => a.description)).not.toContain(
      'Action 1: The group will print larger seed labels',
    )
  })

  it('does not read labelled lines as marked notes when every other line is one', () => {
    const rows = [
      'Review responses',
      'Finding 1: The seed shelves are too full',
      'Action: The group will hold a swap table at the fair',
      'Finding 2: The water butts leak',
      'Action: The group will ask the council for new ones',
      'Finding 3: The open day is poorly advertised',
      'Action: The group will put up posters in the library',
    ].map((line) => [line])
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.description)).not.toContain(
      'Action: The group will hold a swap table at the fair',
    )
  })

  it('gives the lines under "TODOs (Wen):" to Wen, up to the first line that is no short item', () => {
    const rows = notes([
      'TODO: book the hall for the open day',
      'TODOs (Wen):',
      'TODO: ask the council about new water butts',
    ])
    const at = rows.findIndex((row) => row[0] === 'TODOs (Wen):')
    rows.splice(
      at + 1,
      0,
      ['print larger labels for the seed packets'],
      ['sort the flower seeds from the vegetables (Wen)'],
      ['Shed key: the previous treasurer still has it, someone will ask'],
    )
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['book the hall for the open day', []],
      ['print larger labels for the seed packets', ['Wen']],
      ['sort the flower seeds from the vegetables (Wen)', ['Wen']],
      ['ask the council about new water butts', []],
    ])
  })
})
