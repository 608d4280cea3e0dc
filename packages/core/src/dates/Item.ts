import type { DatePrecision } from '../model/targetDate'
import { periodYearContaining } from './calendar'
import type { DayPart } from './match/calendar'

// What `scan` finds in a cell, before `toTargetDate` decides what the cell means as a whole.

/** A dated window a matcher recognised. */
export interface Span {
  start: string
  end: string
  precision: DatePrecision
  confidence: number
  warnings: string[]
  /** The text named a range itself ("2018-20", "(Y1-3)", "3–17 May 2021"). */
  range: boolean
  /** The year came from the reference date, not from the text ("by June", "Summer"). */
  yearless: boolean
  /** Other readings of the same words, most likely first. */
  alternatives: Span[]
}

/** A span with every field set. */
export function makeSpan(
  window: { start: string; end: string },
  precision: DatePrecision,
  confidence: number,
  warnings: string[],
  range = false,
): Span {
  return {
    start: window.start,
    end: window.end,
    precision,
    confidence,
    warnings,
    range,
    yearless: false,
    alternatives: [],
  }
}

/**
 * A copy of `span` with `changes` made. Written out field by field, never as `{ ...span }`: a spread copy gets a
 * hidden class of its own in V8, and once spans of several classes reach a function, every field it reads from
 * a span becomes a slow generic lookup (datesCompare.ts measured the cost).
 *
 * @example
 * ```ts
 * changeSpan(juneSpan, { end: '2020-06-10' }).end // '2020-06-10'
 * ```
 */
export function changeSpan(span: Span, changes: Partial<Span>): Span {
  return {
    start: changes.start ?? span.start,
    end: changes.end ?? span.end,
    precision: changes.precision ?? span.precision,
    confidence: changes.confidence ?? span.confidence,
    warnings: changes.warnings ?? span.warnings,
    range: changes.range ?? span.range,
    yearless: changes.yearless ?? span.yearless,
    alternatives: changes.alternatives ?? span.alternatives,
  }
}

/** A month, day or season written without a year; `toTargetDate` gives it one. */
export interface Yearless {
  unit: 'month' | 'day' | 'season'
  month: number
  day?: number | undefined
  /** The last day of a day range written without a year ("3–17 May"). */
  lastDay?: number | undefined
  /** The part of the window the text keeps ("early June", "w/c 4 June"), applied once a year is known. */
  part?: DayPart | undefined
  /** Display name for messages ("June", "Summer"). */
  name: string
  warnings: string[]
}

/** How often a recurring target comes round; `none` when the text does not say in a way that dates it. */
export type Frequency = 'year' | 'half' | 'quarter' | 'two-months' | 'month' | 'term' | 'semester' | 'none'

/** Word classes `toTargetDate` cares about. */
export type WordClass =
  | 'ongoing'
  /** "In progress": work under way; alone it is ongoing, after a date it only reports on that date's work. */
  | 'progress'
  | 'started'
  | 'from'
  | 'recurring'
  | 'completed'
  | 'unknown'
  | 'before'
  | 'after'
  | 'between'
  | 'range'
  | 'list'
  | 'slash'
  | 'superseded'

/** One thing `scan` found, with the tokens it covers (`from` inclusive, `to` exclusive). */
export type Item =
  | { type: 'date'; span: Span; from: number; to: number }
  | { type: 'partial'; partial: Yearless; from: number; to: number }
  | {
      type: 'invalid'
      warnings: string[]
      alternatives: Span[]
      from: number
      to: number
      /** A month or season with no year to place it in (still fine for "Annually in June"). */
      yearless?: boolean
      /** A date the text withdrew ("summer 2020 was put on hold"): dropped beside a live date. */
      withdrawn?: boolean
      /** A span with no planStart or reference date to count from ("over the next 2 years"). */
      uncounted?: boolean
    }
  | { type: 'word'; word: WordClass; frequency?: Frequency; from: number; to: number }
  | { type: 'break'; from: number; to: number }

/** Each type of item by name, for the functions that take or return one. */
export type DateItem = Extract<Item, { type: 'date' }>
export type PartialItem = Extract<Item, { type: 'partial' }>
export type InvalidItem = Extract<Item, { type: 'invalid' }>
export type WordItem = Extract<Item, { type: 'word' }>

/**
 * Items are made only by the functions below, and every item, whatever its type, has every field of every type, in
 * one order (a type's other fields are undefined). V8 gives objects of one shape one hidden class. With a shape per
 * type, the places that read any item's `type`, `from` and `to` (`scan`, `toTargetDate`) met five to seven classes,
 * and past four V8 stops specialising such a read and looks the field up the slow, generic way every time: the
 * dates benchmark read a sixth of its time there.
 */
/** The fields of every type of item together, as every item has them. */
interface ItemFields {
  type: Item['type']
  from: number
  to: number
  span?: Span
  partial?: Yearless
  word?: WordClass
  frequency?: Frequency
  warnings?: string[]
  alternatives?: Span[]
  yearless?: boolean
  withdrawn?: boolean
  uncounted?: boolean
}

function makeItem(
  type: Item['type'],
  from: number,
  to: number,
  span: Span | undefined,
  partial: Yearless | undefined,
  word: WordClass | undefined,
  frequency: Frequency | undefined,
  warnings: string[] | undefined,
  alternatives: Span[] | undefined,
  yearless: boolean | undefined,
  withdrawn: boolean | undefined = undefined,
  uncounted: boolean | undefined = undefined,
): Item {
  return {
    type,
    from,
    to,
    span,
    partial,
    word,
    frequency,
    warnings,
    alternatives,
    yearless,
    withdrawn,
    uncounted,
  } as Item
}

