import { monthsWindow, splitIso } from './calendar'
import { WORD_SLOTS, wordSlot } from './internWords'
import type { Token } from './tokenize'
import { type Item, isNum, isPunct, isWord, makeSpan, type Span, type Tokens, type WordClass } from './items'
import {
  BEFORE_WORDS,
  CHANGED_WORDS,
  COMPLETED_WORDS,
  MONTHS,
  NAMED_TERMS,
  ORDINAL_WORDS,
  SEASONS,
  NUMBER_WORDS,
  ONGOING_WORDS,
  RANGE_WORDS,
  RECURRING_UNITS,
  RECURRING_WORDS,
  STARTED_WORDS,
  SUPERSEDED_WORDS,
  UNKNOWN_WORDS,
} from './lexicon'
import { matchDayMonth, matchMonthFirst, matchNumericDate, matchYear } from './matchCalendar'
import {
  matchAcademicYear,
  matchHalf,
  matchQuarter,
  matchRelativeYear,
  matchSeason,
  matchTerm,
  matchYearLabel,
} from './matchPeriods'
import type { ReadEnv } from './readEnv'

// Scans the tokens left to right. At each position every matcher is tried and the longest match wins, so
// "2019/20" is an academic year rather than the year 2019, and "4 June 2018" a day rather than June 2018.
// Each matcher looks at a handful of tokens, so a scan is linear in the length of the cell.

type Modifier = 'early' | 'mid' | 'late'

/** "early", "mid", "late", "beginning of", "start of" before a date; returns the index after it. */
function readModifier(ts: Tokens, i: number): { modifier: Modifier; next: number } | null {
  const t = ts[i]
  if (t?.kind !== 'word') return null
  let modifier: Modifier | null = null
  let next = i + 1
  if (t.lower === 'early' || t.lower === 'mid' || t.lower === 'late' || t.lower === 'middle') {
    modifier = t.lower === 'middle' ? 'mid' : t.lower
    if (isWord(ts[next], 'of')) next++
  } else if ((t.lower === 'beginning' || t.lower === 'start') && isWord(ts[i + 1], 'of')) {
    modifier = 'early'
    next = i + 2
  }
  if (modifier === null) return null
  if (isPunct(ts[next], '-')) next++
  if (isWord(ts[next], 'the')) next++
  return { modifier, next }
}

const THIRDS: Record<Modifier, number> = { early: 0, mid: 1, late: 2 }

/** Narrows a month to its first, middle or last ten days and a year to its first, middle or last four months. */
function applyModifier(span: Span, modifier: Modifier): Span {
  const [y, m] = splitIso(span.start)
  const third = THIRDS[modifier]
  if (span.precision === 'year' && !span.range) {
    const which = ['January–April', 'May–August', 'September–December'][third]
    const warnings = [...span.warnings, `"${modifier}" read as ${which}`]
    return makeSpan(monthsWindow(y, 1 + third * 4, 4), 'season', span.confidence, warnings)
  }
  if (span.precision === 'month') {
    const month = monthsWindow(y, m, 1)
    const start = `${span.start.slice(0, 8)}${['01', '11', '21'][third]}`
    const end = third === 2 ? month.end : `${span.start.slice(0, 8)}${['10', '20'][third]}`
    const warnings = [...span.warnings, `"${modifier}" read as days ${start.slice(8)}–${end.slice(8)}`]
    return makeSpan({ start, end }, 'month', span.confidence, warnings)
  }
  return makeSpan(
    span,
    span.precision,
    span.confidence,
    [...span.warnings, `"${modifier}" ignored`],
    span.range,
  )
}

// Which matchers can begin at a token, by its first word, as bits. Only those run, and each is called from its
// own call site (not through a shared loop), which lets the engine inline them.
const SEASON = 1
const TERM = 2
const QUARTER = 4
const HALF = 8
const LABEL = 16
const RELATIVE = 32
const ACADEMIC = 64
const MONTH = 128

const WORD_MATCHERS = new Map<string, number>()
function starts(words: Iterable<string>, bits: number): void {
  for (const word of words) WORD_MATCHERS.set(word, (WORD_MATCHERS.get(word) ?? 0) | bits)
}
starts(MONTHS.keys(), MONTH)
starts(SEASONS.keys(), SEASON | TERM)
starts(NAMED_TERMS.keys(), TERM)
starts(['term', 'semester', 'sem'], TERM)
starts(ORDINAL_WORDS.keys(), QUARTER | TERM)
starts(['first', 'second', 'h'], HALF)
starts(['q', 'qtr', 'quarter', 'qe'], QUARTER)
starts(['year', 'yr', 'years', 'yrs', 'y'], LABEL | QUARTER)
starts(['year', 'yr', 'this', 'next', 'current', 'end'], RELATIVE)
starts(['ay', 'session', 'fy', 'academic', 'financial'], ACADEMIC | QUARTER)

const MODIFIER_WORDS: ReadonlySet<string> = new Set(['early', 'mid', 'late', 'middle', 'beginning', 'start'])

/** The longer of two matches; the first wins a tie. */
const longer = (best: Item | null, found: Item | null): Item | null =>
  found !== null && (best === null || found.to > best.to) ? found : best

