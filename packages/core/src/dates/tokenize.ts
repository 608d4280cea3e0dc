import { htmlToText } from '../text/htmlToText'
import { charCode, sliceText } from './charCode'
import { internedSlot, numberText, wordAt, wordHash } from './internWords'

// Turns a hostile cell into a short list of tokens with a single linear pass: no regular expressions, so
// nothing can backtrack, and the input is capped before any work is done.

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
  /** Numeric value of a `num` token (NaN otherwise). */
  value: number
  /** Digit count of a `num` token. */
  digits: number
  /** A `num` followed by st/nd/rd/th ("1st"). */
  ordinal: boolean
  /** Original first letter was upper case (tells "May" the month from "may" the verb). */
  capital: boolean
  /** Whitespace separated this token from the one before. */
  spaceBefore: boolean
  /**
   * A known word's slot in the shared word table (`internWords`), so the grammar can look the word up by index
   * rather than by hashing its text; -1 for other words and for every other kind of token.
   */
  slot: number
  start: number
  end: number
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
const isDigit = (c: number): boolean => c >= 48 && c <= 57

/**
 * The char code at i, or 0 at or past `length` (0 is neither letter, digit nor punctuation). Reading past the
 * end of a string makes V8 drop its fast path for `charCodeAt`, and every token ends at a lookahead. The length
 * is read once per cell: like `charCodeAt` (see `charCode`), `text.length` is a slow lookup at a call site that
 * sees many kinds of string.
 */
const codeAt = (text: string, i: number, length: number): number => (i < length ? charCode(text, i) : 0)

/**
 * The text the reader works on: capped at `MAX_TARGET_TEXT`, then read by core's one cell-text reader
 * (`htmlToText`), so an entity such as `&#xA0;` reads the same here as in every other parser.
 * Returns the cleaned text and whether it was cut.
 */
export function cleanCellText(raw: string): { text: string; truncated: boolean } {
  const truncated = raw.length > MAX_TARGET_TEXT
  const input = truncated ? raw.slice(0, MAX_TARGET_TEXT) : raw
  return { text: htmlToText(input), truncated }
}

/** The punctuation the grammar reads, normalised (all dashes to "-", quotes to "'"); null for anything else. */
function punctuation(code: number): string | null {
  switch (code) {
    case 47:
      return '/'
    case 45:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return '-'
    case 46:
      return '.'
    case 44:
      return ','
    case 40:
    case 91:
      return '('
    case 41:
    case 93:
      return ')'
    case 58:
      return ':'
    case 38:
      return '&'
    case 43:
      return '+'
    case 61:
      return '='
    case 63:
      return '?'
    case 39:
    case 0x2018:
    case 0x2019:
      return "'"
    case 62:
      return '>'
    default:
      return null
  }
}

/** Line feed, carriage return, ";", "|", bullet, line and paragraph separators end a segment of the cell. */
const isBreak = (c: number): boolean =>
  c === 10 || c === 13 || c === 59 || c === 124 || c === 0x2022 || c === 0x2028 || c === 0x2029

/**
 * A buffer `tokenize` may overwrite instead of allocating. parseTargetDate tokenizes every cell of an import
 * and never keeps a token past the call, so it lends one buffer and saves an object per token; callers that
 * keep their tokens pass none.
 */
export class TokenBuffer {
  /** Token objects made so far, overwritten by later calls. */
  readonly pool: Token[] = []
}

/** The token at `index` of the pool, every field set (a reused token must not keep an earlier cell's flags). */
function token(
  pool: Token[],
  index: number,
  kind: TokenKind,
  lower: string,
  start: number,
  end: number,
  spaceBefore: boolean,
): Token {
  // Bounds checked first: a read past the end would teach V8 a slower load for every call after it.
  let t = index < pool.length ? pool[index] : undefined
  if (t === undefined) {
    t = {
      kind,
      lower,
      value: Number.NaN,
      digits: 0,
      ordinal: false,
      capital: false,
      spaceBefore,
      slot: -1,
      start,
      end,
    }
    pool.push(t)
    return t
  }
  t.kind = kind
  t.lower = lower
  t.value = Number.NaN
  t.digits = 0
  t.ordinal = false
  t.capital = false
  t.spaceBefore = spaceBefore
  t.slot = -1
  t.start = start
  t.end = end
  return t
}

/** Tokens of cleaned cell text; with `buffer`, its token objects are reused (see `TokenBuffer`). */
export function tokenize(text: string, buffer?: TokenBuffer): Token[] {
  // A fresh array each call (cheap) rather than a reused one: shrinking an array's length is a slow runtime call.
  const tokens: Token[] = []
  const pool = buffer === undefined ? tokens : buffer.pool
  let count = 0
  const length = text.length
  let spaceBefore = false
  let i = 0
  while (i < length) {
    const code = charCode(text, i)
    if (code === 32) {
      i++
      spaceBefore = true
      continue
    }
    if (isDigit(code)) {
      const start = i
      let value = 0
      for (let c = code; isDigit(c); c = codeAt(text, ++i, length)) value = value * 10 + (c - 48)
      const digits = i - start
      // Short numbers reuse a shared string ("2019", "18") rather than slicing a new one per token.
      const lower =
        digits <= 4
          ? numberText(value, digits)
          : sliceText(text, start, digits > MAX_RUN ? start + MAX_RUN : i)
      const t = token(pool, count, 'num', lower, start, i, spaceBefore)
      t.value = value
      t.digits = digits
      const s1 = codeAt(text, i, length) | 32
      const s2 = codeAt(text, i + 1, length) | 32
      // st, nd, rd, th
      if (
        ((s1 === 115 && s2 === 116) ||
          (s1 === 110 && s2 === 100) ||
          (s1 === 114 && s2 === 100) ||
          (s1 === 116 && s2 === 104)) &&
        !isLetter(codeAt(text, i + 2, length))
      ) {
        t.ordinal = true
        i += 2
        t.end = i
      }
      tokens[count++] = t
    } else if (isLetter(code)) {
      const start = i
      let upper = false
      let hash = 0
      for (let c = code; isLetter(c); c = codeAt(text, ++i, length)) {
        if (c <= 90) upper = true
        hash = wordHash(hash, c | 32)
      }
      // Words the reader knows come back as the lexicon's own string: no slice, no lower-case copy, and map
      // lookups on them later hit a string whose hash is already known. Other words pay for a copy.
      const slot = i - start <= MAX_RUN ? internedSlot(text, start, i, hash) : -1
      let lower: string
      if (slot >= 0) lower = wordAt(slot)
      else {
        const run = sliceText(text, start, Math.min(i, start + MAX_RUN))
        lower = upper ? run.toLowerCase() : run
      }
      const t = token(pool, count, 'word', lower, start, i, spaceBefore)
      t.capital = code <= 90
      t.slot = slot
      tokens[count++] = t
    } else if (isBreak(code)) {
      if (count === 0 || tokens[count - 1]?.kind !== 'break') {
        const t = token(pool, count, 'break', '\n', i, i + 1, spaceBefore)
        tokens[count++] = t
      }
      i++
      spaceBefore = true
      continue
    } else {
      const punct = punctuation(code)
      i++
      if (punct === null) {
        spaceBefore = true
        continue
      }
      const t = token(pool, count, 'punct', punct, i - 1, i, spaceBefore)
      tokens[count++] = t
    }
    spaceBefore = false
  }
  return tokens
}
