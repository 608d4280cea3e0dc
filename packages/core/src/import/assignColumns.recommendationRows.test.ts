import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('assignColumns: a numbered recommendation on every row beside the plan that answers it', () => {
  it('reads the recommendation as the action and the plan as its description', () => {
    const { plan } = tableToPlan([
      ['Review of the grants scheme: response'],
      ['Review recommendation', 'Response', 'Action plan', 'Lead'],
      [
        '1) Publish the rules for each grant round.',
        'Agreed',
        'The Grants Office will put the rules online.',
        'Grants Office',
      ],
      [
        '2) Report the outcome of every grant yearly.',
        'Agreed',
        'A yearly report will go to the board.',
        'Finance Director',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.description, a.owners])).toEqual([
      [
        '1',
        'Publish the rules for each grant round.',
        'The Grants Office will put the rules online.',
        ['Grants Office'],
      ],
      [
        '2',
        'Report the outcome of every grant yearly.',
        'A yearly report will go to the board.',
        ['Finance Director'],
      ],
    ])
  })

  it('keeps a recommendation written once over several actions as their section', () => {
    const { plan } = tableToPlan([
      ['Recommendation', 'Action', 'Lead'],
      ['1) Publish the rules for each grant round.', 'Put the rules online', 'Grants Office'],
      ['', 'Send the rules to past applicants', 'Grants Office'],
      ['2) Report the outcome of every grant yearly.', 'Draft the yearly report', 'Finance Director'],
      ['', 'Present it to the board', 'Finance Director'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Put the rules online',
      'Send the rules to past applicants',
      'Draft the yearly report',
      'Present it to the board',
    ])
  })
})
