import { describe, expect, it } from 'vitest'
import { readActionTaggedLines } from './readActionTaggedLines'
import { tableToPlan } from './tableToPlan'

describe('minutes whose points of work close with an action tag naming who does them', () => {
  const rows = [
    ['**Réunion du comité, 3 mars 2031**'],
    ['**Excusés : **Hugo.'],
    ['**1. La fête du village.**'],
    ['Le bilan est bon, la météo a aidé.'],
    ['Points à revoir :'],
    ['Prévoir plus de bancs. Mathieu se propose de contacter la mairie.'],
    ['Refaire les panneaux du parking. (Action Inès et Paul).'],
    ['Commander des gobelets lavables. (Action Chloé)'],
    ['**2. Le site internet.**'],
    ['Le site est lent depuis janvier.'],
    ['Changer d’hébergeur avant l’été (Action Léa, Marc D. et Sam).'],
    ['**Divers.**'],
    ['Prochaine réunion le 7 avril.'],
  ]

  it('reads each tagged line, and the first point under a lead-in, with the owners the tag names', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Prévoir plus de bancs. Mathieu se propose de contacter la mairie.', ['Mathieu']],
      ['Refaire les panneaux du parking.', ['Inès', 'Paul']],
      ['Commander des gobelets lavables.', ['Chloé']],
      ['Changer d’hébergeur avant l’été', ['Léa', 'Marc D', 'Sam']],
    ])
  })

  it('keeps the section of each point and reads the prose between them as the record', () => {
    const read = readActionTaggedLines(rows)!
    const records = read.rows.slice(read.headerRow)
    expect(records.map((row) => row[2])).toEqual([
      'La fête du village',
      'La fête du village',
      'La fête du village',
      'Le site internet',
    ])
    expect(read.skippedRows).toEqual([5, 10, 13])
  })

  it('peels an item number as the ref, reads a colon after the label and cuts a remark after the names', () => {
    const { plan } = tableToPlan([
      ['Society committee, 4 May'],
      ['Quiz night'],
      ['3. Book the function room. (Action: Ravi and Jo K)'],
      ['4. Everyone enjoyed the last quiz.'],
      ['5. Buy the prizes. (Action: Jo K, once the budget is agreed)'],
      ['Website'],
      ['6. Move the site to the new host. (Actions: Ada)'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners])).toEqual([
      ['3', 'Book the function room.', ['Ravi', 'Jo K']],
      ['5', 'Buy the prizes.', ['Jo K']],
      ['6', 'Move the site to the new host.', ['Ada']],
    ])
  })

  it.each([
    // A tag naming a number labels the action, it names no one.
    [
      ['Plan'],
      ['Plant trees (Action 1.1)'],
      ['Fix the weir (Action 1.2)'],
      ['Clear the drains (Action 1.3)'],
    ],
    // Work after the label, in lower case, is no owner.
    [
      ['Notes'],
      ['The gate sticks (Action oil it)'],
      ['The bin is full (Action empty it)'],
      ['Lights (Action replace)'],
    ],
    // Only two tagged lines: not enough to read the page so.
    [['Notes'], ['Book the hall. (Action Ana)'], ['Pay the band. (Action Bo)'], ['The fair went well.']],
    // A bracket that is a remark, not a tag.
    [
      ['Notes'],
      ['Book the hall (see the rota)'],
      ['Pay the band (Ana)'],
      ['Sell tickets (Bo)'],
      ['Print (Cy)'],
    ],
  ])('reads no page whose lines close with no action tag naming people: %j', (...page) => {
    expect(readActionTaggedLines(page)).toBeNull()
  })

  it('reads a long page of untagged minutes as nothing, and one of tagged lines line by line', () => {
    const untagged = Array.from({ length: 20_000 }, (_, i) => [`Point ${i} was discussed (Action ${i}).`])
    expect(readActionTaggedLines([['Minutes'], ...untagged])).toBeNull()
    const tagged = Array.from({ length: 20_000 }, (_, i) => [
      i % 2 === 0 ? `Item ${i} is to be done. (Action Ana and Bo)` : 'The meeting noted the report.',
    ])
    expect(readActionTaggedLines([['Minutes'], ...tagged])?.rows.length).toBe(10_001)
  })
})
