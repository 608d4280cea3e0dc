import type { ReportedRag, Status, StatusState } from '../model/status'
import {
  collapseSpaces,
  normalizeWord,
  prepareCellText,
  phraseWords,
  type Token,
  tokenize,
  trimChars,
} from '../taxonomy/prepareCellText'

/** Status wordings seen in plans, by the state they report. Matching is on whole words, hyphens ignored. */
const STATE_WORDINGS: ReadonlyArray<readonly [StatusState, readonly string[]]> = [
  [
    'not-started',
    [
      'not started',
      'not yet started',
      'to start',
      'yet to start',
      'to be started',
      'yet to be started',
      'not begun',
      'not yet begun',
      'not commenced',
      'not yet commenced',
      'to be done',
      // A task board's first column ("Todo", "To do", "In progress", "Done").
      'todo',
      'to do',
      'not done',
      'planned',
      'pending',
      'planning phase',
      'in planning',
      'to be initiated',
      // A product roadmap's tags for work queued behind what is in progress ("Upcoming", "On deck", "Up next").
      'upcoming',
      'on deck',
      'up next',
      'not initiated',
      'not yet initiated',
      // French action lists ("A faire", "Non commencé").
      'à faire',
      'a faire',
      'non commencé',
      'pas commencé',
      // French roadmaps: work planned and not begun ("Prévu", "À venir", "Planifié").
      'prévu',
      'prévue',
      'prévus',
      'prévues',
      'à venir',
      'a venir',
      'planifié',
      'planifiée',
      // Nothing done yet, or a slot booked but not reached ("No progress", "Not yet scheduled", "Awaiting start").
      'no progress',
      'not scheduled',
      'not yet scheduled',
      'awaiting start',
      'awaiting action',
      'yet to begin',
      'not been started',
      'not yet been started',
      'undone',
      // French minutes: "Pas fait", "Pas encore fait", "Non fait" (not done yet), never "fait" alone.
      'pas fait',
      'pas encore fait',
      'non fait',
    ],
  ],
  [
    'in-progress',
    [
      'in progress',
      'progressing',
      'underway',
      'under way',
      'started',
      'commenced',
      'begun',
      'in hand',
      'work in progress',
      'wip',
      'partially complete',
      'partially completed',
      'partly complete',
      'partly completed',
      'part complete',
      'part completed',
      'nearly complete',
      'almost complete',
      'not complete',
      'not completed',
      'not yet complete',
      'not yet completed',
      'incomplete',
      'to complete',
      'delayed',
      'behind schedule',
      // A project board's rating: work under way, on or off its schedule.
      'on track',
      'off track',
      'some progress',
      'progress made',
      'not achieved',
      'not yet achieved',
      // An implementation monitor's "Delivered / Not yet delivered": the negation, not the word it negates.
      'not delivered',
      'not yet delivered',
      'not implemented',
      'not yet implemented',
      'partially achieved',
      'partly achieved',
      // Work begun and held up on someone else ("Contact made, waiting for feedback", "Awaiting sign-off").
      'awaiting',
      'waiting for',
      // "Waiting on legal", "Waiting on the vendor": held up on someone else, as "waiting for" is.
      'waiting on',
      // "Response awaited", "Further confirmation awaited": minutes' word for the same wait, the noun first.
      'response awaited',
      'reply awaited',
      'answer awaited',
      'confirmation awaited',
      'decision awaited',
      'feedback awaited',
      'approval awaited',
      'en cours',
      // A target partly reached, or reached in part of the time: "Half done", "Partially met", "Half-way".
      'half way',
      'halfway',
      'partially met',
      'partly met',
      // A target missed is work still under way, like "not achieved": "Not met", "Target not yet met", "Unmet".
      'not met',
      'not yet met',
      'not been met',
      'unmet',
      'not finished',
      'unfinished',
      'uncompleted',
      'not been completed',
      'not resolved',
      'not yet resolved',
      'unresolved',
      'not addressed',
      'not yet addressed',
      'not been addressed',
      // How the work is going: "On target", "Good progress", "Limited progress", "Slippage".
      'on target',
      'on schedule',
      // An open action whose date has not come: on time, as "On track" is ("Not yet due", "Not due yet").
      'not yet due',
      'not due yet',
      'ahead of schedule',
      'good progress',
      'limited progress',
      'little progress',
      'slow progress',
      'making progress',
      'slippage',
      'not at risk',
      // Moved on to the next plan or year unfinished: "Carried forward", "Rolled forward".
      // A minutes' note on an action carried from the last meeting: not done, still being worked ("Still open").
      'still open',
      'carried forward',
      'rolled forward',
      'in development',
      'under development',
      // Work nearly through: "In final stages", "In the final stages of drafting", "At the final stage".
      'in final stages',
      'in the final stages',
      'in final stage',
      'in the final stage',
      'at final stage',
      'at the final stage',
      // A trial run of the work, before it is rolled out: "Pilot phase", "Piloting", "Being piloted".
      'pilot phase',
      'pilot stage',
      'piloting',
      'being piloted',
      'in pilot',
      'in draft',
      'working on it',
      'being worked on',
      // A product roadmap's tag for what the team has in hand ("Working on now", "Currently working on").
      'working on now',
      'currently working on',
      // German trackers: "In Bearbeitung" (being worked on).
      'in bearbeitung',
    ],
  ],
  [
    'ongoing',
    [
      'ongoing',
      'on going',
      'continuing',
      'continuous',
      'continual',
      'business as usual',
      'bau',
      'rolling',
      // Dutch: "Doorlopend".
      'doorlopend',
    ],
  ],
  [
    'complete',
    [
      'complete',
      'completed',
      'fully complete',
      'done',
      'finished',
      'achieved',
      'delivered',
      'closed',
      'implemented',
      'réalisé',
      'réalisée',
      'terminé',
      'terminée',
      // Dutch minutes and plans: "Afgerond", "Voltooid".
      'afgerond',
      'voltooid',
      // German minutes: "(erledigt)", "Abgeschlossen".
      'erledigt',
      'abgeschlossen',
      // A council tracker's outcome: "Actioned." (done as recommended).
      'actioned',
      // A target reached: "Fully met", "Met in full", "Fully achieved".
      'fully met',
      'met in full',
    ],
  ],
  [
    'on-hold',
    [
      'on hold',
      'paused',
      'deferred',
      'postponed',
      'suspended',
      'parked',
      'on ice',
      // Work that cannot go on for now: "Unable to continue at this time due to the closure."
      'unable to continue',
      // A proposal or project left idle ("Dormant", "Status: dormant"): held, not finished.
      'dormant',
      // Set aside for now, to be taken up again: "Deprioritised", or a French roadmap's "Dépriorisé", "En pause".
      'deprioritised',
      'deprioritized',
      'dépriorisé',
      'dépriorisée',
      'en pause',
      'en attente',
      'suspendu',
      'suspendue',
      'reporté',
      'reportée',
    ],
  ],
  [
    'cancelled',
    [
      'cancelled',
      'canceled',
      'withdrawn',
      'dropped',
      'abandoned',
      'discontinued',
      'superseded',
      // Its common misspelling, as minutes often write it: "Superceded."
      'superceded',
      'not required',
      'no longer required',
      'not needed',
      'no longer needed',
      'no longer relevant',
      'no longer applicable',
      // A decision not to go on with it: "Not taken forward", "Will no longer be taken forward".
      'not taken forward',
      'not be taken forward',
      'no longer be taken forward',
      'not to be taken forward',
      // A decision not to do the work at all: "Board decision: not to be implemented", "Will not be implemented", "Not to be
      // pursued". Without these the last word alone reads as done ("implemented").
      'not to be implemented',
      'not be implemented',
      'not to be pursued',
      'not be pursued',
      // French plans: "Annulé", "Abandonné".
      'annulé',
      'annulée',
      'abandonné',
      'abandonnée',
    ],
  ],
]

