import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('minutes under numbered item headings: the paragraphs under "Matters arising"', () => {
  const rows = [
    ['Minutes of the sports club committee, 4 May'],
    ['Item 1 – Welcome'],
    ['The chair opened the meeting and thanked the bar staff.'],
    ['Item 2 – Treasurer’s report'],
    ['The accounts show a small surplus, which the committee accepted.'],
    ['Item 3 – Matters arising from the last meeting'],
    ['Priya was to ask the council about the floodlights. She has written and will chase a reply.'],
    ['Tom was going to price new nets. Tom reported two quotes, both under budget.'],
    ['The roller will be serviced by the groundsman before the season starts.'],
    ['Item 4 – Any other business'],
    ['None was raised.'],
  ]

  it('reads each paragraph under "Matters arising" as an action, owned by whom it was given to', () => {
    const { plan } = tableToPlan(rows)
    const followedUp = plan.actions.filter((a) => a.ref === '3')
    expect(followedUp.map((a) => [a.title.slice(0, 30), a.owners])).toEqual([
      ['Priya was to ask the council a', ['Priya']],
      ['Tom was going to price new net', ['Tom']],
      ['The roller will be serviced by', []],
    ])
  })

  it('keeps the other headings as they were read, each one action over its prose', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.filter((a) => a.ref !== '3').map((a) => a.title)).toEqual([
      'Welcome',
      'Treasurer’s report',
      'Any other business',
    ])
  })
})
