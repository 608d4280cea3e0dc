import { parseTargetDate } from '../dates/parseTargetDate'
import type { ImportIssue } from '../model/importIssue'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_MARKS } from './bulletMarks'
import { createImportIssue } from './createImportIssue'
import { statusLead } from './statusLead'
import { timelineStepOwners } from './timelineStepOwners'
import type { FlattenedActionTables } from './flattenActionTables'
import type { RowLine } from './oneColumnRecords'
import { isDatedPeriod } from './headingPeriod'
import { peelRef } from './peelRef'

/** A list item: a bullet mark, then its text. */
const bulleted = new RegExp(`^[${BULLET_MARKS}]\\s{1,3}(\\S[^]*)$`)
/** "April/May - have …", "January 2025 – have …", "12 Feb — send …", "Spring: run …": a short period, a dash or
 * colon, the work. */
const dashedLead = /^([^-–—:]{3,30}?)\s{1,3}[-–—]\s{1,3}(?=\S)|^([^-–—:]{3,30}?):\s{1,3}(?=\S)/
/** "12 Feb", "3rd March", "Feb 12": a day of a month, a date precise enough to date a timeline's step with no year. */
const dayAndMonth =
  /^(?:\d{1,2}(?:st|nd|rd|th)?\s{1,2}[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?)$/
/** "[25 Feb — Sign-off by the members]": a step in square brackets, as a timeline marks one still to be confirmed. */
const bracketedLine = /^\[([^[\]]{3,600})\]$/
/** "March – May: Draft the plan": a period that holds a dash itself, then a colon. */
const colonLead = /^([^:]{3,30}?):\s{1,3}(?=\S)/
/** A lead written without a dash is at most this many words ("January-June working on …"). */
const maxLeadWords = 3
/** A four-digit year anywhere in a period. */
const year = /\b(?:19|20)\d{2}\b/
/** A dash or a colon anywhere: what sets a period off from the work in {@link dashedLead} and {@link colonLead}. */
const leadMark = /[-–—:]/
/** Work written after a period with no dash between has at least this many words ("June 2031 Trustees approve it"). */
const minWorkWords = 3
/** At least this many items must open with their period for the list to be a timeline. */
const minLedItems = 2
/** Lines with no bullet, each opening with a dated period, make a timeline's items when at least this many. */
const minBulletlessItems = 3

/** One item of the list: its text without the bullet, and the period it opens with, if any. */
interface ListItem {
  readonly row: number
  readonly line: string
  readonly work: string
  readonly period: string | null
  /** True for a line with no bullet that opens with a dated period ("March 2031: …"). */
  readonly bulletless?: boolean
  /** The row of the line below a bullet that holds only its date ("- 27.11.2031" over "Launch the site"). */
  readonly workRow?: number
  /** The code written before the period ("D1.2 - May 2031 - …"), as a project lists its deliverables. */
  readonly ref?: string
}

/**
 * Reads a one-column timeline written as a bulleted list whose items open with their period ("- April/May -
 * have a consultant retained", "- January-June working on the draft plan", "- January 2025 - have the plan
 * completed"), as committee minutes and progress notes give a plan's steps. Each item is an action: the period
 * is its target and the words after it its title. A period without a year ("October") takes the year last
 * written above it in the list ("… posted in January 2024"), with an info issue. Items without a period keep
 * their text as the title, and a date their text names is the target, as in any list; one led by a status word
 * and a colon in place of a period ("In progress: Consultation …") takes it as its status, its title the words
 * after the colon. The rows above the first
 * item are kept as title rows; prose after the last item is skipped. Returns null unless every filled row is
 * one cell, at least two items open with a period, and those items make at least a third of the list.
 *
 * @example
 * readDatedListItems([
 *   ['Timeline noted by the clerk:'],
 *   ['- Survey staff in March 2025.'],
 *   ['- May/June - draft the plan.'],
 *   ['- September - publish the plan.'],
 * ])?.rows.at(-1) // ['publish the plan.', 'September 2025', '', '- September - publish the plan.']
 */
export function readDatedListItems(
  table: readonly (readonly string[])[],
  /** {@link pageLineOf} of every row, when the caller has read them already. */
  rowLines?: readonly RowLine[],
): FlattenedActionTables | null {
  let items: ListItem[] = []
  let bulletless = 0
  // "March 2031: Survey staff" over "April: Draft the plan" over "June: Publish it": lines one after another, each
  // opening with its period and a colon or dash, the first naming the year the others leave out.
  let run = { items: 0, dated: false }
  for (let index = 0; index < table.length; index++) {
    // A line alone in the first column, as the caller read it already; any other row's cells are gathered.
    const read = rowLines?.[index]
    let line: string
    if (typeof read === 'string') line = read
    else {
      const cells = table[index]!.filter(hasText)
      if (cells.length === 0) continue
      if (cells.length > 1) return null
      line = collapseWhitespace(cells[0]!)
    }
    const text = bulleted.exec(line)?.[1]
    if (text === undefined) {
      // "March 2031: Open the new reading room", its bullet lost in the copy: an item when its period names a year.
      // Among three or more such lines, one whose period names no year ("July – Review …") or lost its dash too
      // ("June 2031  Trustees approve …") is an item of the same timeline; it does not count towards the three.
      // "[25 Feb — …]": a step still to be confirmed, read as any other without its brackets.
      const inner = bracketedLine.exec(line)?.[1]?.trim() ?? line
      const marked = dashedLead.test(inner) || colonLead.test(inner)
      const period = marked ? leadingPeriod(inner) : undashedPeriod(inner)
      // "D1.2 - May 2019 - Mid-year summary": a code before the period, when the line opens with no period itself.
      const coded = period === null ? codedLead(inner) : null
      const dashed = marked || coded !== null
      const lead = period ?? coded
      if (lead !== null) {
        items.push({
          row: index,
          line,
          work: lead.work,
          period: lead.period,
          bulletless: true,
          ...(coded === null ? {} : { ref: coded.ref }),
        })
        // "1 stycznia 2031 r. przegląd …": a whole date opening a paragraph sets its work off as a dash does.
        const fullDate = period !== null && 'fullDate' in period && period.fullDate
        if (year.test(lead.period) && (dashed || fullDate)) bulletless++
      }
      // A run of such lines, one of them naming its year (or a day of its month: "12 Feb —"), is a timeline too,
      // however few name theirs.
      run =
        lead !== null && dashed
          ? {
              items: run.items + 1,
              dated: run.dated || year.test(lead.period) || dayAndMonth.test(lead.period),
            }
          : { items: 0, dated: false }
      if (run.dated && run.items >= minBulletlessItems) bulletless = Math.max(bulletless, minBulletlessItems)
      continue
    }
    run = { items: 0, dated: false }
    // "- 27.11.2031" over "Launch the site to the public": the date alone on its bullet, the work on the line below.
    const below = isPeriodAlone(text) ? workBelow(table, index) : null
    if (below !== null) {
      items.push({
        row: index,
        line: `${line}\n${below.work}`,
        work: below.work,
        period: text,
        workRow: below.row,
      })
      index = below.row
      continue
    }
    const period = leadingPeriod(text)
    const coded = period === null ? codedLead(text) : null
    const lead = period ?? coded
    items.push({
      row: index,
      line,
      work: lead?.work ?? text,
      period: lead?.period ?? null,
      ...(coded === null ? {} : { ref: coded.ref }),
    })
  }
  // Lines that lost their bullets are a timeline's items only when three or more of them open with a dated period:
  // one or two such lines are notes ("Updated: June 2031 - …") among other items.
  if (bulletless < minBulletlessItems) items = items.filter((item) => item.bulletless !== true)
  // A page that dates its work so (a tracker's "What has been done?" over dated bullets, each above its task) is a
  // timeline from its first such item: the bullets above it (a legend of stages, a description's points) are the
  // page's own lines, kept as title rows.
  const firstDatedAbove = items.findIndex((item) => item.workRow !== undefined)
  if (firstDatedAbove > 0 && items.filter((item) => item.workRow !== undefined).length >= minLedItems)
    items.splice(0, firstDatedAbove)
  const led = items.filter((item) => item.period !== null).length
  if (led < minLedItems || led * 3 < items.length) return null

  // The heading right above a timeline of dated bullets ("What are we doing?") heads its first items, as the
  // headings between them head theirs: a section, not a title row.
  const first = items[0]!.workRow === undefined ? items[0]!.row : headingAbove(table, items[0]!.row)
  const last = items.at(-1)!.row
  const itemRows = new Map(items.map((item) => [item.row, item] as const))
  const workRows = new Set(items.flatMap((item) => (item.workRow === undefined ? [] : [item.workRow])))
  const mergedRows = [...workRows].map((row) => row + 1)
  const rows: string[][] = table.slice(0, first).map((row) => [row.find(hasText) ?? '', '', '', ''])
  const sourceRows = rows.map((_, i) => i + 1)
  const headerAt = rows.length
  rows.push(['Action', 'Target date', 'Status', 'As written'])
  const stepRows: number[] = []
  const stepRefs: string[] = []
  sourceRows.push(first + 1)
  const issues: ImportIssue[] = []
  const skippedRows: number[] = []
  let lastYear: string | null = null
  for (let index = first; index < table.length; index++) {
    const cell = table[index]!.find(hasText)
    if (cell === undefined) continue
    if (workRows.has(index)) continue
    const item = itemRows.get(index)
    if (item === undefined) {
      if (index > last) skippedRows.push(index + 1)
      else {
        rows.push([collapseWhitespace(cell), '', '', ''])
        sourceRows.push(index + 1)
      }
      continue
    }
    let target = ''
    if (item.period !== null) {
      target = item.period
      if (!year.test(target) && lastYear !== null) {
        target = `${item.period} ${lastYear}`
        issues.push(
          createImportIssue(
            'period-inferred',
            'info',
            index + 1,
            table[index]!.findIndex(hasText) + 1,
            null,
            `"${item.period}" names no year; it was read as ${target}, the year last written above it in the list. If that is wrong, write the year in the item.`,
          ),
        )
      }
    } else if (datesItself(item.work)) {
      // No period of its own: the date its words name ("… posted in January 2024") is its target, as in any list.
      target = item.work
    }
    lastYear = target.match(year)?.[0] ?? lastYear
    // "In progress: …" in place of a date: the item's status (statusLead), cut from its title as a period is.
    const status = item.period === null ? statusLead(item.work) : null
    const work = status === null ? item.work : item.work.slice(status.length + 1).trim()
    // "przegląd regulaminu (art. 12 ust. 3), nowy system ankiet (art. 40)": several duties due on one date,
    // each closed by its bracketed citation, are an action each.
    for (const duty of dutiesClosedByCitations(work)) {
      stepRows.push(rows.length)
      stepRefs.push(item.ref ?? '')
      rows.push([duty, target, status ?? '', item.line])
      sourceRows.push(index + 1)
    }
  }
  // "Staff will send …", "… (staff)": who does each step, in a column of its own when any step names someone.
  const owners = timelineStepOwners(stepRows.map((row) => rows[row]![0]!))
  if (owners.some((owner) => owner !== '')) {
    const ownerOf = new Map(stepRows.map((row, i) => [row, owners[i]!] as const))
    for (const [i, row] of rows.entries()) row.push(i === headerAt ? 'Owner' : (ownerOf.get(i) ?? ''))
  }
  // "D1.2 - May 2031 - …": the codes the items open with are their refs.
  if (stepRefs.some((ref) => ref !== '')) {
    const refOf = new Map(stepRows.map((row, i) => [row, stepRefs[i]!] as const))
    for (const [i, row] of rows.entries()) row.push(i === headerAt ? 'Ref' : (refOf.get(i) ?? ''))
  }
  return {
    rows,
    headerRow: first + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows,
    titleEvidence: 'each list item, its opening period read as the target',
    ...(skippedRows.length > 0 ? { skippedRows } : {}),
    ...(issues.length > 0 ? { issues } : {}),
  }
}

/** The row of the short one-cell line (no bullet, no full stop) right above `row`, or `row` when there is none. */
function headingAbove(table: readonly (readonly string[])[], row: number): number {
  for (let index = row - 1; index >= 0; index--) {
    const cells = table[index]!.filter(hasText)
    if (cells.length === 0) continue
    const text = collapseWhitespace(cells[0]!)
    const heading = cells.length === 1 && !bulleted.test(text) && !/[.;,]$/.test(text) && text.length <= 80
    return heading ? index : row
  }
  return row
}

/**
 * The work written on the line below a bullet holding only its date: the next filled row, one cell, no bullet and
 * no date alone itself. Null otherwise.
 */
function workBelow(
  table: readonly (readonly string[])[],
  index: number,
): { row: number; work: string } | null {
  for (let row = index + 1; row < table.length; row++) {
    const cells = table[row]!.filter(hasText)
    if (cells.length === 0) continue
    if (cells.length > 1) return null
    const work = collapseWhitespace(cells[0]!)
    return bulleted.test(work) || isPeriod(work) ? null : { row, work }
  }
  return null
}

/**
 * "D1.2 - May 2031 - Mid-year summary", "WP3: June 2031 – Launch the portal": a code (a deliverable's or a work
 * package's, as {@link peelRef} reads one), then a period set off by a dash or a colon, then the work. Null for an
 * item that does not open so.
 */
function codedLead(text: string): { ref: string; period: string; work: string } | null {
  // The period after the code is set off by a dash or a colon: a line with neither is not peeled to look.
  if (!leadMark.test(text)) return null
  const peeled = peelRef(text)
  if (peeled === null || !(dashedLead.test(peeled.rest) || colonLead.test(peeled.rest))) return null
  const lead = leadingPeriod(peeled.rest)
  return lead === null ? null : { ref: peeled.ref, ...lead }
}

/** The period an item opens with, and the work after it; null when it opens with no period. */
function leadingPeriod(text: string): { period: string; work: string } | null {
  const dashed = dashedLead.exec(text)
  // "March – May: …", "May--September 2031: …": a dash inside the period, before its colon; the words before the
  // colon read wholly as one period, dash and all, so the dash does not end it.
  const colon = colonLead.exec(text)
  if (
    colon !== null &&
    (dashed === null ? isPeriodRange(colon[1]!.trim()) : dashed[0].length < colon[0].length) &&
    isPeriod(colon[1]!.trim())
  )
    return { period: colon[1]!.trim(), work: text.slice(colon[0].length) }
  if (dashed !== null) {
    const period = (dashed[1] ?? dashed[2])!.trim()
    return isPeriod(period) ? { period, work: text.slice(dashed[0].length) } : null
  }
  // "January-June working on …": the fewest words that read as the same period as the first three do (the
  // parser passes over the words after a date), before a lower-case word.
  const words = text.split(' ', maxLeadWords + 1)
  let found: { count: number; key: string } | null = null
  for (let count = Math.min(maxLeadWords, words.length - 1); count >= 1; count--) {
    const key = periodKey(words.slice(0, count).join(' '))
    if (key === null || (found !== null && key !== found.key)) break
    found = { count, key }
  }
  if (found === null) return null
  const period = words.slice(0, found.count).join(' ')
  const work = text.slice(period.length + 1)
  return /^\p{Ll}/u.test(work) ? { period, work } : null
}

/**
 * "June 2031 Trustees approve the plan": a period naming its year, then the work in capitals with no dash between.
 * A whole date (day, month and year) may be followed by work in lower case and by the word for "year" shortened
 * after it ("1 stycznia 2031 r. przegląd regulaminu …", as Polish writes "r." for "roku"); `fullDate` is true
 * for a line led so, which counts towards a timeline as a dashed one does.
 */
function undashedPeriod(line: string): { period: string; work: string; fullDate: boolean } | null {
  // The period names its year: a line with no year in it is not split into words to look.
  if (!year.test(line)) return null
  const words = line.split(' ', maxLeadWords + 2)
  const last = words.slice(0, maxLeadWords + 1).findIndex((word) => year.test(word) && /^\d{4}$/.test(word))
  if (last < 1) return null
  const period = words.slice(0, last + 1).join(' ')
  let work = line.slice(period.length + 1)
  const yearWord = yearAbbreviation.exec(work)
  if (yearWord !== null) work = work.slice(yearWord[0].length)
  if (work.split(' ', minWorkWords).length < minWorkWords || !isPeriod(period)) return null
  const fullDate = dayMonthYear.test(period)
  if (/^\p{Lu}/u.test(work)) return { period, work, fullDate }
  return fullDate && /^\p{Ll}/u.test(work) ? { period, work, fullDate } : null
}

/** "r. ", "r ": Polish "roku" (of the year) shortened after a year. Anchored. */
const yearAbbreviation = /^r\.?\s{1,3}/

/** "1 stycznia 2031", "15 March 2031": a day, a month's name and a year, the whole of a period. Anchored, bounded. */
const dayMonthYear = /^\d{1,2}\.?\s{1,2}\p{L}{3,14}\.?\s{1,2}\d{4}$/u

/** A date alone on its bullet ("2032", "14.03.2031", "March 2031"): a few words, all read as one period, with no
 * work after a dash or colon. */
function isPeriodAlone(text: string): boolean {
  return text.split(' ').length <= maxLeadWords && dashedLead.exec(text) === null && isPeriod(text)
}

/** One dash, or two, between two periods ("May--September 2031", "June-July"): a range, not a code ("AB-2031-07"). */
const rangeParts = /^([^-–]{3,20})[-–]{1,2}([^-–]{3,20})$/

/** Whether a lead with a dash in it is two periods joined by that dash, each reading as a date on its own. */
function isPeriodRange(phrase: string): boolean {
  const parts = rangeParts.exec(phrase)
  return parts !== null && isPeriod(parts[1]!.trim()) && isPeriod(parts[2]!.trim())
}

/** A short phrase that reads wholly as a date ("April/May", "January 2025", "Fall of 2023"). */
function isPeriod(phrase: string): boolean {
  return periodKey(phrase) !== null
}

/** The period a phrase reads as (kind, due, confidence), or null when it reads as none. */
function periodKey(phrase: string): string | null {
  if (!/^\p{Lu}|^\d/u.test(phrase)) return null
  // A year is lent only to see whether the words are a period: the list gives the real one.
  const date = parseTargetDate(phrase, { referenceDate: '2000-01-01' })
  // "April and May 2031": two months joined read as one period, that of both.
  return isDatedPeriod(date) ? `${date.kind} ${date.due} ${date.confidence}` : null
}

/** Whether an item's words name a date the way a list item's are read ("… posted in January 2024"). */
function datesItself(text: string): boolean {
  if (!/\d/.test(text)) return false
  const date = parseTargetDate(text.slice(0, 1_000), {})
  return date.kind !== 'unknown' && date.due !== null && date.confidence >= 0.5
}

/** A line of work longer than this is not split into duties (a paragraph is a few hundred characters). */
const maxDutiesLine = 4_000

/**
 * The duties a line of work lists, each closed by a bracket citing where it comes from ("(art. 12 ust. 3)",
 * "(s. 4(2))": a bracket holding a number), set off from the next by a comma or a semicolon: "adapt the rules
 * (art. 12), publish the register (art. 40)." gives two. A line any part of which does not end in such a bracket
 * ("review the draft (2 weeks), then publish") is one duty, as written.
 */
export function dutiesClosedByCitations(work: string): string[] {
  if (work.length > maxDutiesLine || !work.includes(')')) return [work]
  const duties: string[] = []
  let depth = 0
  let start = 0
  let cited = false
  let bracketDigits = false
  for (let i = 0; i < work.length; i++) {
    const c = work[i]!
    if (c === '(') {
      if (depth === 0) bracketDigits = false
      depth++
    } else if (c === ')' && depth > 0) {
      depth--
      cited = depth === 0 && bracketDigits
    } else if (depth > 0 && c >= '0' && c <= '9') bracketDigits = true
    else if (depth === 0 && c !== ' ') {
      if ((c === ',' || c === ';') && cited && work[i + 1] === ' ') {
        duties.push(work.slice(start, i).trim())
        start = i + 1
      }
      cited = false
    }
  }
  const last = work.slice(start).trim()
  if (duties.length === 0 || !/\)[.,;]?$/.test(last) || !citationAtEnd(last)) return [work]
  duties.push(last.replace(/[.,;]$/, ''))
  return duties
}

/** Whether a duty ends in a bracket holding a number ("… (art. 40)."). */
function citationAtEnd(text: string): boolean {
  const open = text.lastIndexOf('(')
  return open >= 0 && /\d/.test(text.slice(open))
}