/**
 * Words that are a status only when they lead the cell or follow "is" / "was" / "has been" ("Met", "Overdue",
 * "Draft (out for consultation)", "Target met", "Amber - at risk", "This action is now overdue"): elsewhere they
 * are ordinary words ("Met with HR", "Draft the new policy", "Staff at risk of redundancy", "Resolved to set
 * up a group"), so each must also be followed by the end of the cell, a mark, a number, a month or a linking
 * word ("Slipped to June", "Scheduled for spring term", "Overdue because …").
 */
const LEAD_WORDINGS: ReadonlyArray<readonly [StatusState, readonly string[]]> = [
  // A roadmap's tag for the work queued after what is in hand ("Next"), and never "Next steps".
  // A task board's column of work not yet taken up ("Backlog"), and never "Clear the backlog of cases".
  // French minutes' "À faire" (to do), and never "Reste à faire le point".
  ['not-started', ['scheduled', 'outstanding', 'next', 'backlog', 'à faire']],
  [
    'in-progress',
    // "In Process", as US city and county trackers write it, and never "Invest in process improvement".
    [
      'overdue',
      'at risk',
      'slipped',
      'draft',
      'drafting',
      'under review',
      'in train',
      'carried over',
      'in process',
      // A tracker's "Tracking: Behind": under way and late, as "Behind schedule" is, and never "Behind the library".
      'behind',
      // A proposal's or project's "Status: active": under way, and never "Active travel plan".
      'active',
      // Work begun and not far along yet ("Initial stage", "Early stages – scoping"), and never "early stage
      // researchers".
      'initial stage',
      'initial stages',
      'early stage',
      'early stages',
      'initial phase',
      'early phase',
    ],
  ],
  [
    'complete',
    // "Established", "The group has been established": set up and running, never "Established practice shows …".
    [
      'met',
      'exceeded',
      'resolved',
      'addressed',
      'accomplished',
      'fulfilled',
      'signed off',
      'in place',
      'established',
      // A board's action point carried out ("Discharged", "Discharged: letter sent"), never "Discharged patients".
      'discharged',
      // French minutes' "Fait" (done), "Fait le 3 mai", and never "Fait le point sur le budget".
      'fait',
      'faite',
    ],
  ],
  ['on-hold', ['stalled']],
  ['cancelled', ['stopped', 'deleted', 'removed']],
]

