import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('items that end in their status', () => {
  it('reads a bare status word ending most items of a retro list, and keeps a numbered item over its sub-item', () => {
    const { plan, issues } = tableToPlan([
      ['Retro action items - 12/03/2025'],
      ['1. Move the planning meeting to Tuesdays completed'],
      ['2. Pair on the flaky login tests in progress'],
      ['3. Tidy the backlog labels completed'],
      ['3.5 Add a "needs design" label - completed 3/14'],
      ['4. Ask the support team which reports they still use ongoing'],
      ['5. Book a room for the quarterly review'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['1', 'Move the planning meeting to Tuesdays', 'complete'],
      ['2', 'Pair on the flaky login tests', 'in-progress'],
      ['3', 'Tidy the backlog labels', 'complete'],
      ['3.5', 'Add a "needs design" label', 'complete'],
      ['4', 'Ask the support team which reports they still use', 'ongoing'],
      ['5', 'Book a room for the quarterly review', 'unknown'],
    ])
    expect(issues.filter((issue) => issue.code === 'status-at-end')).toHaveLength(5)
  })

  it('reads a bracketed status closing the items of a roadmap list', () => {
    const { plan } = tableToPlan([
      ['Service roadmap'],
      ['1. To make the service easier to find we will:'],
      ['- add a search box to every page (done)'],
      ['- rewrite the start page (ongoing)'],
      ['- list the service in the directory'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['add a search box to every page', 'complete'],
      ['rewrite the start page', 'ongoing'],
      ['list the service in the directory', 'unknown'],
    ])
  })

  it('leaves a list alone when only one or two items end in a status word', () => {
    const { plan } = tableToPlan([
      ['Lab tasks'],
      ['1. Mark every finished job done'],
      ['2. Label the cupboards'],
      ['3. Order the gloves'],
      ['4. Check the fire doors'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Mark every finished job done', 'unknown'],
      ['Label the cupboards', 'unknown'],
      ['Order the gloves', 'unknown'],
      ['Check the fire doors', 'unknown'],
    ])
  })
})
