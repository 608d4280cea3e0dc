import type { TargetDate, TargetDateKind, TargetDateReading } from '../model/targetDate'
import { dayAfter, dayBefore, dayExists, dayWindow, monthsWindow, splitIso } from './calendar'
import { type Item, makeSpan, type Yearless, type Span, type WordClass } from './items'
import type { ReadEnv } from './readEnv'
import type { Token } from './tokenize'

// Turns the items of a cell into a reading: joins ranges ("Jan–Mar 2020"), gives years to months written
// without one, binds words to the dates they qualify ("Started June 2019"), and splits cells that hold
// several readings into parts.

type Dated = Extract<Item, { type: 'date' }>
type Loose = Extract<Item, { type: 'partial' }>

/** A partial placed in `year`. */
function place(partial: Yearless, year: number): Span | null {
  const warnings = [...partial.warnings]
  if (partial.unit === 'day') {
    const day = partial.day ?? 1
    if (!dayExists(year, partial.month, day)) return null
    return makeSpan(dayWindow(year, partial.month, day), 'day', 0.85, warnings)
  }
  if (partial.unit === 'season') {
    return makeSpan(monthsWindow(year, partial.month, 3), 'season', 0.85, warnings)
  }
  return makeSpan(monthsWindow(year, partial.month, 1), 'month', 0.9, warnings)
}

/** A partial in the first year whose window ends on or after the reference date ("by June"). */
function placeNearAnchor(item: Loose, env: ReadEnv): Item {
  const { partial } = item
  if (env.anchor === null) {
    return {
      type: 'invalid',
      warnings: [...partial.warnings, `${partial.name} has no year: pass a referenceDate`],
      alternatives: [],
      from: item.from,
      to: item.to,
      yearless: true,
    }
  }
  const anchorYear = splitIso(env.anchor)[0]
  for (const year of [anchorYear, anchorYear + 1]) {
    const span = place(partial, year)
    if (span !== null && span.end >= env.anchor) {
      span.warnings.push(
        `${partial.name} has no year: read as the next one after the reference date (${year})`,
      )
      span.confidence = 0.6
      return { type: 'date', span, from: item.from, to: item.to }
    }
  }
  return {
    type: 'invalid',
    warnings: [...partial.warnings, `${partial.name} does not exist`],
    alternatives: [],
    from: item.from,
    to: item.to,
  }
}

/** Gives a partial the year of a neighbouring date: the same year, or the one before/after when that keeps order. */
function placeBeside(item: Loose, other: Span, before: boolean): Dated | null {
  const [year, month] = splitIso(before ? other.start : other.end)
  let y = year
  if (before && item.partial.month > month) y = year - 1
  if (!before && item.partial.month < month) y = year + 1
  const span = place(item.partial, y)
  return span === null ? null : { type: 'date', span, from: item.from, to: item.to }
}

function joinRange(a: Dated, b: Dated): Item {
  const warnings = [...new Set([...a.span.warnings, ...b.span.warnings])]
  if (b.span.end < a.span.start) {
    // "2020 - 2018": no reading is safer than a guess at which end is the typo.
    return {
      type: 'invalid',
      warnings: [...warnings, 'the range ends before it starts'],
      alternatives: [],
      from: a.from,
      to: b.to,
    }
  }
  return {
    type: 'date',
    span: makeSpan(
      { start: a.span.start, end: b.span.end },
      b.span.precision,
      Math.min(a.span.confidence, b.span.confidence),
      warnings,
      true,
    ),
    from: a.from,
    to: b.to,
  }
}

/** The day after `a` ends is the day `b` starts: "Jan/Feb 2020", "Spring/Summer 2020". */
function adjacent(a: Span, b: Span): boolean {
  return dayAfter(a.end) === b.start
}

const isDateLike = (item: Item | undefined): item is Dated | Loose =>
  item?.type === 'date' || item?.type === 'partial'
const isWordItem = (item: Item | undefined, ...words: WordClass[]): boolean =>
  item?.type === 'word' && words.includes(item.word)