/**
 * Trackers' status codes, read only when the code is the whole cell and in capitals: "IP" (in progress), as
 * outstanding-task lists write it in a margin beside "DONE". Inside a sentence, or in small letters, a code is an
 * ordinary word ("Review the IP policy" is intellectual property). Codes that are also words in their own right
 * ("WIP", "TODO", "BAU") are among the wordings above, read in any case.
 */
const CODE_WORDINGS: ReadonlyArray<readonly [StatusState, readonly string[]]> = [['in-progress', ['IP']]]

const CODES: ReadonlyMap<string, StatusState> = new Map(
  CODE_WORDINGS.flatMap(([state, codes]) => codes.map((code) => [code, state] as const)),
)

interface Wording {
  readonly words: readonly string[]
  readonly state: StatusState
}

/** Wordings by first word, longest first, so "not started" wins over "started" at the same place. */
function byFirstWord(
  wordings: ReadonlyArray<readonly [StatusState, readonly string[]]>,
): ReadonlyMap<string, readonly Wording[]> {
  const byFirst = new Map<string, Wording[]>()
  for (const [state, phrases] of wordings) {
    for (const phrase of phrases) {
      const words = phraseWords(phrase)
      const first = words[0]
      if (first === undefined) continue
      const list = byFirst.get(first) ?? []
      list.push({ words, state })
      byFirst.set(first, list)
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  return byFirst
}

const WORDINGS = byFirstWord(STATE_WORDINGS)
const LEAD_ONLY = byFirstWord(LEAD_WORDINGS)

const RAG_WORDS: ReadonlyMap<string, ReportedRag> = new Map([
  ['red', 'red'],
  ['amber', 'amber'],
  ['green', 'green'],
  ['blue', 'blue'],
])
const RAG_LETTERS: ReadonlyMap<string, ReportedRag> = new Map([
  ['r', 'red'],
  ['a', 'amber'],
  ['g', 'green'],
  ['b', 'blue'],
])
const RAG_LABEL_WORDS: ReadonlySet<string> = new Set(['statu', 'status', 'rating', 'rated'])

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['may', 5],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
])

