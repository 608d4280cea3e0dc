import { htmlToText } from '../text/htmlToText'
import { MONTHS } from './lexicon'

// Turns a hostile cell into a short list of tokens in one linear pass: no regular expressions, so nothing
// can backtrack, and the input is capped before any work is done.

/**
 * Longest cell text the date reader looks at; the rest is ignored, with a warning. Real target cells are
 * short, and the cap bounds the work any hostile cell can cause.
 *
 * @example
 * ```ts
 * parseTargetDate('x'.repeat(MAX_TARGET_TEXT + 1)).warnings // ['text longer than 500 characters: …']
 * ```
 */
export const MAX_TARGET_TEXT = 500

/** Longest run of digits or letters kept in one token; longer runs cannot be part of a date. */
const MAX_RUN = 24

export type TokenKind = 'word' | 'num' | 'punct' | 'break'

/** One token of a cell. `start`/`end` index the cleaned text, so parts can quote what they came from. */
export interface Token {
  kind: TokenKind
  /** Lower-case text; dashes are normalised to "-" and quotes to "'". */
  lower: string
  /** Numeric value of a `num` token; 0 for other tokens (an integer, so no token carries a boxed number). */
  value: number
  /** Digit count of a `num` token. */
  digits: number
  /** A `num` followed by st/nd/rd/th ("1st", "5thNov"). */
  ordinal: boolean
  /** Original first letter was upper case (tells "May" the month from "may" the verb). */
  capital: boolean
  /** Whitespace separated this token from the one before. */
  spaceBefore: boolean
  start: number
  end: number
}

/**
 * The text the reader works on: capped at `MAX_TARGET_TEXT`, then read by core's one cell-text reader
 * (`htmlToText`), so an entity such as `&#xA0;` reads the same here as in every other parser.
 *
 * @example
 * ```ts
 * cleanCellText('<p>June 2020</p>').text // 'June 2020'
 * ```
 */
export function cleanCellText(raw: string): { text: string; truncated: boolean } {
  const truncated = raw.length > MAX_TARGET_TEXT
  const input = truncated ? raw.slice(0, MAX_TARGET_TEXT) : raw
  // Without a "<" or "&" there is no tag or entity for htmlToText to read.
  const html = input.includes('<') || input.includes('&')
  return { text: html ? htmlToText(input) : input, truncated }
}

/**
 * An ASCII letter, or an accented Latin one ("é", "û", "À", and the Latin Extended-A letters of Central European
 * languages: "ń", "ś", "ź"), so "décembre", "août" and "września" are one word each.
 */
const isLetter = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x17f && c !== 0xd7 && c !== 0xf7)
/** An upper-case letter: ASCII, or an accented Latin one ("É", "Ś"). */
const isUpper = (c: number): boolean =>
  c <= 90 ||
  (c >= 0xc0 && c <= 0xde) ||
  (c >= 0x100 && String.fromCharCode(c) !== String.fromCharCode(c).toLowerCase())
const isDigit = (c: number): boolean => c >= 48 && c <= 57

/**
 * The punctuation the grammar reads, normalised (all dashes and the arrow "→" to "-", quotes to "'"); null
 * for anything else.
 */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['/', '/'],
  ['-', '-'],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2013', '-'],
  ['\u2014', '-'],
  ['\u2212', '-'],
  // "06 May → 07 June 2024": timelines join the ends of a range with an arrow.
  ['\u2192', '-'],
  ['.', '.'],
  [',', ','],
  ['(', '('],
  ['[', '('],
  [')', ')'],
  [']', ')'],
  [':', ':'],
  ['&', '&'],
  ['+', '+'],
  ['=', '='],
  ['?', '?'],
  ["'", "'"],
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['>', '>'],
])

/** Line feed, carriage return, ";", "|", bullet, line and paragraph separators end a segment of the cell. */
const BREAKS: ReadonlySet<string> = new Set(['\n', '\r', ';', '|', '\u2022', '\u2028', '\u2029'])

const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th'])

// A cell arrives as any of V8's kinds of string (one or two bytes a character, internalized or not, sliced from a
// larger string). Past four kinds, `text.charCodeAt(i)` and `text.slice(…)` look their method up the slow, generic
// way at every call; called through String.prototype they stay direct calls whatever the kind (about 7% fewer
// instructions per parse on the dates corpus). The text's length is read once, for the same reason.
const codeAt = (text: string, i: number): number => String.prototype.charCodeAt.call(text, i)
const sliceOf = (text: string, from: number, to: number): string =>
  String.prototype.slice.call(text, from, to)

/** Where the run of digits starting at `i` ends (`length` is the text's). */
function digitsEnd(text: string, i: number, length: number): number {
  let j = i
  while (j < length && isDigit(codeAt(text, j))) j++
  return j
}

/** Where the run of letters starting at `i` ends (`length` is the text's). */
function lettersEnd(text: string, i: number, length: number): number {
  let j = i
  while (j < length && isLetter(codeAt(text, j))) j++
  return j
}

/** The value of the decimal digits from `i` to `end`, read as they stand (no string to convert). */
function digitsValue(text: string, i: number, end: number): number {
  let value = 0
  for (let j = i; j < end; j++) value = value * 10 + (codeAt(text, j) - 48)
  return value
}

/** The letters from `i` to `end` in lower case; most words have no capital after the first letter. */
function lowerWord(text: string, i: number, end: number): string {
  const word = sliceOf(text, i, end)
  for (let j = i; j < end; j++) if (isUpper(codeAt(text, j))) return word.toLowerCase()
  return word
}

