import { describe, expect, it } from 'vitest'
import { peelResponseVerdict } from './peelResponseVerdict'
import { tableToPlan } from './tableToPlan'

describe('peelResponseVerdict: a response opening with its verdict on the recommendation', () => {
  it.each<[string, string | null]>([
    ['The Board agrees with the recommendation. A new rota starts in May.', 'A new rota starts in May.'],
    ['Agreed in part: the survey will run every spring.', 'the survey will run every spring.'],
    ['We accept this recommendation. Guidance will be issued.', 'Guidance will be issued.'],
    ['Accepted - the team will hire two technicians.', 'the team will hire two technicians.'],
    ['Executive Support: senior leaders commit to the plan', null],
    ['Staff agree the rota is fair.', null],
    ['The Faculty supports the plan, with changes.', null],
    ['Agreed.', null],
  ])('%s', (text, rest) => {
    expect(peelResponseVerdict(text)?.rest ?? null).toBe(rest)
  })
})

describe('a management response and action plan', () => {
  it('takes the planned action after the verdict as the title, and keeps the verdict as a note', () => {
    const { plan } = tableToPlan([
      ['Recommendation', 'Management response and action', 'Target date', 'Lead'],
      [
        'The estates office should survey every lab for trip hazards.',
        'The Division agrees with this recommendation. A survey of every lab will be run by the safety team.',
        'March 2031',
        'Safety Office',
      ],
      [
        'The estates office should publish the survey results.',
        'Agreed. The results will be posted on the staff intranet.',
        'June 2031',
        'Safety Office',
      ],
    ])
    expect(plan.actions.map((a) => [a.title.slice(0, 20), a.notes])).toEqual([
      ['A survey of every la', 'The Division agrees with this recommendation.'],
      ['The results will be ', 'Agreed.'],
    ])
  })
})
