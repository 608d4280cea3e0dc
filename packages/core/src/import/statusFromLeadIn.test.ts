import { describe, expect, it } from 'vitest'
import { statusFromLeadIn } from './statusFromLeadIn'
import { tableToPlan } from './tableToPlan'

describe('statusFromLeadIn: a lead-in ending on "has" / "have"', () => {
  it('reads the items that finish the sentence as done', () => {
    expect(statusFromLeadIn('Over the last two years, the Faculty has:')?.state).toBe('complete')
    expect(statusFromLeadIn('Since the last review we have already')?.state).toBe('complete')
  })

  it('leaves a lead-in about what comes next alone', () => {
    expect(statusFromLeadIn('Over the next two years, the Faculty will')).toBeNull()
    expect(statusFromLeadIn('The Faculty plans to have')).toBeNull()
  })

  it('marks each item of such a list complete', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment progress'],
      ['Since signing the Commitment, the Faculty has:'],
      ['- Appointed a technician lead for each school'],
      ['- Held two showcase events for technical staff'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Appointed a technician lead for each school', 'complete'],
      ['Held two showcase events for technical staff', 'complete'],
    ])
  })
})

describe('statusFromLeadIn: a lead-in saying the work has started', () => {
  it('reads the items below as in progress, and a start still to come as nothing', () => {
    expect(statusFromLeadIn('Our technician review has already started and covers;')?.state).toBe(
      'in-progress',
    )
    expect(statusFromLeadIn('Work is under way on the following')?.state).toBe('in-progress')
    expect(statusFromLeadIn('Work will be started on the following')).toBeNull()
    expect(statusFromLeadIn('The following were identified')).toBeNull()
  })

  it('reads "already in progress" or "already under way" without a verb before it', () => {
    expect(statusFromLeadIn('Projects already in progress this term include:')?.state).toBe('in-progress')
    expect(statusFromLeadIn('Among the schemes already under way are')?.state).toBe('in-progress')
    expect(statusFromLeadIn('Schemes we hope to have in progress by spring include')).toBeNull()
  })

  it('marks each item of such a list in progress', () => {
    const { plan } = tableToPlan([
      ['Technician Commitment progress'],
      ['We want technicians to be seen. This work has already begun and includes:'],
      ['• A gallery of technician profiles on the website.'],
      ['• A yearly technician showcase in the atrium.'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['in-progress', 'in-progress'])
  })
})

describe('a lead-in saying the items below were fixed', () => {
  it('reads "we’ve fixed" (curly apostrophe) and "has resolved" as done', () => {
    expect(statusFromLeadIn('After the spring review, we’ve fixed these problems:')?.state).toBe('complete')
    expect(statusFromLeadIn('The web team has resolved the following')?.state).toBe('complete')
    expect(statusFromLeadIn('We’ve planned to fix the following')).toBeNull()
  })

  it('marks each fixed item complete', () => {
    const { plan } = tableToPlan([
      ['Accessibility improvements'],
      ['Since our audit in March we’ve fixed several issues:'],
      ['• The search box had no label. This failed WCAG 2.1: Labels or Instructions'],
      ['• Error messages were not read out by screen readers'],
    ])
    expect(plan.actions.map((a) => a.status.state)).toEqual(['complete', 'complete'])
  })
})