// Every quantifier is bounded and alternatives do not overlap, so these run in linear time.
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])/
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/
const DAY_MONTH_YEAR =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s{1,3}(\d{4}|\d{2})(?!\d)/i
const MONTH_DAY_YEAR =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/i
const OF_AFTER = /^\s{0,3}of\b/i
const PERCENT = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s{0,2}(?:%|per\s?cent\b|percent\b)/i

interface Span {
  readonly start: number
  readonly end: number
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
  if (day > daysInMonth) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Two-digit years in plans are this century ("16/04/18" is 2018). */
function fullYear(text: string): number {
  const year = Number(text)
  return text.length === 2 ? 2000 + year : year
}

/** The first whole-day date in the text, read UK day-first. */
function findDayDate(text: string): { iso: string; span: Span } | null {
  const candidates: Array<{ iso: string | null; index: number; length: number }> = []
  const numeric = NUMERIC_DATE.exec(text)
  if (numeric) {
    const [, d, m, y] = numeric
    candidates.push({
      iso: isoDate(fullYear(y ?? ''), Number(m), Number(d)),
      index: numeric.index,
      length: numeric[0].length,
    })
  }
  const iso = ISO_DATE.exec(text)
  if (iso) {
    const [, y, m, d] = iso
    candidates.push({
      iso: isoDate(Number(y), Number(m), Number(d)),
      index: iso.index,
      length: iso[0].length,
    })
  }
  const dmy = DAY_MONTH_YEAR.exec(text)
  if (dmy) {
    const [, d, mon, y] = dmy
    const month = MONTHS.get((mon ?? '').toLowerCase()) ?? 0
    candidates.push({
      iso: isoDate(fullYear(y ?? ''), month, Number(d)),
      index: dmy.index,
      length: dmy[0].length,
    })
  }
  const mdy = MONTH_DAY_YEAR.exec(text)
  if (mdy) {
    const [, mon, d, y] = mdy
    const month = MONTHS.get((mon ?? '').toLowerCase()) ?? 0
    candidates.push({ iso: isoDate(Number(y), month, Number(d)), index: mdy.index, length: mdy[0].length })
  }
  const valid = candidates.filter((c) => c.iso !== null).sort((a, b) => a.index - b.index)
  const first = valid[0]
  return first
    ? { iso: first.iso as string, span: { start: first.index, end: first.index + first.length } }
    : null
}

/** The earliest status wording in the cell: authors lead with the status and follow with remarks. "As planned"
 * ("Not developed as planned") and "than planned" ("slower than planned") say how the work went against its plan,
 * not that it is only planned. */
function findState(words: readonly Token[], text: string): { state: StatusState; span: Span } | null {
  for (let i = 0; i < words.length; i++) {
    const norm = (words[i] as Token).norm
    let found = WORDINGS.get(norm)?.find((w) => startsAt(words, i, w.words))
    if (found && found.words.length === 1 && found.words[0] === 'planned' && comparesWithPlan(words, i))
      continue
    // "Complete the survey by May", "Complete all modules": the verb asking for work, not the state.
    if (found && found.words.length === 1 && found.words[0] === 'complete' && asksFor(words, i, text))
      continue
    found ??= LEAD_ONLY.get(norm)?.find(
      (w) =>
        startsAt(words, i, w.words) && atLead(words, i) && endsClause(words, i + w.words.length - 1, text),
    )
    // "Neither action was completed" says what "not completed" says; a wording with no "not" form is no status.
    const negated = found !== undefined && negatedByNeither(words, i, text)
    if (negated) found = notForm((found as Wording).words)
    if (found) {
      // A negated wording's "not" is not in the text, so it spans one word fewer.
      const last = words[i + found.words.length - 1 - (negated ? 1 : 0)] as Token
      const span = { start: (words[i] as Token).start, end: last.end }
      return found.state === 'complete' ? doneInPart(words, i, text, span) : { state: found.state, span }
    }
  }
  return null
}

/** Words between "as" / "than" and "planned": "than originally planned", "as first planned". */
const PLAN_ADVERBS: ReadonlySet<string> = new Set(['originally', 'initially', 'first', 'previously', 'once'])

/**
 * True when "planned" at `at` compares the work with its plan ("Not developed as planned", "slower than planned",
 * "later than originally planned"): it says how the work went, not that it is only planned.
 */
function comparesWithPlan(words: readonly Token[], at: number): boolean {
  let k = at - 1
  if (k >= 0 && PLAN_ADVERBS.has((words[k] as Token).norm)) k--
  const before = words[k]?.norm
  return before === 'as' || before === 'than'
}

/** Words that open the object of a verb: "Complete the survey", "Complete all modules", "Complete our audit". */
const DETERMINERS: ReadonlySet<string> = new Set(
  [
    ...['the', 'a', 'an', 'all', 'any', 'our', 'your', 'their', 'this', 'these', 'those', 'each', 'every'],
    ...['it', 'them', 'its', 'his', 'her', 'my', 'remaining', 'outstanding'],
  ].map(normalizeWord),
)

/**
 * True when "complete" at `at` opens its clause and is followed by the object it asks to be completed ("Complete
 * the survey"); after a subject ("Work is complete the team met") it is still the state.
 */
function asksFor(words: readonly Token[], at: number, text: string): boolean {
  const next = words[at + 1]
  const before = words[at - 1]
  const opensClause =
    before === undefined || /[\n.;:!?()•–-]/.test(text.slice(before.end, (words[at] as Token).start))
  return (
    opensClause &&
    next !== undefined &&
    DETERMINERS.has(next.norm) &&
    !MARK_OR_BREAK.test(text.slice((words[at] as Token).end, next.start))
  )
}

/**
 * A cell holding only a tick ("✓", "✔️", "✅", "☑") says done, as "Done" does. A cross ("❌", "✗") and a bare
 * "Yes" or "No" are left `unknown`: a cross says the work is not done, not how far it got, and "Yes" or "No"
 * answers whatever the column's header asks ("Delivered Yes/No", "Complete by", "Funding needed?"), which the
 * importer reads with the header. A colour-variant selector and a closing mark are ignored.
 */
export const TICKS: ReadonlySet<string> = new Set(['✓', '✔', '✅', '☑'])
/** A task list's ticked box alone in a cell: "[x]", "[X]", "[✓]". */
const TASK_BOX = /^\s{0,4}\[[xX✓✔]\]\s{0,4}$/u
const MARK_CELL = /^\s{0,8}([^\s.!]{1,2})[.!]?\s{0,8}$/u

/** `complete`, with the tick's span, for a cell that is only a tick. */
function findTick(text: string): { state: StatusState; span: Span } | null {
  // "[x]": a task list's ticked box alone in the cell, done. An open box ("[ ]") says only that it is not ticked
  // yet, as a cross does: left unknown.
  if (text.length <= 12 && TASK_BOX.test(text))
    return { state: 'complete', span: { start: 0, end: text.length } }
  const cell = text.length <= 24 ? MARK_CELL.exec(text.replace(/[\uFE0E\uFE0F]/g, '')) : null
  if (!cell || !TICKS.has(cell[1] as string)) return null
  const start = text.indexOf((cell[1] as string)[0] as string)
  return { state: 'complete', span: { start, end: text.length } }
}

/** Words that may stand before a lead-only wording at the start of a cell: a RAG rating, a label, an adverb. */
const LEAD_PREFIX: ReadonlySet<string> = new Set([
  ...['red', 'amber', 'green', 'blue', 'r', 'a', 'g', 'b', 'rag', 'statu', 'status', 'rating', 'progress'],
  ...['update', 'current', 'overall', 'target', 'objective', 'kpi', 'milestone', 'now', 'currently', 'still'],
  ...['already', 'fully'],
])
/** "This action is now overdue", "Targets for 2023 were met", "The survey is scheduled for May". */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'remain', 'remains'])
const ADVERBS: ReadonlySet<string> = new Set(['now', 'currently', 'still', 'already', 'fully', 'all', 'also'])
/** A verdict reported as found by someone: "were confirmed as resolved", "was assessed as met". */
const VERDICT_VERBS: ReadonlySet<string> = new Set(
  [
    'confirmed',
    'verified',
    'assessed',
    'judged',
    'deemed',
    'considered',
    'rated',
    'reported',
    'certified',
  ].map(normalizeWord),
)

