import type { Taxonomy } from '../model/taxonomySchema'
import { collapseSpaces, prepareCellText, phraseWords, tokenize } from './prepareCellText'
import { technicianCommitment } from './technicianCommitment'

/**
 * One pillar flag column: its header ("Visibility") and the cell under it ("Y", "✓", "x", "").
 *
 * @example
 * ```ts
 * const flag: PillarFlag = { header: 'Career Development', value: 'Y' }
 * ```
 */
export interface PillarFlag {
  readonly header: string
  readonly value: string
}

/**
 * Free text ("V, R, C, S", prose) or a row's flag columns.
 *
 * @example
 * ```ts
 * const inputs: PillarInput[] = ['V, C', [{ header: 'Visibility', value: 'Y' }]]
 * ```
 */
export type PillarInput = string | readonly PillarFlag[]

/**
 * The pillars found in an input.
 *
 * @example
 * ```ts
 * const read: ResolvedPillars = resolvePillars('V, Q') // { text: 'V, Q', codes: ['V'], unresolved: ['Q'] }
 * ```
 */
export interface ResolvedPillars {
  /** The original text (flags are summarised as "Visibility: Y; Recognition: Y"). */
  readonly text: string
  /** Pillar codes in taxonomy order, deduplicated. */
  readonly codes: string[]
  /** Fragments that could not be placed in any pillar. */
  readonly unresolved: string[]
}

/**
 * How much a vocabulary entry is trusted. `code` and `weak` (one-word aliases such as "development") count
 * only where the whole fragment is a list of pillars; `name` and `strong` (multi-word aliases) also count
 * inside prose; `ignore` swallows phrases such as the framework's own name so its words match nothing.
 */
type PhraseKind = 'code' | 'name' | 'strong' | 'weak' | 'ignore'

interface Phrase {
  readonly words: readonly string[]
  readonly code: string | null
  readonly kind: PhraseKind
}

interface Description {
  readonly code: string
  readonly words: ReadonlySet<string>
}

interface Vocabulary {
  /** Phrases by their first word, longest first. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>
  readonly descriptions: readonly Description[]
  /** Every word of every description, and the fewest words a description has: a line sharing too few
   * words with all of them together cannot restate any one of them. */
  readonly describedWords: ReadonlySet<string>
  readonly shortestDescription: number
  readonly order: ReadonlyMap<string, number>
  readonly required: readonly string[]
}

/** Words that may sit between pillar names in a list without turning it into prose. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'the',
  'plu',
  'pillar',
  'theme',
  'area',
  'commitment',
  'aim',
  'principle',
  'indicator',
  'requirement',
  'element',
  'strand',
])

/** Nouns that, right after a one-word alias in prose, show the pillar is meant ("development requirement"). */
const PILLAR_NOUNS: ReadonlySet<string> = new Set([
  'requirement',
  'element',
  'pillar',
  'theme',
  'area',
  'strand',
  'aim',
  'principle',
  'indicator',
  'priority',
])

/** Words too common to say anything when comparing a cell with a pillar's description. */
const STOPWORDS: ReadonlySet<string> = new Set(
  [
    'a an and are as at be by for from in into is it of on or our so that the',
    'their them these this those through to we will with within all',
  ]
    .join(' ')
    .split(' '),
)

/** Cells that say "no pillar" rather than naming one. */
const NO_PILLAR = /^\s*(?:n\/?a|none|nil|not applicable|tbc|tba|[-–—?]+)\s*$/i
/** "All", "All four pillars", "all 5 themes". */
const ALL_PILLARS =
  /^\s*all(?:\s+(?:four|five|three|[0-9]))?(?:\s+(?:pillars?|themes?|areas?|aims?|principles?))?\s*$/i
/** Separators between items of a pillar list. Not `&` or "and": "Environment and Culture" is one name. */
const FRAGMENT_SEPARATOR = /[,;|/•·▪\t]/
const TRUE_FLAGS: ReadonlySet<string> = new Set([
  'y',
  'yes',
  'x',
  '✓',
  '✔',
  '☑',
  '✅',
  '●',
  '•',
  '*',
  'true',
  '1',
  'tick',
  'ticked',
])
const FALSE_FLAGS: ReadonlySet<string> = new Set([
  '',
  'n',
  'no',
  'false',
  '0',
  '-',
  '–',
  '—',
  '✗',
  '✘',
  '☐',
  'n/a',
  'na',
  'none',
])

/** No plan has more pillar columns than this; it bounds the work a hostile row can cause. */
const MAX_FLAGS = 100

const vocabularies = new WeakMap<Taxonomy, Vocabulary>()

function looksLikeCode(alias: string): boolean {
  return /^[A-Z0-9]{1,4}$/.test(alias)
}

