import type { QuarterBasis } from '../model/targetDate'
import { lookupMonth, MONTH_NAMES } from './lexicon'
import { financialYearWords } from './match/financial'
import type { DateReadingContext } from './DateReadingContext'
import { labelNumber } from './readYearLabel'
import { cleanCellText, isNum, isPunct, isWord, type Token, tokenize } from './tokenize'

/** What `inferDateContext` knows besides the cells: whatever the caller already has, and the plan's legend. */
export type DateContextHints = DateReadingContext & {
  /** Free text that explains the plan's dates, e.g. "Year 1 = 2019, Year 2 = 2020, Q1 = January-March". */
  legend?: string
}

/** The context `inferDateContext` settled on, and why, one sentence per decision. */
export interface InferredDateContext {
  context: DateReadingContext
  explanation: string[]
}

const LABEL_WORDS = new Set(['year', 'yr', 'y'])

/** Cells read per column; a column longer than this is judged on its first rows. */
const MAX_CELLS = 5000

/** The numbers written right after a month with nothing else ("June 20", "Aug. 18", "June19"). */
function monthNumbers(text: string): number[] {
  const tokens = tokenize(cleanCellText(text).text)
  const found: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind !== 'word' || lookupMonth(t.lower)?.fuzzy !== false) continue
    let j = i + 1
    // "Aug. 18", and "Jun-16" as release schedules write a day after a month's short name.
    if (isPunct(tokens[j], '.') || isPunct(tokens[j], '-')) j++
    const n = tokens[j]
    if (!isNum(n) || n.ordinal || n.digits !== 2) continue
    const after = tokens[j + 1]
    // "June 20, 2019" or "June 20 2019" settles itself: the year is written.
    if (isPunct(after, ',') || (isNum(after) && after.digits === 4)) continue
    found.push(n.value)
  }
  return found
}

function isBareQuarter(text: string): boolean {
  const tokens = tokenize(cleanCellText(text).text)
  let quarters = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind === 'break') continue
    if (isWord(t, 'q') && isNum(tokens[i + 1]) && (tokens[i + 1]?.value ?? 0) <= 4) {
      quarters++
      i++
      continue
    }
    return false
  }
  return quarters > 0
}

/** Tokens after "financial year" in which a legend names the month it starts or ends in. */
const FINANCIAL_DEFINITION_REACH = 8

/**
 * The month a financial year starts in, from the words after "financial year" / "FY" / "fiscal year" at i:
 * "runs August to July", "= 1 Aug – 31 Jul", "begins in October", "ends 31 July" (so it starts in August).
 * Null when no month follows before the sentence ends.
 */
function financialYearStart(tokens: readonly Token[], i: number): number | null {
  const after = financialYearWords(tokens, i)
  if (after === null) return null
  let ends = false
  // A month only defines the year after a word that says so ("runs", "begins", "=", "ends"): "financial year
  // 2021 (published December 2021)" names no start.
  let defines = false
  for (let j = after; j < Math.min(tokens.length, after + FINANCIAL_DEFINITION_REACH); j++) {
    const t = tokens[j] as Token
    if (t.kind === 'break' || isPunct(t, '.')) return null
    if (isPunct(t, '=') || isPunct(t, ':')) defines = true
    if (t.kind !== 'word') continue
    if (END_WORDS.has(t.lower)) ends = true
    if (END_WORDS.has(t.lower) || START_WORDS.has(t.lower)) defines = true
    const month = lookupMonth(t.lower, false)
    if (month !== null) {
      if (!defines) return null
      return ends ? (month.month % 12) + 1 : month.month
    }
  }
  return null
}

/** Words that say when a financial year starts ("runs August to July", "begins in October"). */
const START_WORDS: ReadonlySet<string> = new Set([
  'runs',
  'run',
  'running',
  'from',
  'begins',
  'begin',
  'beginning',
  'starts',
  'start',
  'starting',
  'commences',
  'is',
])

/** Words that say when it ends, so it starts the month after ("ends on 31 July"). */
const END_WORDS: ReadonlySet<string> = new Set(['ends', 'ending', 'end'])

interface Legend {
  labels: Map<string, number>
  quarterOneMonth: number | null
  financialYearStartMonth: number | null
}

/**
 * "Year 1 = 2019", "Y2: 2020", "Q1 = January-March" and "financial year runs August to July" in a legend.
 */
function readLegend(legend: string): Legend {
  const tokens = tokenize(cleanCellText(legend).text)
  const labels = new Map<string, number>()
  let quarterOneMonth: number | null = null
  let financialYearStartMonth: number | null = null
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind !== 'word') continue
    if (financialYearStartMonth === null) financialYearStartMonth = financialYearStart(tokens, i)
    if (isWord(t, 'q') && tokens[i + 1]?.value === 1) {
      let j = i + 2
      while (isPunct(tokens[j], '=') || isPunct(tokens[j], ':') || isPunct(tokens[j], '-')) j++
      const month = tokens[j]?.kind === 'word' ? lookupMonth(tokens[j]?.lower ?? '') : null
      if (month !== null && quarterOneMonth === null) quarterOneMonth = month.month
      continue
    }
    const next = tokens[i + 1]
    if (!LABEL_WORDS.has(t.lower) || !isNum(next) || next.digits > 2 || next.value < 1) continue
    const n = next.value
    let j = i + 2
    while (isPunct(tokens[j], '=') || isPunct(tokens[j], ':') || isWord(tokens[j], 'is')) j++
    const year = tokens[j]
    if (isNum(year) && year.digits === 4 && j > i + 2) labels.set(`Year ${n}`, year.value)
  }
  return { labels, quarterOneMonth, financialYearStartMonth }
}

