import { describe, expect, it } from 'vitest'
import { readSlashJoinedActions, slashJoinedActions } from './readSlashJoinedActions'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((line) => [line])

describe('slashJoinedActions: instructions joined by slashes on one line', () => {
  it.each<[string, string[] | null]>([
    [
      'Survey the bus shelters for damage/Ask the county to move the stop by the school/Consider a second crossing.',
      [
        'Survey the bus shelters for damage',
        'Ask the county to move the stop by the school',
        'Consider a second crossing',
      ],
    ],
    [
      'Repaint the swings in the park / Mend the broken gate by the pond',
      ['Repaint the swings in the park', 'Mend the broken gate by the pond'],
    ],
    ['Health and Wellbeing/Community Safety and Crime', null],
    ['Review/update the grants policy', null],
    ['Survey the bus shelters for damage', null],
    ['• Repaint the swings in the park/Mend the broken gate by the pond', null],
    ['Visit www.example.org/parish/plan for the full plan', null],
  ])('%s', (line, actions) => {
    expect(slashJoinedActions(line)).toEqual(actions)
  })
})

describe('readSlashJoinedActions: a plan review with the actions of each theme on one line', () => {
  const review = page([
    'Upper Beck Parish Council',
    'Review of the village plan, March meeting',
    'Attending: three councillors',
    'Getting about. Section 2.',
    'Survey the bus shelters for damage/Ask the county to move the stop by the school/Consider a second crossing on the main road.',
    '• The county has agreed to a site visit in the spring.',
    '• Nothing done yet on the crossing.',
    'Play and leisure. Section 3.',
    'Repaint the swings in the park/Mend the broken gate by the pond/Start a summer fun day for younger children.',
    '• A working party painted the swings in May.',
    '• Quotes are being sought for the gate.',
    '• The fun day needs volunteers.',
    '• The hall committee may help.',
  ])

  it('reads each instruction as an action under its heading, the bullets as notes', () => {
    const { plan } = tableToPlan(review)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Survey the bus shelters for damage',
      'Ask the county to move the stop by the school',
      'Consider a second crossing on the main road',
      'Repaint the swings in the park',
      'Mend the broken gate by the pond',
      'Start a summer fun day for younger children',
    ])
    expect(plan.actions[4]?.notes).toContain('Quotes are being sought for the gate.')
  })

  it('needs two lines of joined actions', () => {
    expect(readSlashJoinedActions(review.slice(0, 7))).toBeNull()
  })

  it('leaves a page with no such line', () => {
    expect(
      readSlashJoinedActions(page(['Plan', 'Transport', '• Survey the bus shelters', '• Mend the gate'])),
    ).toBeNull()
  })

  it('reads a page of 10,000 themes', () => {
    const lines: string[] = ['Big review']
    for (let i = 0; i < 10_000; i++) {
      lines.push(`Theme ${i}`)
      lines.push(
        `Survey the shelters in ward ${i}/Ask the county to move stop ${i}/Consider crossing ${i} on the road`,
      )
      lines.push(`• Visit ${i} booked for the spring`)
    }
    expect(readSlashJoinedActions(page(lines))?.rows.length).toBeGreaterThan(30_000)
  })
})
