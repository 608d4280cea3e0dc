import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { peelRef } from './peelRef'
import { actionLabel } from './ownerAtStart'
import { ownersTaskedInParagraph } from './ownersTaskedInParagraph'

/** A heading that names the section of remedies and nothing else: "Remediations", "Our fixes", "Next steps". */
const remedyHeading =
  /^(?:our |the )?(?:remediations?|remedies|fixes|(?:corrective |remedial |follow-up )?actions|(?:next )?steps)$/i
/** A lead-in naming remedies: "Our remediations for this are:", "The fixes we made:". */
const remedyWord =
  /\b(?:remediations?|remedies|fixes|corrective actions|actions|next steps|steps|measures)\b/i
/** A heading opens with a capital or a digit and ends on a word: no full stop, colon, bracket or code span. */
const opensHeading = /^[\p{Lu}\p{N}]/u
const endsOnWord = /[\p{L}\p{N}]$/u
/** A heading names one remedy in a few words. */
const maxHeadingWords = 15
/** "… into the following domains.", "… which we'll take in turn:": a paragraph that introduces the headings below. */
const introducesBelow = /:$|\b(?:the following|as follows|in turn|listed below|set out below)\b/i
/** "… tried before.", "… nobody read.)": a paragraph's closing full stop, question or exclamation mark (or colon). */
const endsSentence = /[.!?:]["'”’)]?$/
/** At least this many remedy headings, and this many actions in all. */
const minHeadings = 2
const minActions = 3

function isHeading(text: string): boolean {
  return (
    text.length <= 200 &&
    opensHeading.test(text) &&
    endsOnWord.test(text) &&
    text.split(' ', maxHeadingWords + 1).length <= maxHeadingWords
  )
}

/**
 * Reads a one-column write-up (a post-incident review, a blog post) whose section of remedies, under a short
 * heading that names them ("Remediations", "Fixes", "Next steps"), gives each remedy as a sub-heading ("Backups
 * should be tested monthly") over one or more paragraphs explaining it. A careful reader takes each sub-heading as
 * an action, its first paragraph as the description. A sub-heading whose paragraphs hold a lead-in naming remedies
 * ("The fixes we made here are:") over lines that lost their bullets gives those lines as its actions instead, each
 * line down to the next sub-heading one action (a line ending on a word, with no paragraph of its own, is the list's
 * next item, not a sub-heading). A heading whose paragraph introduces the headings below it ("… which
 * we take in turn:") is a section over them, not a remedy; a heading with no paragraph under it is a label. The lines
 * above the first action are the title rows. Returns null unless the page is one column with no bulleted or numbered line, a heading
 * names the section as remedies, fixes, actions or steps and nothing more, and under it at least two remedy headings give three actions or more:
 * an article's ordinary sub-headings, under no such heading, are not actions.
 *
 * @example
 * readRemedyHeadings([
 *   ['Outage review'], ['Remediations'], ['We grouped the follow-up work by area.'],
 *   ['Backups should be tested monthly'], ['The restore had never been tried before the outage.'],
 *   ['Alerts must reach a person'], ['The pager went to a mailbox nobody read.'],
 *   ['Runbooks'], ['Every service gets a runbook kept beside its code.'],
 * ])?.rows.at(-1) // ['Runbooks', 'Every service gets a runbook kept beside its code.']
 */
export function readRemedyHeadings(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const cue = lines.findIndex((line) => line.text.length < 40 && remedyHeading.test(line.text))
  if (cue < 0) return null
  // A bulleted or numbered line makes the page a list, read by the readers of lists.
  for (const line of lines) {
    if (BULLET_LEAD.test(line.text) || peelRef(line.text.slice(0, 200)) !== null) return null
  }
  const records: OneColumnRecord[] = []
  const mergedRows: number[] = []
  const skippedRows: number[] = []
  let headings = 0
  let listOpen = false
  let at = cue + 1
  // The paragraphs between the cue and the first sub-heading introduce the section.
  while (at < lines.length && !isHeading(lines[at]!.text)) at++
  const intro = at
  while (at < lines.length) {
    const heading = lines[at]!
    let end = at + 1
    while (end < lines.length && !isHeading(lines[end]!.text)) end++
    const body = lines.slice(at + 1, end)
    const last = body.at(-1)
    if (last === undefined && listOpen) {
      // A line ending on a word right under a list's items, with no paragraph of its own: the list's next item.
      records.push({ index: heading.index, cells: [heading.text, '', heading.text] })
      at = end
      continue
    }
    listOpen = false
    if (last === undefined || (end < lines.length && introducesBelow.test(last.text.slice(-200)))) {
      // A label, or a section over the remedy headings below it.
      skippedRows.push(heading.index + 1, ...body.map((line) => line.index + 1))
      at = end
      continue
    }
    const lead = body.findIndex(
      (line, i) => i < body.length - 1 && line.text.endsWith(':') && remedyWord.test(line.text.slice(-200)),
    )
    if (lead >= 0) {
      // The remedies listed under the lead-in stand for the heading over them.
      skippedRows.push(heading.index + 1, ...body.slice(0, lead + 1).map((line) => line.index + 1))
      for (const item of body.slice(lead + 1))
        records.push({ index: item.index, cells: [item.text, '', item.text] })
      listOpen = true
    } else {
      // A paragraph explaining the remedy ends its sentence; a line that does not ("Find a note-taker (Ana offered)")
      // is one more item of a plain list under the heading, which is no write-up of remedies.
      if (!endsSentence.test(body[0]!.text)) return null
      // "ACTION - Add a header" under "ACTIONS": the label repeats the section's word; the remedy follows it.
      const label = actionLabel.exec(heading.text)
      const title = label === null ? heading.text : heading.text.slice(label[0].length)
      const owners = ownersTaskedInParagraph(body.map((line) => line.text))
      records.push({ index: heading.index, cells: [title, body[0]!.text, heading.text, owners.join(', ')] })
      mergedRows.push(body[0]!.index + 1)
      skippedRows.push(...body.slice(1).map((line) => line.index + 1))
    }
    headings++
    at = end
  }
  if (headings < minHeadings || records.length < minActions) return null
  // The line as written beside it keeps a short item from reading as a heading over the rows below.
  // The title, the cue and its introduction are the title rows; the header stands for the first sub-heading's row.
  const titleEnd = lines[intro]!.index
  // Who takes each remedy on, where its paragraphs name them ("Callum to add …"): an owner column.
  const owned = records.some((record) => (record.cells[3] ?? '') !== '')
  return oneColumnRecords(
    table.slice(0, titleEnd),
    titleEnd + 1,
    ['Action', 'Description', 'As written', ...(owned ? ['Owner'] : [])],
    owned
      ? records.map((record) => ({ ...record, cells: [...record.cells.slice(0, 3), record.cells[3] ?? ''] }))
      : records.map((record) => ({ ...record, cells: record.cells.slice(0, 3) })),
    {
      mergedRows,
      skippedRows: skippedRows.filter((row) => row !== titleEnd + 1),
      titleEvidence:
        'each sub-heading under a heading naming remedies ("Remediations"), with the paragraph under it as its description',
    },
  )
}