/**
 * Whether an item is a year-long date: a calendar year, a span of years or an academic year ("2019", "2018-2020",
 * "2019/20"), as a plan's or a document's term is written.
 *
 * @example
 * ```ts
 * isYearLong(dateItem(year2019Span, 0, 1)) // true
 * ```
 */
export const isYearLong = (item: Item): item is DateItem =>
  item.type === 'date' && (item.span.precision === 'year' || item.span.precision === 'academic-year')

/**
 * A dated window over tokens `from` to `to`.
 *
 * @example
 * ```ts
 * dateItem(juneSpan, 0, 2).type // 'date'
 * ```
 */
export const dateItem = (span: Span, from: number, to: number): DateItem =>
  makeItem(
    'date',
    from,
    to,
    span,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ) as DateItem

/**
 * A month, day or season still missing its year.
 *
 * @example
 * ```ts
 * partialItem({ unit: 'month', month: 6, name: 'June', warnings: [] }, 0, 1).type // 'partial'
 * ```
 */
export const partialItem = (partial: Yearless, from: number, to: number): PartialItem =>
  makeItem(
    'partial',
    from,
    to,
    undefined,
    partial,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ) as PartialItem

/**
 * A word (or punctuation) that changes a date's kind or joins two dates; `frequency` for a recurring one.
 *
 * @example
 * ```ts
 * wordItem('started', 0, 1).word // 'started'
 * ```
 */
export const wordItem = (word: WordClass, from: number, to: number, frequency?: Frequency): WordItem =>
  makeItem(
    'word',
    from,
    to,
    undefined,
    undefined,
    word,
    frequency,
    undefined,
    undefined,
    undefined,
  ) as WordItem

/**
 * The end of a segment of the cell (a line break, ";", a bullet).
 *
 * @example
 * ```ts
 * breakItem(2, 3).type // 'break'
 * ```
 */
export const breakItem = (from: number, to: number): Item =>
  makeItem('break', from, to, undefined, undefined, undefined, undefined, undefined, undefined, undefined)

/**
 * Something that reads as a date but cannot be dated, with every reason and the readings it might have been.
 * `yearless` marks a month or season with no year to place it in (still fine for "Annually in June").
 *
 * @example
 * ```ts
 * unreadableItem(['31 June 2019 does not exist'], [], 0, 3).type // 'invalid'
 * ```
 */
export const unreadableItem = (
  warnings: string[],
  alternatives: Span[],
  from: number,
  to: number,
  yearless?: boolean,
  withdrawn?: boolean,
  uncounted?: boolean,
): InvalidItem =>
  makeItem(
    'invalid',
    from,
    to,
    undefined,
    undefined,
    undefined,
    undefined,
    warnings,
    alternatives,
    yearless,
    withdrawn,
    uncounted,
  ) as InvalidItem

/** An item that could not be read, with the reason. */
export const invalidItem = (warning: string, from: number, to: number): Item =>
  unreadableItem([warning], [], from, to)

/**
 * A period that only lacks a reference date to place it ("academic year" alone): unreadable here, but still
 * a date a recurring word can qualify ("each academic year").
 *
 * @example
 * ```ts
 * unplacedItem('the academic year needs a referenceDate to be dated', 0, 2).type // 'invalid'
 * ```
 */
export const unplacedItem = (warning: string, from: number, to: number): Item =>
  unreadableItem([warning], [], from, to, true)

/**
 * The same item over tokens `from` to `to` (a copy: items are never changed once made).
 *
 * @example
 * ```ts
 * itemOver(dateItem(juneSpan, 1, 3), 0, 3).from // 0
 * ```
 */
export function itemOver<T extends Item>(item: T, from: number, to: number): T {
  const f: ItemFields = item
  return makeItem(
    f.type,
    from,
    to,
    f.span,
    f.partial,
    f.word,
    f.frequency,
    f.warnings,
    f.alternatives,
    f.yearless,
    f.withdrawn,
    f.uncounted,
  ) as T
}

/**
 * A span with no planStart or reference date to count from ("over the next 2 years"): unreadable here, but beside a
 * dated part it only restates it.
 *
 * @example
 * ```ts
 * uncountedItem('"2 years" needs planStart (or referenceDate) to count from', 0, 4).type // 'invalid'
 * ```
 */
export const uncountedItem = (warning: string, from: number, to: number): Item =>
  unreadableItem([warning], [], from, to, undefined, undefined, true)

/** An academic or financial year, as {@link periodYearFromAnchor} places it. */
export interface PeriodYear {
  readonly name: 'academic' | 'financial'
  /** The month (1–12) the year starts in. */
  readonly startMonth: number
  /** The year's span, from the calendar year it starts in. */
  readonly spanOf: (first: number, warnings: string[]) => Span
}

/**
 * The academic or financial year holding `anchor`, `offset` years on ("this academic year", "next financial
 * year"), with a warning that says so and a lower confidence; unplaced without an anchor, so "each academic
 * year" stays recurring without a reference date.
 *
 * @example
 * ```ts
 * const academic: PeriodYear = { name: 'academic', startMonth: 9, spanOf: () => { throw new Error('no span') } }
 * periodYearFromAnchor(academic, null, 0, 0, 3).type // 'invalid': no reference date to place it
 * ```
 */
export function periodYearFromAnchor(
  year: PeriodYear,
  anchor: string | null,
  offset: number,
  from: number,
  to: number,
): Item {
  if (anchor === null)
    return unplacedItem(`the ${year.name} year needs a referenceDate to be dated`, from, to)
  const first = periodYearContaining(anchor, year.startMonth) + offset
  const warning = `read as the ${year.name} year ${first}/${String(first + 1).slice(2)} from the reference date`
  const span = year.spanOf(first, [warning])
  span.confidence = 0.7
  return dateItem(span, from, to)
}
