import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import { parseStatus } from '../status/parseStatus'
import { statusFromPendingWork } from './statusFromPendingWork'
import { tableToPlan } from './tableToPlan'

/** An action with only a title, as a page of updates gives it. */
function titled(title: string): Action {
  const { plan } = tableToPlan([['Updates'], [`• ${title}`], ['• Another line of the page.']])
  const action = plan.actions.find((a) => a.title.startsWith(title.slice(0, 12)))!
  return { ...action, status: parseStatus(''), target: { ...action.target, due: null } }
}

describe('statusFromPendingWork: an update saying the work waits or goes on', () => {
  it.each([
    ['The hall repairs are still pending. Back to it next month.', 'not-started'],
    ['Website renewal pending.', 'not-started'],
    ['The grant form is pending and will be sent next week.', 'not-started'],
    ['The rota is still being drafted by Ana.', 'in-progress'],
    // Near misses: a pending thing named inside other work, and work no longer going on.
    ['Chase the pending invoices with the caterer.', 'unknown'],
    ['The rota was being drafted but Ana stopped.', 'unknown'],
  ])('%s', (title, state) => {
    const action = titled(title)
    statusFromPendingWork([action], [2])
    expect(action.status.state).toBe(state)
  })

  it('leaves an action with a status or a target date of its own as it is', () => {
    const dated = titled('Website renewal pending.')
    dated.target = { ...dated.target, due: '2031-05-01' }
    expect(statusFromPendingWork([dated], [2])).toEqual([])
    expect(dated.status.state).toBe('unknown')
  })

  it('reads a long page of near misses in one pass', () => {
    const one = titled(`Chase the pending invoices ${'and the caterer '.repeat(50)}today.`)
    const actions = Array.from({ length: 2000 }, () => ({ ...one }))
    expect(statusFromPendingWork(actions, [])).toEqual([])
  })
})