/** True when the word at `at` leads the cell (after at most a RAG rating or label) or follows "is" / "has been". */
function atLead(words: readonly Token[], at: number): boolean {
  let k = at - 1
  while (k >= 0 && ADVERBS.has((words[k] as Token).norm)) k--
  if (k >= 0 && COPULAS.has((words[k] as Token).norm)) return true
  // "were confirmed as resolved": the verdict after a verb of finding, as after "is".
  if (k >= 1 && (words[k] as Token).norm === 'as' && VERDICT_VERBS.has((words[k - 1] as Token).norm))
    return true
  if (at > 4) return false
  for (let j = 0; j < at; j++) if (!LEAD_PREFIX.has((words[j] as Token).norm)) return false
  return true
}

/** Words that may follow a lead-only wording: a reason, a date or a condition ("Overdue because …"). */
const LINKING_WORDS: ReadonlySet<string> = new Set([
  ...['in', 'on', 'at', 'by', 'for', 'from', 'since', 'due', 'but', 'as', 'because', 'until', 'till'],
  ...['pending', 'following', 'after', 'before', 'during', 'so', 'although', 'though', 'awaiting', 'owing'],
  // French: "Fait en séance", "Fait lors de la réunion", "Reporté depuis mars", "Fait par Ana".
  ...['en', 'lors', 'depuis', 'par', 'avant', 'après', 'pendant'],
])
/** What "to" may lead to after a lead-only wording: a time ("Slipped to June", "to next year", "to Q3"). */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...['next', 'end', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'winter', 'later', 'the'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october'],
  ...[
    'november',
    'december',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ],
])
/** Between two words: a line break or a mark ("Met.", "Draft (out for …)", "Resolved - see …"). */
const MARK_OR_BREAK = /\n|\S/