/** The longest match starting exactly at token i; `known` is the word's lexicon entry, if any. */
function longestAt(ts: Tokens, i: number, env: ReadEnv, known: WordInfo | undefined): Item | null {
  const t = ts[i]
  if (t === undefined) return null
  if (t.kind === 'num') {
    let best = matchNumericDate(ts, i, env)
    best = longer(best, matchDayMonth(ts, i, env))
    best = longer(best, matchAcademicYear(ts, i, env))
    best = longer(best, matchQuarter(ts, i, env))
    return longer(best, matchYear(ts, i, env))
  }
  if (t.kind !== 'word') return null
  let bits = known?.matchers ?? 0
  if (bits === 0) {
    // A misspelt month ("Febuary 2020") is only considered right before a number.
    const n = ts[i + 1]
    if (t.lower.length >= 5 && (isNum(n) || (isPunct(n, '.') && isNum(ts[i + 2])))) bits = MONTH
    else return null
  }
  let best: Item | null = null
  if (bits & SEASON) best = longer(best, matchSeason(ts, i, env))
  if (bits & TERM) best = longer(best, matchTerm(ts, i, env))
  if (bits & QUARTER) best = longer(best, matchQuarter(ts, i, env))
  if (bits & HALF) best = longer(best, matchHalf(ts, i, env))
  if (bits & LABEL) best = longer(best, matchYearLabel(ts, i, env))
  if (bits & RELATIVE) best = longer(best, matchRelativeYear(ts, i, env))
  if (bits & ACADEMIC) best = longer(best, matchAcademicYear(ts, i, env))
  if (bits & MONTH) best = longer(best, matchMonthFirst(ts, i, env))
  return best
}

/** The longest match at i, with any early/mid/late modifier applied. */
function matchDate(ts: Tokens, i: number, env: ReadEnv, known: WordInfo | undefined): Item | null {
  const modifier = known?.modifier === true ? readModifier(ts, i) : null
  const best =
    modifier === null
      ? longestAt(ts, i, env, known)
      : longestAt(ts, modifier.next, env, infoOf(ts[modifier.next]))
  if (best === null || modifier === null) return best
  if (best.type !== 'date') return { ...best, from: i }
  return { ...best, span: applyModifier(best.span, modifier.modifier), from: i }
}

/** The class of a word the assembler needs, and how many tokens it spans. */
function classifyWord(ts: Tokens, i: number): { word: WordClass; next: number } | null {
  const t = ts[i]
  if (t === undefined) return null
  if (t.kind === 'punct') {
    if (t.lower === '-') return { word: 'range', next: i + 1 }
    if (t.lower === '/') return { word: 'slash', next: i + 1 }
    if (t.lower === ',' || t.lower === '&' || t.lower === '+') return { word: 'list', next: i + 1 }
    if (t.lower === '?') return { word: 'unknown', next: i + 1 }
    return null
  }
  if (t.kind !== 'word') return null
  const w = t.lower
  const n = ts[i + 1]
  // "on-going", "on going"
  if (w === 'on' && isPunct(n, '-') && isWord(ts[i + 2], 'going')) return { word: 'ongoing', next: i + 3 }
  if (w === 'on' && isWord(n, 'going')) return { word: 'ongoing', next: i + 2 }
  if (w === 'n' && isPunct(n, '/') && (isWord(ts[i + 2], 'a') || isWord(ts[i + 2], 'k')))
    return { word: 'unknown', next: i + 3 }
  if (w === 'as' && isWord(n, 'soon')) return { word: 'unknown', next: i + 2 }
  if (w === 'to' && isWord(n, 'be') && (isWord(ts[i + 2], 'confirmed') || isWord(ts[i + 2], 'determined'))) {
    return { word: 'unknown', next: i + 3 }
  }
  if (ONGOING_WORDS.has(w)) return { word: 'ongoing', next: i + 1 }
  if (w === 'from' || w === 'since') return { word: 'from', next: i + 1 }
  if (STARTED_WORDS.has(w)) return { word: 'started', next: i + 1 }
  if (RECURRING_WORDS.has(w)) return { word: 'recurring', next: i + 1 }
  if ((w === 'every' || w === 'each' || w === 'per') && n !== undefined) {
    if (RECURRING_UNITS.has(n.lower)) return { word: 'recurring', next: i + 2 }
    const counted = n.kind === 'num' || NUMBER_WORDS.has(n.lower)
    if (counted && RECURRING_UNITS.has(ts[i + 2]?.lower ?? '')) return { word: 'recurring', next: i + 3 }
  }
  if (
    (w === 'twice' || w === 'once') &&
    (isWord(n, 'a') || isWord(n, 'per') || isWord(n, 'each') || isWord(n, 'every'))
  ) {
    return { word: 'recurring', next: i + 2 }
  }
  if (COMPLETED_WORDS.has(w)) return { word: 'completed', next: i + 1 }
  if (UNKNOWN_WORDS.has(w)) return { word: 'unknown', next: i + 1 }
  if (BEFORE_WORDS.has(w)) {
    let next = isWord(n, 'to') || isWord(n, 'of') ? i + 2 : i + 1
    if (isWord(ts[next], 'the')) next++
    // "before (the) end of March 2018" means by the end of March: no shift (the conventions).
    if (isWord(ts[next], 'end')) return null
    return { word: 'before', next }
  }
  // "revised from Dec 2019": the date after "from" is the old one; "postponed to June 2020" is the new one.
  if (CHANGED_WORDS.has(w)) return isWord(n, 'from') ? { word: 'superseded', next: i + 2 } : null
  // "(was June 2019)": the date after "was" is the old one.
  if (w === 'was') {
    return n !== undefined && (n.kind === 'num' || MONTHS.has(n.lower))
      ? { word: 'superseded', next: i + 1 }
      : null
  }
  if (w === 'between') return { word: 'between', next: i + 1 }
  if (RANGE_WORDS.has(w)) return { word: 'range', next: i + 1 }
  if (w === 'and' || w === 'or') return { word: 'list', next: i + 1 }
  return null
}

