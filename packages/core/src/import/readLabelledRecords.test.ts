import { describe, expect, it } from 'vitest'
import { readLabelledRecords } from './readLabelledRecords'
import { tableToPlan } from './tableToPlan'

const card = [
  ['Publish a Lab Safety Handbook'],
  ['Responsibility'],
  ['Research Safety Unit (RSU)'],
  ['How to go about it'],
  ['Gather the rules each school already has.'],
  ['Schools'],
  ['Send their local rules to the unit'],
  ['Name a safety contact'],
  ['Measure of success'],
  ['Handbook adopted by every school'],
  ['Target Date'],
  ['06-30-2027'],
  ['Status'],
  ['Not Started'],
  ['Frequency'],
  ['Once'],
]

describe('a page about one action: its name, then label lines over their values', () => {
  it('reads one action, titled by the first line, with its lead, month-first date and status', () => {
    const { plan } = tableToPlan(card)
    expect(plan.actions).toHaveLength(1)
    const [action] = plan.actions
    expect(action?.title).toBe('Publish a Lab Safety Handbook')
    expect(action?.owners).toEqual(['Research Safety Unit (RSU)'])
    expect(action?.target.due).toBe('2027-06-30')
    expect(action?.status.state).toBe('not-started')
    expect(action?.description).toContain('Send their local rules to the unit')
  })

  it('leaves a page whose fields come first and a list of actions follows', () => {
    const heading = [
      ['Library access plan'],
      ['Responsibility'],
      ['Library Services'],
      ['Target Date'],
      ['06-30-2027'],
      ['Status'],
      ['In Progress'],
      ['Fit ramps at the west entrance'],
      ['Add large-print signs to every floor'],
      ['Train the desk staff in sign language'],
    ]
    expect(readLabelledRecords(heading)).toBeNull()
  })

  it('leaves a page that names a field twice, or lacks one of the three', () => {
    const twice = [...card, ['Status'], ['Completed']]
    expect(readLabelledRecords(twice)).toBeNull()
    const noStatus = card.filter((_, index) => index !== 12 && index !== 13)
    expect(readLabelledRecords(noStatus)).toBeNull()
  })

  it('reads a long page in linear time', () => {
    const guidance = Array.from({ length: 10_000 }, (_, i) => [`Guidance line ${i} for the schools`])
    const lines = [...card.slice(0, 5), ...guidance, ...card.slice(5)]
    expect(readLabelledRecords(lines)?.rows).toHaveLength(2)
  })
})