/** Joins ranges and lists inside one segment; afterwards no partial is left. */
function joinSegment(items: Item[], env: ReadEnv): Item[] {
  if (items.length < 3 && items[0]?.type !== 'partial' && items[1]?.type !== 'partial') return items
  const out: Item[] = []
  for (let k = 0; k < items.length; k++) {
    const x = items[k] as Item
    const link = items[k + 1]
    const y = items[k + 2]
    if (!isDateLike(x) || !isDateLike(y) || link?.type !== 'word') {
      out.push(x.type === 'partial' ? placeNearAnchor(x, env) : x)
      continue
    }
    const between = isWordItem(out.at(-1), 'between')
    const ranged = link.word === 'range' || (between && link.word === 'list')
    const listed = link.word === 'list' || link.word === 'slash'
    if (!ranged && !listed) {
      out.push(x.type === 'partial' ? placeNearAnchor(x, env) : x)
      continue
    }
    let a: Item | null = x
    let b: Item | null = y
    if (x.type === 'partial' && y.type === 'date') a = placeBeside(x, y.span, true)
    else if (x.type === 'date' && y.type === 'partial') b = placeBeside(y, x.span, false)
    else if (x.type === 'partial' && y.type === 'partial') {
      a = placeNearAnchor(x, env)
      b = a.type === 'date' ? placeBeside(y, a.span, false) : placeNearAnchor(y, env)
    }
    if (a?.type !== 'date' || b?.type !== 'date') {
      out.push(x.type === 'partial' ? placeNearAnchor(x, env) : x)
      continue
    }
    if (ranged || (link.word === 'slash' && adjacent(a.span, b.span))) {
      out.push(joinRange(a, b))
    } else {
      out.push(a, link, b)
    }
    k += 2
  }
  return out
}

interface Part {
  reading: TargetDateReading
  alternatives: Span[]
  from: number
  to: number
}

// Word classes seen before a date, as bits: cheaper than a Set on the hot path.
const ONGOING = 1
const STARTED = 2
const FROM = 4
const RECURRING = 8
const COMPLETED = 16
const UNKNOWN = 32
const BEFORE = 64
const SUPERSEDED = 128
const KINDS = ONGOING | STARTED | FROM | RECURRING | COMPLETED

const WORD_BITS: ReadonlyMap<WordClass, number> = new Map([
  ['ongoing', ONGOING],
  ['started', STARTED],
  ['from', FROM],
  ['recurring', RECURRING],
  ['completed', COMPLETED],
  ['unknown', UNKNOWN],
  ['before', BEFORE],
  ['superseded', SUPERSEDED],
])

function kindOf(words: number, span: Span): TargetDateKind {
  if (words & COMPLETED) return 'completed'
  if (words & RECURRING) return 'recurring'
  // "From Jan 2020 to Mar 2020" names both ends: a range, not open-ended work.
  if (span.range) return 'range'
  if (words & (STARTED | FROM | ONGOING)) return 'started'
  return 'due'
}

function datedReading(kind: TargetDateKind, span: Span, before: boolean, unsure: boolean): TargetDateReading {
  let warnings = span.warnings
  let confidence = span.confidence
  if (unsure) {
    warnings = [...warnings, 'the text also says the date is not confirmed']
    confidence = Math.min(confidence, 0.5)
  }
  const { precision } = span
  if (kind === 'started')
    return { text: '', kind, start: span.start, end: null, due: null, precision, confidence, warnings }
  if (kind === 'recurring')
    return { text: '', kind, start: span.start, end: span.end, due: null, precision, confidence, warnings }
  if (before) {
    const due = dayBefore(span.start)
    return { text: '', kind, start: null, end: due, due, precision, confidence, warnings }
  }
  return { text: '', kind, start: span.start, end: span.end, due: span.end, precision, confidence, warnings }
}

function undatedReading(kind: TargetDateKind, warnings: string[] = []): TargetDateReading {
  const confidence = kind === 'unknown' ? 0 : kind === 'started' ? 0.6 : 0.85
  return { text: '', kind, start: null, end: null, due: null, precision: null, confidence, warnings }
}

/** Which kind a run of words without a date gives: recurring > completed > ongoing > started > unknown. */
function wordsOnlyKind(words: number): TargetDateKind | null {
  if (words & RECURRING) return 'recurring'
  if (words & COMPLETED) return 'completed'
  if (words & ONGOING) return 'ongoing'
  if (words & (STARTED | FROM)) return 'started'
  if (words & UNKNOWN) return 'unknown'
  return null
}

