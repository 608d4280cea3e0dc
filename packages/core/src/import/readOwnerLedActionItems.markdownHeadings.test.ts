import { describe, expect, it } from 'vitest'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'

const rows = (lines: readonly string[]) => lines.map((line) => [line])

/** The title, owner and status (when the read gives statuses) of each item read. */
function itemsOf(lines: readonly string[]): string[][] | null {
  const read = readOwnerLedActionItems(rows(lines))
  if (read === null) return null
  const header = read.rows.find((row) => row[1] === 'Action')!
  const status = header.indexOf('Status')
  const top = read.rows.indexOf(header)
  return read.rows.slice(top + 1).map((row) => [row[1]!, row[2]!, ...(status < 0 ? [] : [row[status]!])])
}

// Minutes kept in Markdown mark their headings ("## Actions") and may sort the list under a deeper heading.
describe('Markdown headings over the action list', () => {
  it.each([
    ['## Actions', '## Actions'],
    ['### Action items', '### Action items'],
    ['# Actions:', '# Actions:'],
  ])('reads the list under "%s" as under the words alone', (_name, heading) => {
    expect(
      itemsOf([
        'Minutes of the garden committee',
        '## Present',
        '- [AK] Ana Kerr',
        '- [TB] Tom Birch',
        heading,
        '- [AK] Book the hall for the spring show.',
        '- [TB, AK] Price a new shed for the tools.',
      ]),
    ).toEqual([
      ['Book the hall for the spring show.', 'AK'],
      ['Price a new shed for the tools.', 'TB, AK'],
    ])
  })

  it('goes on past a deeper heading over more owned items, and stops at a heading of its own level', () => {
    expect(
      itemsOf([
        'Minutes of the garden committee',
        '## Actions',
        '- [AK] Book the hall for the spring show.',
        '- [TB] Price a new shed for the tools.',
        '#### Grants',
        '- [AK] Draft the lottery bid before the summer.',
        '## Next meeting',
        '- [TB] Tuesday 4 May',
      ]),
    ).toEqual([
      ['Book the hall for the spring show.', 'AK'],
      ['Price a new shed for the tools.', 'TB'],
      ['Draft the lottery bid before the summer.', 'AK'],
    ])
  })

  it('ends the list at a deeper heading over lines that name no one', () => {
    expect(
      itemsOf([
        'Minutes of the garden committee',
        '## Actions',
        '- [AK] Book the hall for the spring show.',
        '- [TB] Price a new shed for the tools.',
        '#### Notes',
        '- the shed quote came in late',
      ]),
    ).toEqual([
      ['Book the hall for the spring show.', 'AK'],
      ['Price a new shed for the tools.', 'TB'],
    ])
  })

  it('reads no list under a Markdown heading that names no actions', () => {
    expect(
      itemsOf([
        'Minutes of the garden committee',
        '## Attendees',
        '- [AK] Ana Kerr',
        '- [TB] Tom Birch',
        '## Discussion',
        'The shed is leaking again.',
      ]),
    ).toBeNull()
  })
})

// "Actions carried forward." written as a sentence over a bulleted list heads it; a sentence over prose does not.
describe('a sentence naming the carried-over actions over a list', () => {
  it('reads the list under it, a status glued to the full stop taken off', () => {
    expect(
      itemsOf([
        'Minutes of the garden committee',
        '### 1. Previous minutes',
        'Approved. Open actions carried forward.',
        '- [AK] Ask the council about the water trough.- done',
        '- [TB] Mend the gate by the pond. - deferred to autumn.',
      ]),
    ).toEqual([
      ['Ask the council about the water trough.', 'AK', 'done'],
      ['Mend the gate by the pond.', 'TB', 'deferred to autumn.'],
    ])
  })

  it('takes no such sentence over prose as a heading', () => {
    expect(
      itemsOf([
        'Minutes of the garden committee',
        'All actions were carried forward.',
        'Ana Kerr said the trough still leaks.',
        'Tom Birch will look at it in May.',
      ]),
    ).toBeNull()
  })
})

// French associations' minutes review the actions planned last time, each "Nom : tâche (état)", then list the new
// ones under a bare "Actions", some naming no one.
describe("French minutes: the last meeting's actions, then the new ones", () => {
  const page = [
    'Compte rendu du bureau, 3 mars',
    'Présents : Ana, Tom, Lee',
    '## Actions décidées à la dernière séance',
    '* Ana : Réserver la salle des fêtes pour le concert (fait)',
    '* Tom : Demander un devis pour la sono (en cours)',
    '* Lee : Relancer la mairie au sujet des chaises',
    '## Ordre du jour',
    'Le concert aura lieu le 12 avril.',
    '## Actions',
    '- Tom : Envoyer le devis au bureau',
    '- Imprimer les affiches du concert',
    '- Ana : Écrire aux adhérents',
  ]

  it('reads both lists, the owner before the spaced colon and the state in the closing bracket', () => {
    expect(itemsOf(page)).toEqual([
      ['Réserver la salle des fêtes pour le concert', 'Ana', 'fait'],
      ['Demander un devis pour la sono', 'Tom', 'en cours'],
      ['Relancer la mairie au sujet des chaises', 'Lee', ''],
      ['Envoyer le devis au bureau', 'Tom', ''],
      ['Imprimer les affiches du concert', '', ''],
      ['Écrire aux adhérents', 'Ana', ''],
    ])
  })

  it('reads no list under a bare "Actions" heading whose items mostly name no one when no list is above it', () => {
    expect(
      itemsOf([
        'Compte rendu du bureau, 3 mars',
        '## Actions',
        '- Tom : Envoyer le devis au bureau',
        '- Imprimer les affiches du concert',
        '- Mettre à jour le site',
        '- Ranger la salle',
      ]),
    ).toBeNull()
  })
})

// A state written in capitals closing the item, as minutes mark the actions they review.
describe('a state in capitals closing an item', () => {
  it.each([
    ['- Ana : Relancer la mairie (chaises ?) PAS FAIT', 'Relancer la mairie (chaises ?)', 'PAS FAIT'],
    ['- Ana: Chase the council about the chairs DONE', 'Chase the council about the chairs', 'DONE'],
    ['- Ana: Ask about the fee NOT DONE', 'Ask about the fee', 'NOT DONE'],
    // Capitals that say no state stay in the title.
    ['- Ana: Book the room for the AGM', 'Book the room for the AGM', ''],
  ])('reads "%s"', (line, title, status) => {
    const items = itemsOf(['Minutes', '## Actions', line, '- Tom: Price a new shed for the tools. - done'])
    expect(items?.[0]?.slice(0, 1)).toEqual([title])
    expect(items?.[0]?.[2]).toBe(status)
  })
})
