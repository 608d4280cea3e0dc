import type { TargetDate } from '../model/targetDate'
import { assemble } from './assemble'
import { scanItems } from './grammar'
import type { DateReadingContext } from './DateReadingContext'
import { readCommonShape } from './readCommonShape'
import { readEnv } from './readEnv'
import { cleanCellText, MAX_TARGET_TEXT, type Token, TokenBuffer, tokenize } from './tokenize'

// One token buffer for every call: nothing below keeps a token past the call (items hold token indices, readings
// hold strings), and nothing below calls parseTargetDate again, so reusing it is safe and saves an object per
// token on the hot path of an import.
const buffer = new TokenBuffer()

/** The common shapes are read without tokens; assemble only slices tokens for multi-part cells, which they never are. */
const NO_TOKENS: readonly Token[] = Object.freeze([])

/**
 * Reads a free-text target date from an action plan, the way a careful UK reader would.
 *
 * Never throws: text it cannot read comes back as kind `unknown` with confidence 0 and a warning saying why.
 * `due` is the last day the text allows (target dates are for completion). Only the first 500 characters are
 * read. The rules are in `docs/concepts/target-date-conventions.md`, the grammar in
 * `docs/concepts/target-dates.md`. A context object is checked once and remembered, so pass the same object
 * for every cell of a column.
 *
 * @param text - the cell exactly as it stood in the plan (HTML paragraphs and line breaks separate parts)
 * @param context - reference date, year labels and the cell's column, academic-year start, quarter basis
 *
 * @example
 * ```ts
 * parseTargetDate('Aug. 18', { referenceDate: '2018-06-01' })
 * // { kind: 'due', start: '2018-08-01', end: '2018-08-31', due: '2018-08-31', precision: 'month',
 * //   warnings: ['two-digit year read as 2018'], alternatives: [{ due: '2018-08-18', … }], … }
 * parseTargetDate('Q2', { yearLabels: { 'Year 1': 2019 }, column: 'Year 1' }).due // '2019-06-30'
 * parseTargetDate('Started June 2019. Work will be on-going').kind // 'started'
 * parseTargetDate('TBC').kind // 'unknown'
 * ```
 */
export function parseTargetDate(text: string, context?: DateReadingContext): TargetDate {
  const original = typeof text === 'string' ? text : String(text ?? '')
  try {
    const env = readEnv(context)
    // "Q2", "December 2019", "By end of March 2018", "Aug. 18": the same item the grammar would find, read directly.
    const common = readCommonShape(original, env)
    if (common !== null) return assemble(original, original, NO_TOKENS, [common], env, [])
    const { text: cleaned, truncated } = cleanCellText(original)
    const tokens = tokenize(cleaned, buffer)
    const items = scanItems(tokens, env)
    const warnings = truncated
      ? [`text longer than ${MAX_TARGET_TEXT} characters: only the start was read`]
      : []
    return assemble(original, cleaned, tokens, items, env, warnings)
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