/** What the scanner needs to know about a word, looked up once per token. */
interface WordInfo {
  /** The matchers that may begin at this word, as bits. */
  matchers: number
  /** An early/mid/late modifier may begin here. */
  modifier: boolean
  /** The word's class when it stands alone. */
  simple: WordClass | null
  /** The class depends on the next tokens ("on-going", "n/a", "every year", "prior to"). */
  special: boolean
}

const WORD_INFO = new Map<string, WordInfo>()
function info(word: string): WordInfo {
  let found = WORD_INFO.get(word)
  if (found === undefined) {
    found = { matchers: 0, modifier: false, simple: null, special: false }
    WORD_INFO.set(word, found)
  }
  return found
}
for (const [word, bits] of WORD_MATCHERS) info(word).matchers = bits
for (const word of MODIFIER_WORDS) info(word).modifier = true
const SIMPLE: ReadonlyArray<readonly [Iterable<string>, WordClass]> = [
  [ONGOING_WORDS, 'ongoing'],
  [['from', 'since'], 'from'],
  [STARTED_WORDS, 'started'],
  [RECURRING_WORDS, 'recurring'],
  [COMPLETED_WORDS, 'completed'],
  [UNKNOWN_WORDS, 'unknown'],
  [['between'], 'between'],
  [RANGE_WORDS, 'range'],
  [['and', 'or'], 'list'],
  [SUPERSEDED_WORDS, 'superseded'],
]
for (const [words, word] of SIMPLE) for (const w of words) info(w).simple ??= word
for (const w of [
  'on',
  'n',
  'as',
  'to',
  'every',
  'each',
  'per',
  'twice',
  'once',
  'was',
  ...BEFORE_WORDS,
  ...CHANGED_WORDS,
])
  info(w).special = true

// The same table by word slot (see `Token.slot`): the scanner reads it for every word, by index, with no hashing.
// Every word above is registered in the shared word table here, so a word the grammar knows always has a slot.
const INFO_BY_SLOT: Array<WordInfo | undefined> = new Array<WordInfo | undefined>(WORD_SLOTS).fill(undefined)
for (const [word, found] of WORD_INFO) INFO_BY_SLOT[wordSlot(word)] = found

/** What the grammar knows about a token's word; undefined for unknown words and for other tokens. */
const infoOf = (t: Token | undefined): WordInfo | undefined =>
  t !== undefined && t.kind === 'word' && t.slot >= 0 ? INFO_BY_SLOT[t.slot] : undefined

const PUNCT_CLASSES: ReadonlyMap<string, WordClass> = new Map([
  ['-', 'range'],
  ['/', 'slash'],
  [',', 'list'],
  ['&', 'list'],
  ['+', 'list'],
  ['?', 'unknown'],
])

/** Every item in a cell, in order. Tokens that mean nothing for dates are skipped. */
export function scanItems(ts: Tokens, env: ReadEnv): Item[] {
  const items: Item[] = []
  let i = 0
  while (i < ts.length) {
    const t = ts[i] as Token
    if (t.kind === 'break') {
      items.push({ type: 'break', from: i, to: i + 1 })
      i++
      continue
    }
    if (t.kind === 'punct') {
      const word = PUNCT_CLASSES.get(t.lower)
      if (word !== undefined) items.push({ type: 'word', word, from: i, to: i + 1 })
      i++
      continue
    }
    const known = infoOf(t)
    // Numbers, date words and (for misspelt months) longer unknown words are offered to the matchers.
    const dateWord = known !== undefined && (known.matchers !== 0 || known.modifier)
    if (t.kind === 'num' || dateWord || (known === undefined && t.lower.length >= 5)) {
      const date = matchDate(ts, i, env, known)
      if (date !== null) {
        items.push(date)
        i = date.to
        continue
      }
    }
    if (known?.special === true) {
      const word = classifyWord(ts, i)
      if (word !== null) {
        items.push({ type: 'word', word: word.word, from: i, to: word.next })
        i = word.next
        continue
      }
    } else if (known?.simple != null) {
      items.push({ type: 'word', word: known.simple, from: i, to: i + 1 })
    }
    i++
  }
  return items
}