/**
 * Reads a whole column of target cells (and the plan's legend, if any) to settle the conventions its dates
 * follow, so that each cell can then be read with `parseTargetDate(text, context)`.
 *
 * It decides whether "Mon NN" means month and two-digit year ("Aug. 18") or a day ("June 20" = 20 June),
 * picks up year labels, the quarter basis and the financial year's first month from a legend ("Year 1 =
 * 2019", "Q1 = January-March", "Our financial year runs August to July"), and
 * notes when bare quarters need a year label. Hints the caller gives are kept unless the column contradicts
 * them.
 *
 * @example
 * ```ts
 * const { context, explanation } = inferDateContext(['Aug. 18', 'Sept. 20', 'June19'], { referenceDate: '2018-06-01' })
 * context.numberAfterMonth // 'year'
 * inferDateContext(['Q2', 'Q4'], { legend: 'Year 1 = 2019, Year 2 = 2020. Q1 = January-March', column: 'Year 1' })
 *   .context.yearLabels // { 'Year 1': 2019, 'Year 2': 2020 }
 * inferDateContext(['FY23'], { legend: 'FY = 1 Aug – 31 Jul' }).context.financialYearStartMonth // 8
 * ```
 */
export function inferDateContext(
  texts: readonly string[],
  hints: DateContextHints = {},
): InferredDateContext {
  const { legend, ...given } = hints
  const context: DateReadingContext = { ...given }
  const explanation: string[] = []
  const cells = texts.slice(0, MAX_CELLS).filter((t): t is string => typeof t === 'string')

  if (typeof legend === 'string') {
    const read = readLegend(legend.slice(0, 2000))
    if (read.labels.size > 0) {
      const labels: Record<string, number> = Object.create(null)
      for (const [key, year] of read.labels) labels[key] = year
      context.yearLabels = { ...labels, ...(given.yearLabels ?? {}) }
      explanation.push(`The legend maps ${[...read.labels].map(([k, y]) => `${k} to ${y}`).join(', ')}.`)
    }
    const financialStart = read.financialYearStartMonth
    if (financialStart !== null && given.financialYearStartMonth === undefined) {
      context.financialYearStartMonth = financialStart
      explanation.push(
        `The legend starts the financial year in ${MONTH_NAMES[financialStart]}: "FY" years and financial quarters count from it.`,
      )
    }
    if (read.quarterOneMonth !== null && given.quarterBasis === undefined) {
      const m = read.quarterOneMonth
      const financialMonth = context.financialYearStartMonth ?? 4
      const basis: QuarterBasis = m === 1 ? 'calendar' : m === financialMonth ? 'financial' : 'academic'
      context.quarterBasis = basis
      if (basis === 'academic') context.academicYearStartMonth = m
      explanation.push(`The legend starts Q1 in month ${m}: quarters follow the ${basis} basis.`)
    }
  }

  const numbers = cells.flatMap(monthNumbers)
  if (numbers.length > 0 && given.numberAfterMonth === undefined) {
    const min = Math.min(...numbers)
    const max = Math.max(...numbers)
    const anchor = typeof given.referenceDate === 'string' ? Number(given.referenceDate.slice(2, 4)) : null
    const nearAnchor = anchor === null || Number.isNaN(anchor) || (min >= anchor - 10 && max <= anchor + 10)
    // Plans write "Aug. 18" for August 2018: years cluster within a few years of each other. Days of the
    // month spread over 1–31, so a wide spread (or any 0 or number above 31) tells the two apart.
    if (max > 31 || min === 0 || (max - min <= 10 && nearAnchor)) {
      context.numberAfterMonth = 'year'
      explanation.push(
        `Every number after a month lies in ${min}–${max}: read as two-digit years (20${String(min).padStart(2, '0')}–20${String(max).padStart(2, '0')}), not days.`,
      )
    } else {
      context.numberAfterMonth = 'day'
      explanation.push(
        `Numbers after a month spread over ${min}–${max}, as days of the month do: read "Mon NN" as a day.`,
      )
    }
  }

  const quarters = cells.filter(isBareQuarter).length
  if (quarters > 0) {
    const labels = context.yearLabels
    const column = context.column
    const n = typeof column === 'string' ? labelNumber(column) : null
    if (labels !== undefined && n !== null) {
      explanation.push(
        `${quarters} cell(s) hold a bare quarter; their year comes from the column "${column}" through the year labels.`,
      )
    } else if (labels !== undefined) {
      explanation.push(
        `${quarters} cell(s) hold a bare quarter: pass the column label so the year labels can date them.`,
      )
    } else if (context.referenceDate !== undefined) {
      explanation.push(
        `${quarters} cell(s) hold a bare quarter with no year labels: they are read in the reference date's year.`,
      )
    } else {
      explanation.push(
        `${quarters} cell(s) hold a bare quarter with no year labels or reference date: they cannot be dated.`,
      )
    }
  }
  if (explanation.length === 0)
    explanation.push('Nothing in the column needs a convention beyond the defaults.')
  return { context, explanation }
}
