import { describe, expect, it } from 'vitest'
import { matchColumnHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

// A meeting's action-item log says whom each item is "Assigned To"; a project's initiatives tracker names the
// "Champion" who drives each initiative. Both columns name the action's owners.
describe('"Assigned to", "Assignee" and "Champion" headers', () => {
  it('map to owners', () => {
    expect(matchColumnHeader('Assigned To')?.field).toBe('owners')
    expect(matchColumnHeader('Assignee')?.field).toBe('owners')
    expect(matchColumnHeader('Champion')?.field).toBe('owners')
  })

  it('give each item of a minutes action log its owner', () => {
    const { plan } = tableToPlan([
      ['Item', 'Action Items', 'Assigned To', 'Due Date'],
      ['1', 'Book the workshop room for the spring open day', 'Dana Okafor', '14 March 2025'],
      ['2', 'Send the draft safety checklist to the lab leads', 'Sam Reyes', '21 March 2025'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Dana Okafor'], ['Sam Reyes']])
  })

  it('give each initiative its champion', () => {
    const { plan } = tableToPlan([
      ['Initiative', 'Champion', 'Links'],
      ['Shared equipment booking', 'Ruth Ansah', 'https://example.org/booking'],
      ['Open lab notebooks', 'Li Wei', 'https://example.org/notebooks'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Shared equipment booking', ['Ruth Ansah']],
      ['Open lab notebooks', ['Li Wei']],
    ])
  })
})
