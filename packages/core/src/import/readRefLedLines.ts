import { type PageLine, pageLines } from './oneColumnRecords'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import type { StatusState } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { readColourLegend } from './readColourLegend'
import { ITEM_NUMBER } from './itemMark'
import { peelRef } from './peelRef'
import { wholePlanOwner } from './wholePlanOwner'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { itemFieldLine } from './itemFieldLine'
import { nameBeforeProgress } from './nameBeforeProgress'

/** A bullet mark and its spaces before an item's ref ("• C1  Put in place …"). */
const leadingBullet = new RegExp(`^\\s{0,8}[${BULLET_MARKS}]\\s{1,8}`)
/** A line that ends a sentence: prose, not a heading. */
const endsSentence = /[.!?;]["'”’)]?$/
/** "Green = Target achieved", "Sample metrics: …", "Lead entities: …": a label of a few words, then `=` or `:`. */
const labelLine = /^[^\s:=]{1,30}(?:\s[^\s:=]{1,30}){0,4}\s{0,3}[:=]\s{0,3}\S/
/** The first one to four words of a line, up to a full stop, colon or spaced dash ("Amber. …", "On track – …"). */
const statusLead = /^((?:[^\s.:;]{1,20}\s){0,3}[^\s.:;]{1,20})(?:[.:;]|\s[–—-]\s|$)/
/** How a state from the colour legend is written in the status column. */
const stateLabels: Partial<Record<StatusState, string>> = {
  complete: 'Complete',
  'in-progress': 'In progress',
  'not-started': 'Not started',
}
/** At least this many ref-led lines make a list. */
const minItems = 3
/** An item's text has at least this many words: "C1 Board" is a label, not a recommendation. */
const minWords = 3

interface Item {
  readonly index: number
  readonly ref: string
  title: string
  readonly notes: string[]
  /** Owners and target given by label lines under the item ("Agency responsible: …", "Timeframe: …"). */
  owners?: string
  target?: string
  /** The bodies listed one a line under an item that asks "the following bodies" to act. */
  named?: string[]
}

/** "the following entities", "the following bodies": an item about to list, one a line, who is asked to act.
 * Bounded: a word of letters after "following". */
const followingBodies =
  /\bthe following (?:entities|bodies|agencies|organisations|organizations|departments|councils|authorities|partners|institutions)\b/i

/** Whether an item's text lists, on the lines under it, the bodies it asks to act. */
function namesFollowingBodies(title: string): boolean {
  return followingBodies.test(title.slice(0, 400)) && !endsSentence.test(title)
}

/**
 * Reads a one-column page whose actions are the lines opening with a ref ("1.1 Review the forms …", "• C4 Trustees
 * to consider …", "2. Reducing the number of complaints …"), as a web page or a report's appendix lists them: a
 * careful reader takes the numbered lines as the actions and everything else by where it stands. The lines above
 * the first item are the title, lead paragraphs and quoted advice; a line between items that ends a sentence is a
 * note on the item above (its progress: "Amber. Benchmark data captured."), and a label line naming a field
 * ({@link itemFieldLine}: "Status: On track", "Agency responsible: …") gives the item above that field, as
 * government progress reports list each action; the same labels right after the last item are still its own. Any
 * other line between items that does not end a sentence is a theme heading
 * over the items below; after the last item, a label line ("Lead entities: …", "Green = Target achieved") starts
 * the page's footer. An owner named for the whole list, by a label ("Lead entities: …") or a sentence ("The officer
 * championing this priority is the President."), is every item's owner.
 *
 * The refs must number one list: the same shape (`1`, `1.1`, `C1`), each one more than the last (or back to 1 when
 * an upper part moves on), at least three of them. A page of numbered themes over bulleted steps is another layout,
 * so a bulleted line that is not an item rejects the page. Returns null for any other layout.
 *
 * @example
 * readRefLedLines([
 *   ['Our actions:'], ['1. Review the monitoring forms'], ['On track.'], ['2. Publish the data yearly'],
 *   ['3. Train every recruiting panel'], ['Lead: HR'],
 * ])?.rows[2] // ['1', 'Review the monitoring forms', 'On track.', 'HR']
 */
export function readRefLedLines(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  // A line cut into cells at a comma the export did not quote is joined back.
  if (lines === null) return null
  // Each line is peeled once for both readings of its numbering.
  const led = refLedLines(lines)
  const counted = refLedItems(led, follows)
  // A report's recommendations keep the numbers of the paragraphs they stand in ("3.14", "3.20", "3.41"): one
  // chapter's numbers, rising with gaps.
  const items = counted.length >= minItems ? counted : refLedItems(led, nextParagraph)
  if (items.length < minItems) return null
  // A progress update's items name the work, then say how it stands ("Health and Wellness Committee: the committee
  // has run …"): when half the items or more are so written, each name is the title and its progress a note.
  const named = items.map((item) => nameBeforeProgress(item.title))
  if (named.filter((split) => split !== null).length * 2 >= items.length) {
    items.forEach((item, at) => {
      const split = named[at]
      if (split == null) return
      item.title = split.name
      item.notes.unshift(split.progress)
    })
  }

  // Every other line below the first item: a note, a heading, or (after the last item, from its first label
  // line on) the page's footer.
  const headings: number[] = []
  const footer: { index: number; text: string }[] = []
  const last = items[items.length - 1]!.index
  // Labels of lines under the items before the last that give a field ("Status: On track"): the same labels right
  // after the last item are still that item's, not the page's footer.
  const itemLabels = new Set<string>()
  let current = -1
  for (const line of lines) {
    if (current + 1 < items.length && line.index === items[current + 1]!.index) {
      current++
      continue
    }
    if (current < 0) continue
    const labelled = footer.length > 0 ? null : itemFieldLine(line.text)
    if (labelled !== null && (line.index < last || itemLabels.has(labelled.label.toLowerCase()))) {
      const item = items[current]!
      if (line.index < last) itemLabels.add(labelled.label.toLowerCase())
      if (labelled.field === 'status') item.notes.unshift(labelled.value)
      else if (item[labelled.field] === undefined) item[labelled.field] = labelled.value
      continue
    }
    if (footer.length > 0 || (line.index > last && labelLine.test(line.text))) {
      footer.push(line)
      continue
    }
    // A numbered or bulleted line that is not the next item: lists nested in lists are another layout.
    if (leadingBullet.test(line.text) || peelRef(line.text) !== null) return null
    // "… that the following bodies report by June" over one name a line: the bodies asked are the item's owners.
    const item = items[current]!
    if (!endsSentence.test(line.text) && (item.named !== undefined || namesFollowingBodies(item.title))) {
      item.named = [...(item.named ?? []), line.text]
      continue
    }
    if (opensWithStatus(line.text)) items[current]!.notes.push(line.text)
    else if (line.index < last && !endsSentence.test(line.text)) headings.push(line.index)
    // Prose between or after the items (objectives over unnumbered actions, a summary list above the
    // page's text) is another layout.
    else return null
  }

  // The short line right above the first item heads the first group when the page has headings between items.
  const above = lines[lines.findIndex((line) => line.index === items[0]!.index) - 1]
  const firstHeading =
    headings.length > 0 && above !== undefined && !endsSentence.test(above.text) && !above.text.endsWith(':')
  if (firstHeading) headings.unshift(above.index)
  const top = firstHeading ? above.index : items[0]!.index
  const owners = [...lines.filter((line) => line.index < top), ...footer]
    .map((line) => wholePlanOwner(line.text))
    .filter((owner) => owner !== null)
  const owner = owners.length === 1 ? owners[0]! : ''
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  // Without an owner named for the list, no owners column: each action may name its own ("Board to amend …").
  // The page's key to its colours ("Amber = Some progress made …") says what an "Amber." note means: its state
  // goes in a status column, the note itself in a notes column.
  const legend = readColourLegend(
    [...lines.filter((line) => line.index < top), ...footer].map((line) => line.text),
  )
  const progress = legend.size > 0 ? ['Status', 'Notes'] : ['Progress']
  const statusOf = (notes: readonly string[]): string[] => {
    if (legend.size === 0) return [notes.join('\n')]
    const colour = /^[A-Za-z]{1,10}/.exec(notes[0] ?? '')?.[0] ?? ''
    const state = legend.get(colour.toLowerCase())
    // "Amber – In progress": the colour the authors gave, and what their key says it means.
    return [state === undefined ? '' : `${colour} – ${stateLabels[state] ?? state}`, notes.join('\n')]
  }
  // Bodies listed under an item own it; with them in a column, the other items' owners are read from their own
  // words, as they would be without one ("… recommends that the Office reviews …").
  if (owner === '' && items.some((item) => item.named !== undefined && item.owners === undefined))
    for (const item of items)
      item.owners ??= item.named?.join('\n') ?? ownersNamedAsSubject(item.title).join('\n')
  const ownLeads = items.some((item) => item.owners !== undefined)
  const ownTargets = items.some((item) => item.target !== undefined)
  const header = [
    'Ref',
    'Action',
    ...progress,
    ...(owner === '' && !ownLeads ? [] : ['Lead']),
    ...(ownTargets ? ['Target date'] : []),
  ]
  rows.push(header)
  sourceRows.push(top + 1)
  const mergedRows: number[] = []
  const headingRows = new Set(headings)
  const itemAt = new Map(items.map((item) => [item.index, item]))
  for (const line of lines) {
    if (line.index < top) continue
    const item = itemAt.get(line.index)
    if (item !== undefined)
      rows.push([
        item.ref,
        item.title,
        ...statusOf(item.notes),
        ...(owner === '' && !ownLeads ? [] : [item.owners ?? owner]),
        ...(ownTargets ? [item.target ?? ''] : []),
      ])
    else if (headingRows.has(line.index)) rows.push([line.text, ...header.slice(1).map(() => '')])
    else continue
    sourceRows.push(line.index + 1)
  }
  const placed = new Set([
    ...items.map((item) => item.index),
    ...headings,
    ...footer.map((line) => line.index),
  ])
  for (const line of lines) if (line.index >= top && !placed.has(line.index)) mergedRows.push(line.index + 1)
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows,
    skippedRows: footer.map((line) => line.index + 1),
    titleEvidence: 'the lines of a one-column page that open with a ref (1, 1.1, C1), numbered as one list',
  }
}

