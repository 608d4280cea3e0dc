import { MONTH_NAMES, MONTHS } from '../dates/lexicon'
import { parseTargetDate } from '../dates/parseTargetDate'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/**
 * The lead words a schedule's date phrase opens with or joins its days by, in English and in Italian, each with the
 * English word the date reader knows: "Entro 31/10" is "by 31/10", "Dal 18/09 al 22/09" "from 18/09 to 22/09", "Fine
 * febbraio 2024" "end February 2024". Month names ("febbraio", "December") are the date lexicon's.
 */
const dateWords: ReadonlyMap<string, string> = new Map([
  ['by', 'by'],
  ['until', 'until'],
  ['from', 'from'],
  ['to', 'to'],
  ['end', 'end'],
  ['entro', 'by'],
  ['dal', 'from'],
  ['al', 'to'],
  ['fine', 'end'],
])
/** The words a date phrase may open with: a lead word ("Entro", "By", "End") or a month. */
const openers: ReadonlySet<string> = new Set(['by', 'until', 'from', 'end', 'entro', 'dal', 'fine'])
/** A month name the date lexicon knows, in any of its languages ("settembre", "September"). */
const isMonthWord = (word: string): boolean => MONTHS.has(word.toLowerCase())
/** A date phrase closing a line is a few words: "Entro Fine settembre", "Dal 18/09 al 22/09". */
const maxDateWords = 5
/** "31/10", "2024", "18/09/2023": a day and month, a year, or a whole date in figures. */
const figures = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$|^(?:19|20)\d\d$/
/** At least this many work lines make the layout, and they are at least a third of the lines from the first one on. */
const minWork = 4
/** At least this many of them close with a lead word ("Entro 31/10", "By 30/11"), not a month alone. */
const minLed = 2
/** "• ", "- ", "1. ", "2) ": a list's mark opening a line. */
const listMark = /^(?:[•▪◦‣∙·*–-]\s|\d{1,2}[.)]\s)/
/** "– already fitted", "– Già riconsegnata": a note after a spaced dash saying the work is done. Bounded. */
const alreadyDone = /\s[–—-]\s(?:already|già)\s/i
/** Between a section's heading and its first dated line, at most this many notes. */
const maxNotesAboveWork = 2
/** A heading over the work lines is a few words with no full stop or colon at its end. */
const maxHeadingWords = 8
/** Days before the letter's date from which a day written without its year is read: work just finished is listed. */
const daysBack = 30

/** Each word of a date phrase as the date reader knows it, or null when a word is none of its words. */
function asEnglish(words: readonly string[]): string | null {
  const out: string[] = []
  for (const word of words) {
    const lower = word.toLowerCase()
    const month = MONTHS.get(lower)
    if (figures.test(word)) out.push(word)
    // "settembre", "Sept": the month's English name, capitalised as a date ("May", not the verb "may").
    else if (month !== undefined) out.push(MONTH_NAMES[month]!)
    else {
      const known = dateWords.get(lower)
      if (known === undefined) return null
      out.push(known)
    }
  }
  // "from 18/09 to 22/09": a span, read by its two ends.
  if (out[0] === 'from' && out.includes('to')) out.shift()
  return out.join(' ')
}

/** The work and the date phrase closing a line ("Install the new pump Entro 31/10"), or null. The phrase opens
 * with a capitalised lead word or month ("Entro", "Fine", "Settembre") and holds a figure or a month. */
function splitDate(text: string): { work: string; when: string; english: string; led: boolean } | null {
  const words = text.split(' ')
  for (let count = Math.min(maxDateWords, words.length - 2); count >= 1; count--) {
    const tail = words.slice(words.length - count)
    const lower = tail[0]!.toLowerCase()
    if (!/^\p{Lu}/u.test(tail[0]!)) continue
    // "Entro 31/10", "Fine settembre": a lead word over a day or a month; "Dicembre 2032": a month and its year.
    const holdsDay = tail.some((word) => figures.test(word) || isMonthWord(word))
    if (openers.has(lower) ? !holdsDay : !isMonthWord(lower) || !tail.some((word) => figures.test(word)))
      continue
    const english = asEnglish(tail)
    if (english === null) continue
    const work = words.slice(0, words.length - count).join(' ')
    // "End date: July 2031": a labelled field, not a line of work.
    if (work.endsWith(':')) return null
    return { work, when: tail.join(' '), english, led: openers.has(lower) }
  }
  return null
}

