import { loneCell } from './loneCell'

/** At least this many items numbered in order make a run-on list. */
const minItems = 3
/** An item of fewer words is a count or a clause ("2 new posts"), not a task. */
const minItemWords = 3
/** Longer cells are left as they are: a whole document run into one cell is some other layout. */
const maxCellLength = 100_000

/**
 * A number that may mark an item: at the start of the text or after a sentence's or a lead-in's end (".", ":", ";",
 * "?", "!", perhaps a closing quote or bracket), one or two digits, perhaps "." or ")", then a space and a capital
 * or an opening quote; or, written "2.", after a bracket closing the item before ("1. Redo the bios (Ana) 2. …"). Every quantifier is bounded, so a scan over a long cell is linear.
 */
const itemNumber = /(?:^|[.:;?!]["”’)]?\s{1,3}|\)\s{1,3}(?=\d{1,2}\.\s))(\d{1,2})[.)]?\s{1,3}(?=["“‘]?[A-Z])/g

/**
 * A lower-case roman numeral in brackets that may mark an item: "(i)", "(iv)", at the start of the text or after a
 * space, before the item's first letter. Bounded, so a scan over a long cell is linear.
 */
const romanNumber = /(?:^|(?<=\s))\(([ivx]{1,5})\)\s{1,3}(?=["“‘]?\p{L})/gu
const numerals = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']

/** A sentence's end inside an item's text: the place an unnumbered item after the list may start. */
const sentenceEnd = /[.;?!]\s{1,3}(?=[A-Z])/g

/**
 * A numbered list whose line breaks were lost, run on inside one paragraph as a project brief or a terms-of-reference
 * page copied from a PDF gives it: "Objectives: 1 To agree a timetable with the council. 2 To consult residents at
 * each stage. 3 To report to the council each month." A reader sees the numbers go 1, 2, 3 at the ends of
 * sentences and reads each as a line of its own. Such a lone cell is unfolded into rows: the text before the first
 * number (a lead-in, kept whole), then one row per item written "1. …", "2. …". After the last item, a sentence that
 * opens with the word every item opens with ("To close the project …" after items that each open "To …") is no part
 * of the last item: it stands on a row of its own. Only a lone cell holding items numbered 1, 2, 3 … in order (three
 * or more, each of three words or more), each number at the start or after a sentence's end, is unfolded; every
 * other row is returned as it is.
 *
 * @example
 * unfoldRunOnNumbers([['Aims: 1 To meet monthly. 2 To publish minutes online. 3 To review the plan yearly.']])
 * // [['Aims:'], ['1. To meet monthly.'], ['2. To publish minutes online.'], ['3. To review the plan yearly.']]
 */
export function unfoldRunOnNumbers(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  let out: (readonly string[])[] | null = null
  rows.forEach((row, index) => {
    const only = loneCell(row)
    const lines = only < 0 ? null : unfold(row[only]!)
    if (lines === null) {
      out?.push(row)
      return
    }
    out ??= rows.slice(0, index)
    for (const line of lines) out.push(row.map((_, c) => (c === only ? line : '')))
  })
  return out ?? rows
}

/** The lines of a cell holding a run-on numbered list, or null when it holds none. */
function unfold(text: string): string[] | null {
  if (text.length > maxCellLength || text.includes('\n')) return null
  return unfoldNumbers(text) ?? unfoldRomans(text)
}

/**
 * "3.1 Road repairs – (i) The bridge was reported – response awaited; (ii) the signs were reported too; (iii) …":
 * items marked (i), (ii), (iii) in order inside one paragraph, as minutes break an agenda item into its points. The
 * paragraph must open with the agenda item's number; its number and heading stay on a line of their own, and each
 * item keeps its mark ("(ii) the signs …").
 */
function unfoldRomans(text: string): string[] | null {
  const marks: { at: number; mark: string }[] = []
  romanNumber.lastIndex = 0
  for (let match = romanNumber.exec(text); match !== null; match = romanNumber.exec(text)) {
    if (match[1] !== numerals[marks.length]) continue
    marks.push({ at: match.index, mark: match[1]! })
  }
  if (marks.length < minItems) return null
  const items = marks.map((mark, i) => text.slice(mark.at, marks[i + 1]?.at ?? text.length).trim())
  if (items.some((item) => item.split(' ').length < minItemWords + 1)) return null
  // The points of a numbered agenda item ("3.1 Road repairs – (i) …"): a note's or a legend's clauses ("Note: (i)
  // Target dates are … (ii) Year 1 = 2019") stay one line.
  const lead = text.slice(0, marks[0]!.at).trim()
  if (!agendaItemLead.test(lead)) return null
  return [lead, ...items]
}

/** "3.1 Road repairs –", "4. Footpaths:", "12 Planning": a numbered agenda item's number and heading. Bounded. */
const agendaItemLead = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s{1,3}\S/

/** The lines of a cell whose items are numbered 1, 2, 3 … after sentences' ends, or null. */
function unfoldNumbers(text: string): string[] | null {
  const marks: { at: number; body: number }[] = []
  itemNumber.lastIndex = 0
  for (let match = itemNumber.exec(text); match !== null; match = itemNumber.exec(text)) {
    if (Number(match[1]) !== marks.length + 1) continue
    marks.push({ at: numberAt(match), body: match.index + match[0].length })
  }
  if (marks.length < minItems) return null
  const items = marks.map((mark, i) => text.slice(mark.body, marks[i + 1]?.at ?? text.length).trim())
  if (items.some((item) => item.split(' ').length < minItemWords)) return null
  const lead = text.slice(0, marks[0]!.at).trim()
  const lines = lead === '' ? [] : [lead]
  const last = items.pop()!
  const opener = commonOpener(items)
  for (const [i, item] of items.entries()) lines.push(`${i + 1}. ${item}`)
  const [numbered, ...unnumbered] = opener === null ? [last] : splitAtOpener(last, opener)
  lines.push(`${items.length + 1}. ${numbered}`, ...unnumbered)
  return lines
}

/** Where a match's number starts: after the sentence end and spaces it consumed. */
function numberAt(match: RegExpExecArray): number {
  let at = match.index
  while (at < match.index + match[0].length && !/\d/.test(match[0][at - match.index]!)) at++
  return at
}

/** The first word every item opens with ("To"), or null when they open differently. */
function commonOpener(items: readonly string[]): string | null {
  let opener: string | null = null
  for (const item of items) {
    const first = item.slice(0, item.indexOf(' ') < 0 ? item.length : item.indexOf(' '))
    if (opener !== null && first !== opener) return null
    opener = first
  }
  return opener !== null && /^[A-Z][a-z]{1,14}$/.test(opener) ? opener : null
}

/** The last item's text split before each later sentence that opens with `opener`: the item, then the others. */
function splitAtOpener(text: string, opener: string): string[] {
  const parts: string[] = []
  let start = 0
  sentenceEnd.lastIndex = 0
  for (let match = sentenceEnd.exec(text); match !== null; match = sentenceEnd.exec(text)) {
    const next = match.index + match[0].length
    if (text.startsWith(`${opener} `, next)) {
      parts.push(text.slice(start, match.index + 1).trim())
      start = next
    }
  }
  parts.push(text.slice(start).trim())
  return parts
}