/** Words after the last date qualify it: "March 2018 (completed)", "Started June 2019. Work will be on-going". */
function applyTrailing(parts: Part[], first: number, words: number, wordsFrom: number, lastTo: number): void {
  const last = parts.length > first ? parts.at(-1) : undefined
  const trailing = wordsOnlyKind(words)
  if (trailing === null) return
  if (last === undefined) {
    parts.push({ reading: undatedReading(trailing), alternatives: [], from: wordsFrom, to: lastTo })
    return
  }
  if (trailing === 'unknown') {
    last.reading = {
      ...last.reading,
      confidence: Math.min(last.reading.confidence, 0.5),
      warnings: [...last.reading.warnings, 'the text also says the date is not confirmed'],
    }
    return
  }
  const lastKind = last.reading.kind
  // "Started June 2019. Work will be on-going", "From Sept 2019 onwards": the trailing words restate the start.
  const restates = trailing === 'ongoing' || trailing === 'started'
  if (restates && (lastKind === 'started' || lastKind === 'recurring')) {
    last.to = Math.max(last.to, lastTo)
    return
  }
  // Trailing completion or start words qualify the date; trailing "annually"/"ongoing" add a reading of their own
  // ("Initial: April 2020, then annually").
  if ((lastKind === 'due' || lastKind === 'range') && (trailing === 'completed' || trailing === 'started')) {
    const r = last.reading
    if (trailing === 'started' && r.start !== null)
      last.reading = { ...r, kind: 'started', end: null, due: null }
    else if (trailing === 'completed') last.reading = { ...r, kind: 'completed' }
    last.alternatives = []
    last.to = Math.max(last.to, lastTo)
    return
  }
  parts.push({ reading: undatedReading(trailing), alternatives: [], from: wordsFrom, to: lastTo })
}

/** The parts of one segment: one per date, each with the words written before it. */
function segmentParts(items: Item[], parts: Part[]): void {
  let words = 0
  let wordsFrom = -1
  const first = parts.length
  for (const item of items) {
    if (item.type === 'word') {
      const bit = WORD_BITS.get(item.word)
      if (bit === undefined) continue
      words |= bit
      if (wordsFrom < 0) wordsFrom = item.from
      continue
    }
    if (item.type === 'invalid') {
      // "Annually in June" with no reference date: still recurring, just not placed in a year.
      const kind = item.yearless === true && (words & KINDS) !== 0 ? wordsOnlyKind(words) : null
      parts.push({
        reading: undatedReading(kind ?? 'unknown', item.warnings),
        alternatives: item.alternatives,
        from: wordsFrom >= 0 ? wordsFrom : item.from,
        to: item.to,
      })
      words = 0
      wordsFrom = -1
      continue
    }
    if (item.type !== 'date') continue
    if (words & SUPERSEDED) {
      // A date marked as replaced is not a reading; say so on the part it sits beside.
      const note = `ignored the superseded date "${item.span.start.slice(0, 7)}"`
      const last = parts.length > first ? parts.at(-1) : undefined
      if (last !== undefined) last.reading = { ...last.reading, warnings: [...last.reading.warnings, note] }
      words = 0
      wordsFrom = -1
      continue
    }
    if (words & ONGOING && !(words & (STARTED | FROM)) && kindOf(words, item.span) === 'started') {
      // "Ongoing – review Dec 2019": ongoing work with a dated milestone, two readings.
      parts.push({ reading: undatedReading('ongoing'), alternatives: [], from: wordsFrom, to: item.from })
      words &= ~ONGOING
      wordsFrom = -1
    }
    const kind = kindOf(words, item.span)
    parts.push({
      reading: datedReading(kind, item.span, (words & BEFORE) !== 0, (words & UNKNOWN) !== 0),
      alternatives: kind === 'due' ? (item.span.alternatives ?? []) : [],
      from: wordsFrom >= 0 ? wordsFrom : item.from,
      to: item.to,
    })
    words = 0
    wordsFrom = -1
  }
  if (words !== 0) applyTrailing(parts, first, words, wordsFrom, items.at(-1)?.to ?? wordsFrom)
}

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from]
  const last = tokens[Math.max(from, to - 1)]
  if (first === undefined || last === undefined) return text.trim()
  return text.slice(first.start, last.end).trim()
}