/** The letter's date, from a line above the work that names a whole day ("On 15/09/2031 we received …"). */
function letterDate(lines: readonly PageLine[]): string | null {
  for (const { text } of lines) {
    if (!/\d{1,2}\/\d{1,2}\/(?:19|20)\d\d/.test(text)) continue
    const date = parseTargetDate(text)
    if (date.kind === 'due' && date.precision === 'day' && date.due !== null) return date.due
  }
  return null
}

/** The day `days` before an ISO day. */
function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

/**
 * Reads a letter or a notice that sets out a schedule of works one a line, each line closing with its date phrase,
 * in English or in Italian, as a public body answering a complaint lists what it will do at each site:
 *
 * ```text
 * On 15/09/2031 we received and publish the reply below.
 * North pumping station
 * Gate working by hand only.
 * Install the new pump Entro 31/10
 * Rebuild the control panel Dal 20/09 al 06/10
 * South sluice
 * Test the alarms Fine febbraio 2032
 * ```
 *
 * Each line closing with a date phrase ("Entro 31/10", "by 31/10", "Dal 18/09 al 22/09", "Fine settembre",
 * "Dicembre 2032") is an action titled by the words before it and due by that day (by the end of a span), and done
 * when a note after a dash says it already is ("– already fitted", "– già consegnata"); a phrase
 * naming only when the work starts ("Dal 09/10") gives no target. A day written without its year is read in the
 * letter's year, from a month before the letter's date on. A short line over the work lines is their section; the
 * other lines (the state of a site, greetings, a signature, a page footer) hold no action. The lines above the first
 * section are the title rows. Returns null unless a one-column page holds at least four such lines, a third of its
 * lines from the first on, two of them closing with a lead word ("Entro", "By") rather than a month alone, none
 * bulleted or numbered.
 *
 * @example
 * readWorkLinesEndingInDates([
 *   ['Reply of 15/09/2031'], ['North station'], ['Install the new pump Entro 31/10'], ['Rebuild the panel Entro 30/11'],
 *   ['South sluice'], ['Test the alarms Fine febbraio 2032'], ['Paint the gates Entro 15/10'],
 * ])?.rows[2] // ['Install the new pump', '2031-10-31', 'North station', 'Install the new pump Entro 31/10']
 */
export function readWorkLinesEndingInDates(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const firstWork = lines.findIndex(({ text }) => splitDate(text) !== null)
  if (firstWork < 0) return null
  const day = letterDate(lines.slice(0, firstWork))
  const referenceDate = day === null ? undefined : daysBefore(day, daysBack)
  const isHeading = (text: string): boolean =>
    !/[.:;,]$/.test(text) && text.split(' ').length <= maxHeadingWords && splitDate(text) === null
  // The first section's heading may stand over a note on the site's state before its first dated line.
  let top = firstWork
  for (let at = firstWork - 1; at >= Math.max(0, firstWork - maxNotesAboveWork - 1); at--) {
    if (isHeading(lines[at]!.text) && /^\p{Lu}/u.test(lines[at]!.text)) {
      top = at
      break
    }
  }
  const records: OneColumnRecord[] = []
  let led = 0
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  let section = ''
  for (const { index, text } of lines.slice(top)) {
    const split = splitDate(text)
    if (split !== null) {
      // A bulleted or numbered list whose items close with a date is another layout's.
      if (listMark.test(text)) return null
      if (split.led) led++
      const date = parseTargetDate(split.english, referenceDate === undefined ? undefined : { referenceDate })
      const ends = (date.kind === 'due' || date.kind === 'range') && date.due !== null
      if (!ends && date.kind !== 'started') return null
      // "Replace the pump – already fitted": a note after a dash saying the work is done.
      const done = alreadyDone.test(split.work) ? 'Complete' : ''
      records.push({ index, cells: [split.work, ends ? date.due! : '', section, text, done] })
      continue
    }
    if (isHeading(text) && /^\p{Lu}/u.test(text)) {
      section = text
      sectionRows.push(index + 1)
    } else skippedRows.push(index + 1)
  }
  if (records.length < minWork || led < minLed || records.length * 3 < lines.length - top) return null
  return oneColumnRecords(
    table.slice(0, lines[top]!.index),
    lines[top]!.index + 1,
    ['Action', 'Target date', 'Section', 'Description', 'Status'],
    records,
    {
      mergedRows: [],
      sectionRows,
      skippedRows,
      titleEvidence:
        'each line closing with its date phrase ("Entro 31/10", "by 31/10"), the words before it the work',
    },
  )
}
