import { describe, expect, it } from 'vitest'
import { parseTargetDate } from '../dates/parseTargetDate'
import { tableToPlan } from './tableToPlan'
import { withoutCriterionNumbers } from './withoutCriterionNumbers'

describe('withoutCriterionNumbers', () => {
  it.each([
    ['The map fails WCAG 2.1 success criterion 1.4.11.', 'The map fails WCAG  success criterion .'],
    [
      'Fails success criteria 1.3.1, 2.4.3 and 4.1.2 (Name, Role, Value).',
      'Fails success criteria ,  and  (Name, Role, Value).',
    ],
    // A date in another sentence, or a date that is not a guideline's number, is kept.
    ['Fails criterion 2.1.1. We will fix it by 1.6.26.', 'Fails criterion . We will fix it by 1.6.26.'],
    ['Meet the success criteria by 31.3.2028', 'Meet the success criteria by 31.3.2028'],
    ['Review the booking pages by 1.4.27', 'Review the booking pages by 1.4.27'],
  ])('%s', (text, expected) => {
    expect(withoutCriterionNumbers(text)).toBe(expected)
  })

  it('leaves no date to read in a failure that cites criteria ending in .10 to .13', () => {
    for (const criterion of ['1.4.10', '1.4.11', '1.4.12', '1.4.13']) {
      const failure = `Some labels overlap. This fails WCAG 2.2 success criterion ${criterion}.`
      expect(parseTargetDate(withoutCriterionNumbers(failure)).due).toBeNull()
    }
  })

  it('keeps a criterion number out of the target an action reads from its own prose', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Problem'],
      [
        '1',
        'Text spacing breaks the search box. This fails WCAG 2.2 success criterion 1.4.12 (Text Spacing).',
      ],
      ['2', 'Hover content cannot be dismissed. This fails WCAG 2.2 success criterion 1.4.13.'],
    ])
    expect(plan.actions.map((a) => a.target.due)).toEqual([null, null])
  })
})
