/**
 * Internal helpers shared by the cell parsers (pillars, status, owners): they bound the work done on a
 * hostile cell and turn HTML-ish cell text into plain text. Not part of the public API.
 */

import { htmlToText } from '../text/htmlToText'

/** Cells longer than this are cut before any matching, so every parser's cost is bounded. */
export const MAX_CELL_LENGTH = 4000

/**
 * Cuts the cell to `MAX_CELL_LENGTH`, turns HTML tags into line breaks or spaces, decodes entities and
 * applies NFKC so full-width letters and non-breaking spaces compare like their plain forms.
 */
export function prepareCellText(text: string): string {
  const bounded = text.length > MAX_CELL_LENGTH ? text.slice(0, MAX_CELL_LENGTH) : text
  // One HTML decoder for the whole core (the importer's), so a cell reads the same in every parser.
  const decoded = htmlToText(bounded)
  // NFKC leaves ASCII as it is, and most cells have no carriage return: skip what would change nothing.
  const normalized = NON_ASCII.test(decoded) ? decoded.normalize('NFKC') : decoded
  return normalized.includes('\r') ? normalized.replace(/\r\n?/g, '\n') : normalized
}

const NON_ASCII = /[\u0080-\uffff]/

/** A word or a single punctuation mark of a cell, with its place in the cleaned text. */
export interface Token {
  /** The characters as written. */
  readonly raw: string
  /** Lower-cased, possessive and plural `s` removed, so "Technicians'" and "technician" compare equal. */
  readonly norm: string
  readonly start: number
  readonly end: number
  readonly isWord: boolean
}

// Letters/digits, optionally joined by inner apostrophes ("technician's"); or any one other visible char.
// Each alternative consumes at least one character and cannot overlap the next: linear time. The first
// alternative is captured, so a match says itself whether it is a word.
const TOKEN = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|[^\s\p{L}\p{N}]/gu

/** Normalises one word for comparison; the same function is applied to the text and to the vocabulary. */
export function normalizeWord(raw: string): string {
  let word = raw.toLowerCase()
  if (word.includes('’')) word = word.replace(/’/g, "'")
  if (word.endsWith("'s")) word = word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1)
  return word
}

/** Splits cleaned text into word and punctuation tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // An exec loop rather than `matchAll`, which copies the regex and builds an iterator for every cell.
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const raw = match[0]
    const start = match.index
    const isWord = match[1] !== undefined
    tokens.push({ raw, norm: isWord ? normalizeWord(raw) : raw, start, end: start + raw.length, isWord })
  }
  return tokens
}

/** Normalised words of a phrase, for vocabularies: "Career Development" → ["career", "development"]. */
export function phraseWords(phrase: string): string[] {
  return tokenize(prepareCellText(phrase))
    .filter((t) => t.isWord || t.raw === '&')
    .map((t) => (t.raw === '&' ? 'and' : t.norm))
}

/**
 * Every run of whitespace (`\s`) as one space. Most cells have single spaces only, and are returned as they are
 * without a rebuild. (`collapseWhitespace` of the importer also trims and counts a zero-width space as space.)
 */
export function collapseSpaces(text: string): string {
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text
}

/** A whitespace character other than a plain space, or two in a row: what `collapseSpaces` would change. */
const UNTIDY_SPACE = /[^\S ]|\s\s/

const WHITESPACE = /\s/

/** Trims any of `chars` from both ends (a loop, not a regex, so a long run of them costs linear time). */
export function trimChars(text: string, leading: string, trailing: string = leading): string {
  let start = 0
  let end = text.length
  while (start < end && (leading.includes(text[start] as string) || WHITESPACE.test(text[start] as string)))
    start++
  while (
    end > start &&
    (trailing.includes(text[end - 1] as string) || WHITESPACE.test(text[end - 1] as string))
  )
    end--
  return text.slice(start, end)
}