/** "Amber. Benchmark data captured.", "Complete: report sent": a line whose first few words are a status or a RAG
 * colour, before a full stop, colon or dash. */
function opensWithStatus(text: string): boolean {
  const lead = statusLead.exec(text)?.[1]
  if (lead === undefined) return false
  const status = parseStatus(lead)
  return status.state !== 'unknown' || status.reportedRag !== null
}

/** A plain ref: a letter at most, then an item's number and its parts. */
const refParts = new RegExp(String.raw`^[A-Za-z]?(${ITEM_NUMBER}(?:\.\d{1,3}){0,3})$`)

/** "1.2" → [1, 2], "C3" → [3], "2.3(b)" → null: the numbers of a plain ref, or null for a lettered one. */
function refNumbers(ref: string): number[] | null {
  const match = refParts.exec(ref)
  return match === null ? null : match[1]!.split('.').map(Number)
}

/** Each number of a ref. */
const itemNumbers = new RegExp(ITEM_NUMBER, 'g')

/** "C12" → "C9", "1.10" → "9.9": a ref with its numbers blanked, so refs of one list share it. */
function shapeOf(ref: string): string {
  return ref.replace(itemNumbers, '9').toUpperCase()
}

/**
 * The lines that open with a ref and number one list, each ref coming after the one before by `next` (the first:
 * any ref `next` takes after none).
 */