/** True when the wording ending at word `last` ends its clause, or is followed by a date or a linking word. */
function endsClause(words: readonly Token[], last: number, text: string): boolean {
  const end = (words[last] as Token).end
  const next = words[last + 1]
  if (next === undefined || MARK_OR_BREAK.test(text.slice(end, next.start))) return true
  if (
    /\d/.test(next.raw) ||
    LINKING_WORDS.has(next.norm) ||
    (TIME_WORDS.has(next.norm) && next.norm !== 'the')
  )
    return true
  const after = words[last + 2]
  return next.norm === 'to' && after !== undefined && (/\d/.test(after.raw) || TIME_WORDS.has(after.norm))
}

/** Words before a done word that say only part is done: "Half done", "Mostly complete", "Nearly finished". */
const IN_PART: ReadonlySet<string> = new Set([
  ...['half', 'partially', 'partly', 'part', 'mostly', 'largely', 'nearly', 'almost', 'substantially'],
  ...['virtually', 'practically'],
])
/** Words between "not" and a done word: "not fully complete", "not yet been implemented". */
const BEFORE_DONE: ReadonlySet<string> = new Set([
  'fully',
  'yet',
  'been',
  'be',
  'completely',
  'entirely',
  'all',
])
// Bounded and anchored at the end of a short slice: "3/4 ", "2 out of 5 ", "3 of 4 sessions ".
const COUNT_BEFORE =
  /(?<![\d/.])(\d{1,3})\s{0,2}(?:\/|of|out\s{1,2}of)\s{0,2}(\d{1,3})\s{1,2}(?:[a-z]{2,15}\s{1,2})?$/i

/**
 * A done word reads `complete` unless the words before it say only part is done ("Half done", "Partially
 * implemented"), deny it ("not fully complete") or count what is done ("3/4 done": in progress; "4/4 done":
 * complete; "0/3 done": not started).
 */
function doneInPart(
  words: readonly Token[],
  at: number,
  text: string,
  span: Span,
): { state: StatusState; span: Span } {
  const before = words[at - 1]
  if (before && IN_PART.has(before.norm))
    return { state: 'in-progress', span: { ...span, start: before.start } }
  let k = at - 1
  while (k >= 0 && BEFORE_DONE.has((words[k] as Token).norm)) k--
  const not = words[k]
  if (not && (not.norm === 'not' || not.norm === 'never'))
    return { state: 'in-progress', span: { ...span, start: not.start } }
  const count = COUNT_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))
  if (count) {
    const [done, of] = [Number(count[1]), Number(count[2])]
    if (of > 0 && done <= of) {
      const state = done === of ? 'complete' : done === 0 ? 'not-started' : 'in-progress'
      return { state, span: { ...span, start: span.start - count[0].length } }
    }
  }
  return { state: 'complete', span }
}