function asReading(span: Span, text: string): TargetDateReading {
  return {
    text,
    kind: span.range ? 'range' : 'due',
    start: span.start,
    end: span.end,
    due: span.end,
    precision: span.precision,
    confidence: span.confidence,
    warnings: span.warnings,
  }
}

/** A reading as a whole target, every field written out (object spread is slow on this hot path). */
function withText(
  r: TargetDateReading,
  text: string,
  parts: TargetDateReading[],
  alternatives: TargetDateReading[],
): TargetDate {
  return {
    text,
    kind: r.kind,
    start: r.start,
    end: r.end,
    due: r.due,
    precision: r.precision,
    confidence: r.confidence,
    warnings: r.warnings,
    parts,
    alternatives,
  }
}

/** The whole reading of a cell from its items. `original` is the caller's text, `cleaned` the tokenised one. */
export function assemble(
  original: string,
  cleaned: string,
  tokens: readonly Token[],
  items: Item[],
  env: ReadEnv,
  extraWarnings: string[],
): TargetDate {
  const base = env.warnings.length === 0 ? extraWarnings : [...env.warnings, ...extraWarnings]
  const single = items.length === 1 ? items[0] : undefined
  if (single?.type === 'date') {
    // The common case, one date and nothing else ("Aug. 18", "Q4", "By end of March 2018"), read directly.
    const span = single.span
    const alternatives: TargetDateReading[] = []
    for (const alt of span.alternatives) alternatives.push(asReading(alt, original))
    return {
      text: original,
      kind: span.range ? 'range' : 'due',
      start: span.start,
      end: span.end,
      due: span.end,
      precision: span.precision,
      confidence: span.confidence,
      warnings: base.length === 0 ? span.warnings : [...base, ...span.warnings],
      parts: [],
      alternatives,
    }
  }
  const parts: Part[] = []
  let from = 0
  for (let k = 0; k <= items.length; k++) {
    if (k < items.length && items[k]?.type !== 'break') continue
    if (k > from) {
      const segment = from === 0 && k === items.length ? items : items.slice(from, k)
      segmentParts(joinSegment(segment, env), parts)
    }
    from = k + 1
  }
  // Segments that say nothing about dates ("(subject to funding)") never made a part; an unknown part only
  // stands beside dated parts when it is a date-like thing we could not read ("Q.E", "31 June 2019").
  let chosen = parts
  if (parts.length > 1) {
    chosen = []
    for (const p of parts) if (p.reading.kind !== 'unknown' || p.reading.warnings.length > 0) chosen.push(p)
    if (chosen.length === 0) chosen = parts.slice(0, 1)
  }
  const only = chosen.length === 1 ? chosen[0] : undefined
  if (chosen.length === 0) {
    return withText(undatedReading('unknown', base), original, [], [])
  }
  if (only !== undefined) {
    const alternatives: TargetDateReading[] = []
    for (const span of only.alternatives) alternatives.push(asReading(span, original))
    const r = only.reading
    if (base.length > 0) r.warnings = [...base, ...r.warnings]
    return withText(r, original, [], alternatives)
  }
  const readings: TargetDateReading[] = []
  let latest: TargetDateReading | null = null
  let start: string | null = null
  let confidence = 1
  for (const p of chosen) {
    const r = p.reading
    r.text = slice(cleaned, tokens, p.from, p.to)
    readings.push(r)
    if (r.due !== null && (latest?.due == null || r.due > latest.due)) latest = r
    // Only dated parts bound the window, so start never falls after due.
    if (r.due !== null && r.start !== null && (start === null || r.start < start)) start = r.start
    confidence = Math.min(confidence, r.kind === 'unknown' ? 0.5 : r.confidence)
  }
  const due = latest?.due ?? null
  return {
    text: original,
    kind: 'multiple',
    start,
    end: due,
    due,
    precision: latest?.precision ?? null,
    confidence,
    warnings: base,
    parts: readings,
    alternatives: [],
  }
}
