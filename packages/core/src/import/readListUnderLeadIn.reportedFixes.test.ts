import { describe, expect, it } from 'vitest'
import { statusFromLeadIn } from './statusFromLeadIn'
import { tableToPlan } from './tableToPlan'

describe('a list of ways of working under a "… by:" lead-in, then fixes under a sentence saying they are done', () => {
  const page = [
    ['Accessibility of the parish records site'],
    ['How we are making the site better'],
    ['We make this site easier for everyone to use by:'],
    ['testing every new page with a screen reader before it goes live'],
    ['inviting disabled volunteers to try our forms each year'],
    ['checking colour contrast whenever we change the theme'],
    ['The problems found in our spring audit have been logged, ranked and fixed.'],
    ['Search results now announce how many records were found.'],
    ['Every image of a document has a text description'],
    ['Keyboard users can reach the download buttons'],
    ['About this statement'],
    ['We wrote this statement on 2 March 2031. We last checked it on 9 May 2031.'],
  ]

  it('reads each line as an action, the fixes complete, and leaves the section after the list out', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'testing every new page with a screen reader before it goes live',
      'inviting disabled volunteers to try our forms each year',
      'checking colour contrast whenever we change the theme',
      'Search results now announce how many records were found.',
      'Every image of a document has a text description',
      'Keyboard users can reach the download buttons',
    ])
    expect(plan.actions.slice(3).map((a) => a.status.state)).toEqual(['complete', 'complete', 'complete'])
    expect(plan.actions[0]!.status.state).toBe('unknown')
  })

  it.each([
    ['The issues in the report have been reviewed, prioritised and fixed.', 'complete'],
    ['All the broken links have all been resolved', 'complete'],
    ['These pages have been checked', null],
    ['The problems will have been fixed by May', null],
  ])('reads "%s" as reporting work done', (leadIn, state) => {
    expect(statusFromLeadIn(leadIn)?.state ?? null).toBe(state)
  })
})