function buildVocabulary(taxonomy: Taxonomy): Vocabulary {
  const all: Phrase[] = []
  const descriptions: Description[] = []
  const order = new Map<string, number>()
  taxonomy.pillars.forEach((pillar, index) => {
    order.set(pillar.code, index)
    all.push({ words: [pillar.code.toLowerCase()], code: pillar.code, kind: 'code' })
    all.push({ words: phraseWords(pillar.name), code: pillar.code, kind: 'name' })
    for (const alias of pillar.aliases) {
      const words = phraseWords(alias)
      if (words.length === 0) continue
      const kind: PhraseKind = looksLikeCode(alias) ? 'code' : words.length > 1 ? 'strong' : 'weak'
      all.push({ words, code: pillar.code, kind })
    }
    const described = new Set(phraseWords(pillar.description).filter((w) => !STOPWORDS.has(w)))
    if (described.size >= 3) descriptions.push({ code: pillar.code, words: described })
  })
  // The framework's own name ("Technician Commitment", "Researcher Development Concordat") names no pillar,
  // and must not let its words ("development") be read as one.
  all.push({ words: phraseWords(taxonomy.name), code: null, kind: 'ignore' })
  const phrases = new Map<string, Phrase[]>()
  for (const phrase of all) {
    const first = phrase.words[0]
    if (first === undefined) continue
    const list = phrases.get(first) ?? []
    list.push(phrase)
    phrases.set(first, list)
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length)
  const required = taxonomy.pillars.filter((p) => !p.optional).map((p) => p.code)
  const describedWords = new Set(descriptions.flatMap((d) => [...d.words]))
  const shortestDescription = Math.min(...descriptions.map((d) => d.words.size))
  return { phrases, descriptions, describedWords, shortestDescription, order, required }
}

function vocabularyOf(taxonomy: Taxonomy): Vocabulary {
  let vocabulary = vocabularies.get(taxonomy)
  if (vocabulary === undefined) {
    vocabulary = buildVocabulary(taxonomy)
    vocabularies.set(taxonomy, vocabulary)
  }
  return vocabulary
}

interface PhraseMatch {
  readonly phrase: Phrase
  /** The word after the phrase, if any. */
  readonly next: string | undefined
}

function matchPhrases(
  words: readonly string[],
  vocabulary: Vocabulary,
): { matches: PhraseMatch[]; loose: number } {
  const matches: PhraseMatch[] = []
  let loose = 0
  let i = 0
  while (i < words.length) {
    const word = words[i] as string
    const found = vocabulary.phrases.get(word)?.find((p) => startsAt(words, i, p.words))
    if (found !== undefined) {
      matches.push({ phrase: found, next: words[i + found.words.length] })
      i += found.words.length
      continue
    }
    if (!isConnectorOrNumber(word)) loose++
    i++
  }
  return { matches, loose }
}

/** True when `phrase` is the words of `words` from `at`. */
function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false
  return true
}

const NUMBER = /^[0-9]+$/

function isConnectorOrNumber(word: string): boolean {
  return CONNECTORS.has(word) || NUMBER.test(word)
}

function fragmentWords(fragment: string): string[] {
  const words: string[] = []
  for (const token of tokenize(fragment)) {
    if (token.isWord) words.push(token.norm)
    else if (token.raw === '&' || token.raw === '+') words.push('and')
  }
  return words
}

/**
 * Reads one list item or prose fragment: the codes it names, and whether it is a bare label. `words` are the
 * fragment's words when the caller has them already.
 */
function readFragment(
  fragment: string,
  vocabulary: Vocabulary,
  words: readonly string[] = fragmentWords(fragment),
): { codes: string[]; silent: boolean } {
  if (ALL_PILLARS.test(fragment)) return { codes: [...vocabulary.required], silent: true }
  const { matches, loose } = matchPhrases(words, vocabulary)
  const isList = loose === 0
  const codes: string[] = []
  for (const { phrase, next } of matches) {
    if (phrase.code === null) continue
    const trusted =
      isList ||
      phrase.kind === 'name' ||
      phrase.kind === 'strong' ||
      (phrase.kind === 'weak' && next !== undefined && PILLAR_NOUNS.has(next))
    if (trusted) codes.push(phrase.code)
  }
  // A fragment of connectors only ("Commitment areas:") is a label, not something we failed to read.
  const silent = codes.length === 0 && words.every(isConnectorOrNumber)
  return { codes, silent }
}

/** A line that restates a pillar's description (plans often quote the description instead of the name). */
function readDescription(lineWords: readonly string[], vocabulary: Vocabulary): string | null {
  // Most lines share too few words with the descriptions to restate one (at least 60% of a description's words).
  let described = 0
  for (const w of lineWords) if (vocabulary.describedWords.has(w)) described++
  if (described / vocabulary.shortestDescription < 0.6) return null
  const words = new Set(lineWords.filter((w) => !STOPWORDS.has(w)))
  if (words.size < 3) return null
  let best: { code: string; score: number } | null = null
  for (const description of vocabulary.descriptions) {
    let shared = 0
    for (const w of words) if (description.words.has(w)) shared++
    const ofDescription = shared / description.words.size
    const ofLine = shared / words.size
    if (ofDescription >= 0.6 && ofLine >= 0.5) {
      const score = ofDescription + ofLine
      if (best === null || score > best.score) best = { code: description.code, score }
    }
  }
  return best?.code ?? null
}