/** How far back "neither" or "nor" may stand from the word it negates ("Neither of the two events was held"). */
const NEITHER_REACH = 8
const CLAUSE_BREAK = /[.;:,!?()]/

/**
 * True when "neither" or "nor" stands at most `NEITHER_REACH` words before `words[at]` in the same clause
 * ("Neither fair was completed", "nor was it completed"), so a status word there is negated.
 */
function negatedByNeither(words: readonly Token[], at: number, text: string): boolean {
  for (let k = at - 1; k >= 0 && k >= at - NEITHER_REACH; k--) {
    const word = words[k] as Token
    if (CLAUSE_BREAK.test(text.slice(word.end, (words[k + 1] as Token).start))) return false
    if (word.norm === 'neither' || word.norm === 'nor') return true
  }
  return false
}

/** The wording "not …" of a wording ("completed" → "not completed"), or undefined when there is none. */
function notForm(wording: readonly string[]): Wording | undefined {
  return WORDINGS.get('not')?.find(
    (w) => w.words.length === wording.length + 1 && wording.every((word, k) => w.words[k + 1] === word),
  )
}

/** True when the words of `words` from `at` are `wording`. */
function startsAt(words: readonly Token[], at: number, wording: readonly string[]): boolean {
  for (let k = 0; k < wording.length; k++) if (words[at + k]?.norm !== wording[k]) return false
  return true
}

/** A RAG the authors wrote: a colour word on the first line (outside brackets), or a letter after "RAG". */
function findRag(text: string, words: readonly Token[]): { rag: ReportedRag; span: Span } | null {
  const trimmed = text.trim()
  const lone = trimmed.length === 1 ? RAG_LETTERS.get(trimmed.toLowerCase()) : undefined
  if (lone) {
    const start = text.indexOf(trimmed)
    return { rag: lone, span: { start, end: start + 1 } }
  }
  // "Amber/Green", "A/G", "Red - Amber": a rating between two colours, read as the first one written.
  const pair = trimmed.length <= 16 ? RAG_PAIR.exec(trimmed) : null
  const first = pair
    ? (RAG_LETTERS.get((pair[1] as string).toLowerCase()) ?? RAG_WORDS.get((pair[1] as string).toLowerCase()))
    : undefined
  if (pair && first) {
    const start = text.indexOf(trimmed)
    return { rag: first, span: { start, end: start + trimmed.length } }
  }
  const firstLineEnd = text.search(FIRST_LINE_END)
  const limit = firstLineEnd === -1 ? text.length : firstLineEnd
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Token
    if (word.norm === 'rag') {
      let k = i + 1
      while (k < words.length && RAG_LABEL_WORDS.has((words[k] as Token).norm)) k++
      const next = words[k]
      const rag = next && (RAG_LETTERS.get(next.norm) ?? RAG_WORDS.get(next.norm))
      if (next && rag) return { rag, span: { start: word.start, end: next.end } }
      continue
    }
    const rag = RAG_WORDS.get(word.norm)
    if (rag && word.start < limit) return { rag, span: { start: word.start, end: word.end } }
  }
  return null
}

