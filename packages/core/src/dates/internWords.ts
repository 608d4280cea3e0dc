import {
  BEFORE_WORDS,
  CHANGED_WORDS,
  COMPLETED_WORDS,
  LEAD_WORDS,
  MONTHS,
  NAMED_TERMS,
  NUMBER_WORDS,
  ONGOING_WORDS,
  ORDINAL_WORDS,
  RANGE_WORDS,
  RECURRING_UNITS,
  RECURRING_WORDS,
  SEASONS,
  STARTED_WORDS,
  SUPERSEDED_WORDS,
  UNKNOWN_WORDS,
} from './lexicon'
import { charCode } from './charCode'

// The tokenizer's string cache. Most words in target cells are words the reader knows ("By", "end", "Aug",
// "Q"), and most numbers are short ("2019", "18"). Handing back one shared string for each, found from char
// codes the tokenizer has already read, saves a slice and a lower-case copy per token, and later map lookups
// on a shared literal find its hash already computed. Purely a speed-up: a word missing here is sliced and
// lower-cased as before, so the token text is the same either way.

/** Words the grammar compares or looks up, beyond the lexicon's own tables. */
const GRAMMAR_WORDS = [
  'of',
  'the',
  'term',
  'semester',
  'sem',
  'q',
  'qtr',
  'quarter',
  'qe',
  'year',
  'yr',
  'years',
  'yrs',
  'y',
  'this',
  'next',
  'current',
  'end',
  'ay',
  'session',
  'fy',
  'academic',
  'financial',
  'early',
  'mid',
  'late',
  'middle',
  'beginning',
  'start',
  'h',
  'half',
  'on',
  'going',
  'n',
  'a',
  'k',
  'as',
  'soon',
  'be',
  'confirmed',
  'determined',
  'every',
  'each',
  'per',
  'twice',
  'once',
  'was',
  'between',
  'and',
  'or',
  'work',
  'will',
  'at',
  'latest',
]

const SIZE = 1024
const MASK = SIZE - 1
/** Open addressing over lower-case words; a few hundred words in 1,024 slots keeps probe runs short. */
const slots: Array<string | undefined> = new Array<string | undefined>(SIZE).fill(undefined)

/** Rolls one lower-case letter code into a word hash (the tokenizer calls this as it reads each letter). */
export const wordHash = (hash: number, lowerCode: number): number => (Math.imul(hash, 31) + lowerCode) | 0

const slotOf = (hash: number): number => (hash ^ (hash >>> 10)) & MASK

/**
 * The slot of a lower-case word in the table, adding it when missing. Modules call this while loading (the
 * grammar registers its own words), never per cell, so the table stays a fixed few hundred words.
 */
export function wordSlot(word: string): number {
  let hash = 0
  for (let k = 0; k < word.length; k++) hash = wordHash(hash, word.charCodeAt(k))
  let slot = slotOf(hash)
  for (let probe = slots[slot]; probe !== undefined; probe = slots[slot]) {
    if (probe === word) return slot
    slot = (slot + 1) & MASK
  }
  slots[slot] = word
  return slot
}

/** How many slots the table has: per-word data elsewhere can be an array of this length, indexed by slot. */
export const WORD_SLOTS = SIZE

const SOURCES: ReadonlyArray<Iterable<string>> = [
  MONTHS.keys(),
  SEASONS.keys(),
  NAMED_TERMS.keys(),
  ORDINAL_WORDS.keys(),
  NUMBER_WORDS.keys(),
  ONGOING_WORDS,
  STARTED_WORDS,
  RECURRING_WORDS,
  RECURRING_UNITS,
  COMPLETED_WORDS,
  UNKNOWN_WORDS,
  SUPERSEDED_WORDS,
  CHANGED_WORDS,
  BEFORE_WORDS,
  RANGE_WORDS,
  LEAD_WORDS,
  GRAMMAR_WORDS,
]
for (const words of SOURCES) for (const word of words) wordSlot(word)

/**
 * The slot of the known word spelt by the ASCII letters `text[start..end)` in any case, or -1 when it is not
 * a known word. `hash` is `wordHash` rolled over the lower-cased letters.
 */
export function internedSlot(text: string, start: number, end: number, hash: number): number {
  const length = end - start
  let slot = slotOf(hash)
  for (let probe = slots[slot]; probe !== undefined; probe = slots[slot]) {
    if (probe.length === length) {
      let k = 0
      // Letters only reach here, so `| 32` lower-cases exactly.
      while (k < length && (charCode(text, start + k) | 32) === probe.charCodeAt(k)) k++
      if (k === length) return slot
    }
    slot = (slot + 1) & MASK
  }
  return -1
}

/** The shared lower-case word in a slot that `internedSlot` or `wordSlot` returned. */
export const wordAt = (slot: number): string => slots[slot] as string

/** The shared lower-case string for the known word `text[start..end)`, or null (see `internedSlot`). */
export function internedWord(text: string, start: number, end: number, hash: number): string | null {
  const slot = internedSlot(text, start, end, hash)
  return slot < 0 ? null : wordAt(slot)
}

/** Shared strings for numbers of up to four digits, by digit count then value ("09" and "9" differ). */
const numberTexts: Array<Array<string | undefined>> = [1, 10, 100, 1000, 10000].map(
  (size) => new Array<string | undefined>(size),
)

/** The text of a number of at most four digits, leading zeros included, built once and then shared. */
export function numberText(value: number, digits: number): string {
  const byValue = numberTexts[digits] as Array<string | undefined>
  let known = byValue[value]
  if (known === undefined) {
    known = String(value).padStart(digits, '0')
    byValue[value] = known
  }
  return known
}
