import { describe, expect, it } from 'vitest'
import { saysWorkUnderWay } from './saysWorkUnderWay'
import { tableToPlan } from './tableToPlan'

describe('an action that says its work is under way', () => {
  it.each([
    ['The department is rewriting its parental leave guidance', true],
    ['We are currently piloting a buddy scheme', true],
    ['We set up a buddy scheme for new staff', false],
    ['The faculty is going to appoint a wellbeing lead', false],
    ['Publish the pay gap report', false],
  ])('%s', (text, underWay) => {
    expect(saysWorkUnderWay(text)).toBe(underWay)
  })

  it('keeps an item still under way from taking "complete" from the heading over a list of changes made', () => {
    const { plan } = tableToPlan([
      ['Inclusion in our group'],
      ['Our commitments'],
      [
        'We want every member of the group to feel welcome and able to do their best work. We know this takes time and steady effort. To hold ourselves to account, our group has made the following changes:',
      ],
      ['1. We introduced a rota for chairing the weekly meeting so that every member takes a turn.'],
      ['2. We published our hiring criteria on the group website for every open post.'],
      [
        '3. Our group is reviewing how summer students are recruited and supported, so that every applicant is treated fairly.',
      ],
      ['This is only a first step.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'complete', 'in-progress'])
  })
})