const FIRST_LINE_END = /[\n([]/
const RAG_PAIR = /^(red|amber|green|blue|[ragb])\s{0,2}[/&–-]\s{0,2}(?:red|amber|green|blue|[ragb])$/i

function removeSpans(text: string, spans: readonly Span[]): string {
  let out = text
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, span.start)} ${out.slice(span.end)}`
  }
  return out
}

const OPENING_BRACKET = /[([{]/
const EMPTY_BRACKETS = /\(\s*\)|\[\s*\]|\{\s*\}/g
const IN_SQUARE = /^\[([^[\]]*)\]$/
const IN_ROUND = /^\(([^()]*)\)$/

/** What is left of the cell once the status, date, percentage and RAG are taken out. */
function noteFrom(rest: string): string | null {
  // Runs of spaces and line breaks become one space.
  let note = collapseSpaces(rest)
  // Emptied brackets, up to three deep; a note without an opening bracket has none to empty.
  if (OPENING_BRACKET.test(note)) for (let i = 0; i < 3; i++) note = note.replace(EMPTY_BRACKETS, ' ')
  note = trimChars(note, '-–—:;,.', '-–—:;,')
  // A note wholly in brackets opens with one.
  const wrapped = note[0] === '[' || note[0] === '(' ? (IN_SQUARE.exec(note) ?? IN_ROUND.exec(note)) : null
  if (wrapped) note = (wrapped[1] ?? '').trim()
  return note === '' ? null : note
}

function stateFromPercent(percent: number): StatusState {
  if (percent <= 0) return 'not-started'
  return percent >= 100 ? 'complete' : 'in-progress'
}

/**
 * Reads a status cell as a careful human would: the state ("In progress", "To start", "Complete",
 * "On-going", "On hold", "Cancelled"…), the completion date of "Complete (16/04/18)" (UK day-first), a
 * reported percentage ("50%"), the RAG colour the authors gave ("Green", "RAG: A") and whatever remark is
 * left ("[several new schemes under discussion]") as `note`. Never throws; `text` is always the input.
 *
 * "Delayed" reads as in progress (late work is still live); a bare colour leaves the state `unknown`, since
 * plans disagree on whether green means "on track" or "done"; blue is the BRAG colour for done.
 *
 * @example
 * ```ts
 * parseStatus('Complete (16/04/18)')
 * // { text: 'Complete (16/04/18)', state: 'complete', completedOn: '2018-04-16', percent: null, reportedRag: null, note: null }
 * parseStatus('In progress [several new schemes under discussion]').note // 'several new schemes under discussion'
 * ```
 */
export function parseStatus(text: string): Status {
  const cleaned = prepareCellText(text)
  const tokens = tokenize(cleaned)
  const words = tokens.filter((t) => t.isWord)
  const spans: Span[] = []

  const code = CODES.get(cleaned.trim()) ?? null
  const found =
    findState(words, cleaned) ??
    findTick(cleaned) ??
    (code === null ? null : { state: code, span: { start: 0, end: cleaned.length } })
  if (found) spans.push(found.span)

  let percent: number | null = null
  const percentMatch = PERCENT.exec(cleaned)
  // "52% of respondents agreed" is a measure of the outcome, not how far the work has got.
  if (percentMatch && !OF_AFTER.test(cleaned.slice(percentMatch.index + percentMatch[0].length))) {
    const value = Number(percentMatch[1])
    if (value >= 0 && value <= 100) {
      percent = value
      spans.push({ start: percentMatch.index, end: percentMatch.index + percentMatch[0].length })
    }
  }

  const rag = findRag(cleaned, words)
  if (rag) spans.push(rag.span)

  let state: StatusState = found?.state ?? (percent !== null ? stateFromPercent(percent) : 'unknown')
  // "75% complete" reports progress towards completion, not completion.
  if (state === 'complete' && percent !== null && percent < 100) state = 'in-progress'
  if (state === 'unknown' && rag?.rag === 'blue') state = 'complete'

  let completedOn: string | null = null
  if (state === 'complete') {
    const date = findDayDate(cleaned)
    if (date) {
      completedOn = date.iso
      spans.push(date.span)
    }
  }

  return {
    text,
    state,
    completedOn,
    percent,
    reportedRag: rag?.rag ?? null,
    // Status words inside a sentence ("Work is in progress: the group has met twice") leave the sentence whole
    // as the note; cutting them out would garble it. A leading status ("In progress [under review]") is cut.
    note: noteFrom(insideProse(cleaned, found?.span, rag?.span) ? cleaned : removeSpans(cleaned, spans)),
  }
}

/**
 * A sentence (more than six words) with a word before its status words ("Work is in progress: the group has
 * met"), other than a RAG rating ("Amber - in progress"). A short cell ("Currently in progress") is not prose.
 */
function insideProse(text: string, span: Span | undefined, rag: Span | undefined): boolean {
  if (span === undefined || text.trim().split(/\s+/).length <= 6) return false
  const from = rag !== undefined && rag.end <= span.start ? rag.end : 0
  return /[a-z]{2}/i.test(text.slice(from, span.start))
}