function refLedItems(
  lines: readonly RefLedLine[],
  next: (before: readonly number[] | null, numbers: readonly number[]) => boolean,
): Item[] {
  const items: Item[] = []
  let shape: string | null = null
  let before: readonly number[] | null = null
  for (const line of lines) {
    if (before !== null && line.shape !== shape) continue
    if (!next(before, line.numbers)) continue
    shape = line.shape
    before = line.numbers
    items.push({ index: line.index, ref: line.ref, title: line.rest, notes: [] })
  }
  return items
}

/** A line opening with a plain ref ("2.3 Review the rota"), its numbers and its shape. */
interface RefLedLine {
  readonly index: number
  readonly ref: string
  readonly rest: string
  readonly numbers: readonly number[]
  readonly shape: string
}

/** The lines that open with a plain ref and say enough after it to be an item. */
function refLedLines(lines: readonly { readonly index: number; readonly text: string }[]): RefLedLine[] {
  const led: RefLedLine[] = []
  for (const line of lines) {
    const peeled = peelRef(line.text.replace(leadingBullet, ''))
    const numbers = peeled === null ? null : refNumbers(peeled.ref)
    if (peeled === null || numbers === null || peeled.rest.split(' ').length < minWords) continue
    led.push({ index: line.index, ref: peeled.ref, rest: peeled.rest, numbers, shape: shapeOf(peeled.ref) })
  }
  return led
}

/** Whether `numbers` is a paragraph number of the same chapter as `before` and later in it ("2.14" after "2.9"):
 * two parts, the first the same, the second higher. */
function nextParagraph(before: readonly number[] | null, numbers: readonly number[]): boolean {
  if (numbers.length !== 2) return false
  return before === null || (numbers[0] === before[0] && numbers[1]! > before[1]!)
}

/** Whether `numbers` comes right after `before` in one list: the last part one more, or an upper part one more
 * and the parts below it back at 1. */
function follows(before: readonly number[] | null, numbers: readonly number[]): boolean {
  if (before === null) return numbers.at(-1) === 1
  for (let level = numbers.length - 1; level >= 0; level--) {
    const same = numbers.slice(0, level).every((n, i) => n === before[i])
    const rest = numbers.slice(level + 1).every((n) => n === 1)
    if (same && rest && numbers[level] === before[level]! + 1) return true
  }
  return false
}
