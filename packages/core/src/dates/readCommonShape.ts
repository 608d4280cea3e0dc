import { charCode } from './charCode'
import type { Item } from './items'
import { internedWord, wordHash } from './internWords'
import { MONTHS } from './lexicon'
import { MAX_YEAR, MIN_YEAR, monthNumber, monthSpan, ukDayItem } from './matchCalendar'
import { quarterWithoutYear } from './matchPeriods'
import type { ReadEnv } from './readEnv'

// A shortcut for the shapes that fill most target columns: "Q2" under a year label, "December 2019",
// "By end of March 2018", "Aug. 18", "Sept20", "16/04/18". It reads the raw text with no tokens and no
// matchers, builds the item with the very functions the grammar uses, and gives up (null) on anything else,
// so the full grammar still reads every other cell. It only accepts text in which the grammar would find
// exactly the same single item: the lead words below are ones the grammar skips, and the whole text must be
// consumed. Plain character tests, no regular expressions, and at most `MAX_SHAPE` characters are looked at.

/** Longer cells are never one of these shapes. */
const MAX_SHAPE = 32

/**
 * Words before a month that carry no meaning for the grammar ("by", "end of"), lower case, each ending in the
 * one space that must follow it. Longest first, so "by end of " is tried before "by ".
 */
const LEADS = ['by the end of ', 'by end of ', 'end of ', 'by end ', 'during ', 'by ', 'in ']

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)

/** Whether `text` holds `lead` at `at`, letters compared without case (`| 32` lower-cases ASCII letters only). */
function leadAt(text: string, length: number, at: number, lead: string): boolean {
  if (length - at < lead.length) return false
  for (let k = 0; k < lead.length; k++) {
    const want = lead.charCodeAt(k)
    const got = charCode(text, at + k)
    if (want === 32 ? got !== 32 : (got | 32) !== want) return false
  }
  return true
}

/** The value of the digits `text[from..to)`. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0
  for (let k = from; k < to; k++) value = value * 10 + (charCode(text, k) - 48)
  return value
}

/** End of the run of digits starting at `from`. */
function digitsEnd(text: string, length: number, from: number): number {
  let k = from
  while (k < length && isDigit(charCode(text, k))) k++
  return k
}

/** "Q1"–"Q4" alone: the quarter in the column's year (or the reference date's). */
function quarterShape(text: string, env: ReadEnv): Item | null {
  if ((charCode(text, 0) | 32) !== 113) return null
  const q = charCode(text, 1) - 48
  return q >= 1 && q <= 4 ? quarterWithoutYear(q, env, 0, 2) : null
}

/** "16/04/18", "3/4/2020": day, month and year with slashes and nothing else. */
function slashDateShape(text: string, n: number, env: ReadEnv): Item | null {
  const dayEnd = digitsEnd(text, n, 0)
  if (dayEnd < 1 || dayEnd > 2 || dayEnd >= n || charCode(text, dayEnd) !== 47) return null
  const monthEnd = digitsEnd(text, n, dayEnd + 1)
  const monthDigits = monthEnd - dayEnd - 1
  if (monthDigits < 1 || monthDigits > 2 || monthEnd >= n || charCode(text, monthEnd) !== 47) return null
  const yearEnd = digitsEnd(text, n, monthEnd + 1)
  const yearDigits = yearEnd - monthEnd - 1
  if (yearEnd !== n || (yearDigits !== 2 && yearDigits !== 4)) return null
  return ukDayItem(
    digitsValue(text, 0, dayEnd),
    digitsValue(text, dayEnd + 1, monthEnd),
    digitsValue(text, monthEnd + 1, yearEnd),
    yearDigits,
    env,
    0,
    5,
  )
}

/** An optional lead, a month name or abbreviation, an optional "." and space, then a two- or four-digit year. */
function monthYearShape(text: string, n: number, env: ReadEnv): Item | null {
  let i = 0
  const first = charCode(text, 0) | 32
  // Only "b", "e", "d" and "i" begin a lead; other cells skip the list.
  if (first === 98 || first === 101 || first === 100 || first === 105) {
    for (const lead of LEADS) {
      if (leadAt(text, n, 0, lead)) {
        i = lead.length
        break
      }
    }
  }
  const wordStart = i
  let hash = 0
  while (i < n && isLetter(charCode(text, i))) hash = wordHash(hash, charCode(text, i++) | 32)
  if (i === wordStart) return null
  const word = internedWord(text, wordStart, i, hash)
  const month = word === null ? undefined : MONTHS.get(word)
  if (month === undefined) return null
  // Reads stay inside the text: a read past the end would slow `charCodeAt` for every later call.
  if (i < n && charCode(text, i) === 46) i++
  if (i < n && charCode(text, i) === 32) i++
  const yearEnd = digitsEnd(text, n, i)
  if (yearEnd !== n) return null
  const value = digitsValue(text, i, yearEnd)
  if (yearEnd - i === 4) {
    if (value < MIN_YEAR || value > MAX_YEAR) return null
    return { type: 'date', span: monthSpan(value, month, []), from: 0, to: 1 }
  }
  // "Aug. 18", "June 20": the grammar's own reading of a month and two digits, alternatives and all.
  return yearEnd - i === 2 ? monthNumber(month, value, [], env, 0, 1) : null
}

/**
 * The single item the grammar would find in `text`, when the text is one of the commonest shapes; null
 * otherwise (the caller then runs the full grammar). `text` must be the raw cell: the shapes hold no markup.
 */
export function readCommonShape(text: string, env: ReadEnv): Item | null {
  const n = text.length
  // Every shape ends in a digit: most other cells are turned away by this one test.
  if (n < 2 || n > MAX_SHAPE || !isDigit(charCode(text, n - 1))) return null
  if (n === 2) return quarterShape(text, env)
  const first = charCode(text, 0)
  if (isDigit(first)) return slashDateShape(text, n, env)
  return isLetter(first) ? monthYearShape(text, n, env) : null
}