function token(kind: TokenKind, lower: string, start: number, end: number, spaceBefore: boolean): Token {
  return {
    kind,
    lower,
    value: 0,
    digits: 0,
    ordinal: false,
    capital: false,
    spaceBefore,
    start,
    end,
  }
}

/**
 * The tokens of cleaned cell text.
 *
 * @example
 * ```ts
 * tokenize('5thNov 2019').map((t) => t.lower) // ['5', 'nov', '2019']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let spaceBefore = false
  let hasBreak = false
  let i = 0
  const length = text.length
  while (i < length) {
    const code = codeAt(text, i)
    if (code === 32) {
      i++
      spaceBefore = true
      continue
    }
    if (isDigit(code)) {
      const end = digitsEnd(text, i, length)
      const kept = Math.min(end - i, MAX_RUN)
      const t = token('num', sliceOf(text, i, i + kept), i, end, spaceBefore)
      t.value = digitsValue(text, i, i + kept)
      t.digits = end - i
      i = end
      // "1st", "22nd", and glued to a month: "5thNov".
      const letters = lettersEnd(text, i, length) - i
      const ordinal =
        letters >= 2 &&
        ORDINAL_SUFFIXES.has(lowerWord(text, i, i + 2)) &&
        (letters === 2 || MONTHS.has(lowerWord(text, i + 2, i + letters)))
      if (ordinal) {
        t.ordinal = true
        i += 2
        t.end = i
      }
      tokens.push(t)
    } else if (isLetter(code)) {
      const end = lettersEnd(text, i, length)
      const t = token('word', lowerWord(text, i, Math.min(end, i + MAX_RUN)), i, end, spaceBefore)
      t.capital = isUpper(code)
      tokens.push(t)
      i = end
    } else if (BREAKS.has(String.fromCharCode(code))) {
      if (tokens.at(-1)?.kind !== 'break') tokens.push(token('break', '\n', i, i + 1, spaceBefore))
      hasBreak = true
      i++
      spaceBefore = true
      continue
    } else {
      const punct = PUNCTUATION.get(String.fromCharCode(code))
      i++
      if (punct === undefined) {
        // Anything else (other symbols, control characters) separates tokens like a space.
        spaceBefore = true
        continue
      }
      tokens.push(token('punct', punct, i - 1, i, spaceBefore))
    }
    spaceBefore = false
  }
  return hasBreak ? joinWrappedDate(tokens) : tokens
}

/**
 * A date a narrow table column wrapped over two lines reads as one: a month and the year alone on the next
 * line ("February\n2008"), a day and the month on the next ("1st\n\nMarch 2015"), or a year and the kind of year
 * alone on the next ("2016-17\nAcademic Year", see `yearThenKindLine`). The line break between them becomes a space.
 */
function joinWrappedDate(tokens: Token[]): Token[] {
  for (let k = tokens.length - 2; k > 0; k--) {
    if (tokens[k]?.kind !== 'break') continue
    const before = tokens[k - 1] as Token
    const after = tokens[k + 1] as Token
    const monthThenYear =
      before.kind === 'word' && MONTHS.has(before.lower) && after.kind === 'num' && after.digits === 4
    const dayThenMonth =
      before.kind === 'num' &&
      before.digits <= 2 &&
      before.value >= 1 &&
      before.value <= 31 &&
      after.kind === 'word' &&
      MONTHS.has(after.lower)
    if (!monthThenYear && !dayThenMonth && !yearThenKindLine(tokens, k)) continue
    after.spaceBefore = true
    tokens.splice(k, 1)
  }
  return tokens
}

/** The words that, before "year", say which kind of year a number names: "academic year", "financial year". */
const YEAR_KINDS: ReadonlySet<string> = new Set(['academic', 'school', 'financial', 'fiscal'])

/**
 * Whether the break at k stands between a line ending in a number and a line holding only the kind of year
 * ("2016-17" over "Academic Year", "2021/22" over "Financial Year"): the label belongs to the year above it, as
 * "2016-17 Academic Year" on one line, and is not a year of its own read from the reference date.
 */
function yearThenKindLine(tokens: readonly Token[], k: number): boolean {
  const kind = tokens[k + 1]
  const end = tokens[k + 3]
  return (
    tokens[k - 1]?.kind === 'num' &&
    kind?.kind === 'word' &&
    YEAR_KINDS.has(kind.lower) &&
    isWord(tokens[k + 2], 'year') &&
    (end === undefined || end.kind === 'break')
  )
}

/** The token is the word `word`. */
export const isWord = (t: Token | undefined, word: string): boolean => t?.kind === 'word' && t.lower === word
/** The token is the punctuation `p` (normalised: "-" for every dash, "'" for every quote). */
export const isPunct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.lower === p
/** The token is a number. */
export const isNum = (t: Token | undefined): t is Token => t?.kind === 'num'
/**
 * The token `back` places before token i, or undefined before the first token. Read a token before another this way,
 * not as `ts[i - 1]`: V8 looks an index below 0 up as a property name, through the array's prototypes, at about a
 * hundred times the cost of reading a token.
 */
export const tokenBefore = (ts: readonly Token[], i: number, back = 1): Token | undefined =>
  i >= back ? ts[i - back] : undefined
/** The token was written right after the one before it, with no space ("June19", "Q2"). */
export const glued = (t: Token | undefined): boolean => t !== undefined && !t.spaceBefore