function readText(text: string, vocabulary: Vocabulary): { codes: string[]; unresolved: string[] } {
  const cleaned = prepareCellText(text)
  if (cleaned.trim() === '' || NO_PILLAR.test(cleaned)) return { codes: [], unresolved: [] }
  const codes: string[] = []
  const unresolved: string[] = []
  // Most cells are one line: no split.
  for (const line of cleaned.includes('\n') ? cleaned.split('\n') : [cleaned]) {
    if (line.trim() === '') continue
    const lineWords = fragmentWords(line)
    const described = readDescription(lineWords, vocabulary)
    if (described !== null) {
      codes.push(described)
      continue
    }
    const pieces = FRAGMENT_SEPARATOR.test(line) ? line.split(FRAGMENT_SEPARATOR) : [line]
    for (const piece of pieces) {
      const fragment = collapseSpaces(piece).trim()
      if (fragment === '') continue
      // A line of one fragment (most prose) has the line's words: spaces do not change the tokens.
      const read = readFragment(fragment, vocabulary, pieces.length === 1 ? lineWords : undefined)
      codes.push(...read.codes)
      if (read.codes.length === 0 && !read.silent) unresolved.push(fragment)
    }
  }
  return { codes, unresolved }
}

function readFlags(
  flags: readonly PillarFlag[],
  vocabulary: Vocabulary,
): { codes: string[]; unresolved: string[] } {
  const codes: string[] = []
  const unresolved: string[] = []
  for (const flag of flags.slice(0, MAX_FLAGS)) {
    const value = prepareCellText(flag.value).trim()
    const mark = value.toLowerCase()
    if (FALSE_FLAGS.has(mark)) continue
    const header = readText(flag.header, vocabulary)
    const headerName = prepareCellText(flag.header).replace(/\s+/g, ' ').trim()
    if (TRUE_FLAGS.has(mark)) {
      if (header.codes.length > 0) codes.push(...header.codes)
      else unresolved.push(headerName)
      continue
    }
    // Not a tick: perhaps a "Pillars" column holding codes or names.
    const inside = readText(value, vocabulary)
    if (header.codes.length === 0 && inside.codes.length > 0) {
      codes.push(...inside.codes)
      unresolved.push(...inside.unresolved)
    } else unresolved.push(`${headerName}: ${value}`)
  }
  return { codes, unresolved }
}

function summariseFlags(flags: readonly PillarFlag[]): string {
  return flags
    .slice(0, MAX_FLAGS)
    .filter((f) => f.value.trim() !== '')
    .map((f) => `${f.header.trim()}: ${f.value.trim()}`)
    .join('; ')
}

/**
 * Reads which pillars an action belongs to, in any form real plans use: letter codes ("V, R, C, S", "C, "),
 * "CD", names in any case, names inside prose ("A contribution to the career development and sustainability
 * requirements"), one-word aliases in lists ("development" for Career Development), a pillar's description
 * sentence, and Y/✓/x flag columns. Never throws; unknown fragments are returned in `unresolved`.
 *
 * Codes and one-word aliases only count where a fragment is nothing but pillars, so prose such as "a
 * consistent development plan" or "the Technician Commitment" names no pillar.
 *
 * @example
 * ```ts
 * resolvePillars('V, R, C, S').codes // ['V', 'R', 'C', 'S']
 * resolvePillars('A contribution to the career development and sustainability requirements').codes // ['C', 'S']
 * resolvePillars([{ header: 'Visibility', value: 'Y' }, { header: 'Recognition', value: '' }]).codes // ['V']
 * ```
 */
export function resolvePillars(
  input: PillarInput,
  taxonomy: Taxonomy = technicianCommitment,
): ResolvedPillars {
  const vocabulary = vocabularyOf(taxonomy)
  const isText = typeof input === 'string'
  const read = isText ? readText(input, vocabulary) : readFlags(input, vocabulary)
  const codes = unique(read.codes)
  codes.sort((a, b) => (vocabulary.order.get(a) ?? 0) - (vocabulary.order.get(b) ?? 0))
  return {
    text: isText ? input : summariseFlags(input),
    codes,
    unresolved: unique(read.unresolved),
  }
}

/** Each item once, in first-seen order (a copy: most lists have no item twice, or none at all). */
function unique(items: readonly string[]): string[] {
  return items.length < 2 ? [...items] : [...new Set(items)]
}
