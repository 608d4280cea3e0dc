import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** "1. Develop a calendar", "12) Survey the users": a list item's number and its text. Anchored, bounded. */
const numbered = /^(\d{1,2})[.)]\s{1,3}(\S.*)$/

/** The field a label over a parallel list names. */
type ListField = 'owners' | 'measures' | 'target'

/** Labels over the lists that give each action its owner, its success measure or its date; bounded words. */
const ownerLabel =
  /\b(?:responsib(?:le|ility|ilities)|owners?|leads?|lead persons?|accountab(?:le|ility)|who)\b/i
const measureLabel = /\b(?:criteria|criterion|success|measures?|indicators?|outcomes?|evidence|kpis?)\b/i
const targetLabel =
  /\b(?:timelines?|time ?frames?|timescales?|target dates?|deadlines?|due|when|completion dates?)\b/i

/** A label is a short line: at most this many characters. */
const maxLabelLength = 60

/** The field a short unnumbered line names as a label ("Criteria for success:", "Implementation responsibility:"). */
function labelField(text: string): ListField | null {
  if (text.length > maxLabelLength || numbered.test(text) || text.endsWith('.')) return null
  if (ownerLabel.test(text)) return 'owners'
  if (targetLabel.test(text)) return 'target'
  if (measureLabel.test(text)) return 'measures'
  return null
}

/** The texts of the list numbered 1, 2, 3 … that starts at line `at`, in order (empty when none starts there). */
function numberedRun(lines: readonly PageLine[], at: number): string[] {
  const items: string[] = []
  for (let i = at; i < lines.length; i++) {
    const match = numbered.exec(lines[i]!.text)
    if (match === null || Number(match[1]) !== items.length + 1) break
    items.push(match[2]!)
  }
  return items
}

/**
 * Reads a plan that writes its actions as a numbered list and then, under a label each, lists numbered in parallel
 * with it, item N of each belonging to action N, as library and college plans print a goal's actions over their
 * "Criteria for success" and "Implementation responsibility" (or "Timeline") lists:
 * ```
 * Goal #1: Improve how users hear of events.
 * 1. Keep one calendar of events.
 * 2. Send a monthly newsletter.
 * Criteria for success:
 * 1. The calendar is in use.
 * 2. Ten issues sent.
 * Implementation responsibility:
 * 1. Administration
 * 2. Outreach team
 * ```
 * Each action takes the owner, success measure or date of the same number from the labelled lists, which must
 * number exactly as many items as the actions. The lines outside these groups are headings, each the section of
 * the actions below it (those above the first group are the title). Returns null unless the page holds such a
 * group whose labelled lists include the owners or the dates, and at least two actions in all.
 *
 * @example
 * readParallelNumberedLists([
 *   ['Plan'], ['1. Keep one calendar'], ['2. Send a newsletter'], ['Responsibility:'], ['1. Administration'], ['2. Outreach team'],
 * ])?.rows.slice(1) // [['Section', 'Ref', 'Action', 'Owner', 'Success measures', 'Target'], ['', '1', 'Keep one calendar', 'Administration', '', ''], ['', '2', 'Send a newsletter', 'Outreach team', '', '']]
 */
export function readParallelNumberedLists(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  let section = ''
  let firstGroup = -1
  let fielded = false
  for (let at = 0; at < lines.length; at++) {
    const actions = numberedRun(lines, at)
    if (actions.length === 0) {
      const text = lines[at]!.text
      if (firstGroup >= 0) sectionRows.push(lines[at]!.index + 1)
      section = text.replace(/:$/, '')
      continue
    }
    // The labelled lists right below, each numbering as many items as the actions.
    const fields = new Map<ListField, string[]>()
    let next = at + actions.length
    while (next < lines.length) {
      const field = labelField(lines[next]!.text)
      if (field === null || fields.has(field)) break
      const items = numberedRun(lines, next + 1)
      if (items.length !== actions.length) break
      fields.set(field, items)
      for (let row = next; row <= next + items.length; row++) mergedRows.push(lines[row]!.index + 1)
      next += 1 + items.length
    }
    if (fields.size === 0) {
      // A numbered list with no parallel lists: the page is not of this layout once a group has been read.
      if (firstGroup >= 0) return null
      at += actions.length - 1
      section = ''
      continue
    }
    if (firstGroup < 0) firstGroup = at
    if (fields.has('owners') || fields.has('target')) fielded = true
    actions.forEach((action, n) => {
      records.push({
        index: lines[at + n]!.index,
        cells: [
          section,
          String(n + 1),
          action,
          fields.get('owners')?.[n] ?? '',
          fields.get('measures')?.[n] ?? '',
          fields.get('target')?.[n] ?? '',
        ],
      })
    })
    at = next - 1
  }
  if (firstGroup < 0 || !fielded || records.length < 2) return null
  // The title rows end above the first group's heading lines (the ones naming its section).
  const top = lines[firstGroup]!.index
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Section', 'Ref', 'Action', 'Owner', 'Success measures', 'Target'],
    records,
    {
      mergedRows,
      sectionRows,
      titleEvidence:
        'each numbered action, with the owner, success measure or date of the same number in the labelled lists below it',
    },
  )
}
