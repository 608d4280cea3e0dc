import type { TargetDate } from '../model/targetDate'
import type { DateReadingContext } from './DateReadingContext'
import { readDateContext } from './readDateContext'
import { scan } from './scan'
import { toTargetDate } from './toTargetDate'
import { cleanCellText, MAX_TARGET_TEXT, tokenize } from './tokenize'

const NO_WARNINGS: readonly string[] = Object.freeze([])

/**
 * Reads a free-text target date from an action plan, the way a careful UK reader would.
 *
 * The steps, each a module of its own: `readDateContext` checks the context, `cleanCellText` and `tokenize`
 * turn the cell into tokens, `scan` finds the dates and words in them (the matchers under `match/`, one per
 * family: calendar, periods, academic, financial, relative, recurring), and `toTargetDate` decides what the
 * cell means as a whole.
 *
 * Never throws: text it cannot read comes back as kind `unknown` with confidence 0 and a warning saying why.
 * `due` is the last day the text allows (target dates are for completion); a recurring target is due at its
 * next occurrence after the reference date. Only the first 500 characters are read. The rules are in
 * `docs/concepts/target-date-conventions.md`, the grammar in `docs/concepts/target-dates.md`.
 *
 * @param text - the cell exactly as it stood in the plan (HTML paragraphs and line breaks separate parts)
 * @param context - reference date, plan start, year labels and the cell's column, academic- and
 *   financial-year start months, quarter basis
 *
 * @example
 * ```ts
 * parseTargetDate('Aug. 18', { referenceDate: '2018-06-01' })
 * // { kind: 'due', start: '2018-08-01', end: '2018-08-31', due: '2018-08-31', precision: 'month',
 * //   warnings: ['two-digit year read as 2018'], alternatives: [{ due: '2018-08-18', … }], … }
 * parseTargetDate('Q2', { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' }).due // '2019-06-30'
 * parseTargetDate('Q3 FY2022').due // '2021-12-31' (UK financial year April 2021 – March 2022)
 * parseTargetDate('every October', { referenceDate: '2023-11-01' }).due // '2024-10-31'
 * parseTargetDate('TBC').kind // 'unknown'
 * ```
 */
export function parseTargetDate(text: string, context?: DateReadingContext): TargetDate {
  const original = typeof text === 'string' ? text : String(text ?? '')
  try {
    const settings = readDateContext(context)
    const { text: cleaned, truncated } = cleanCellText(original)
    const tokens = tokenize(cleaned)
    const items = scan(tokens, settings)
    const warnings = truncated
      ? [`text longer than ${MAX_TARGET_TEXT} characters: only the start was read`]
      : NO_WARNINGS
    return toTargetDate(original, cleaned, tokens, items, settings, warnings)
  } catch (error) {
    // A bug must never take an import down with it: report it on the reading instead.
    const message = error instanceof Error ? error.message : 'unexpected error'
    return {
      text: original,
      kind: 'unknown',
      start: null,
      end: null,
      due: null,
      precision: null,
      confidence: 0,
      warnings: [`could not read this date (${message})`],
      parts: [],
      alternatives: [],
    }
  }
}
