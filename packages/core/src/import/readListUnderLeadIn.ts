import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { peelRef } from './peelRef'
import { statusFromLeadIn } from './statusFromLeadIn'
import { workForPeriod } from './workForPeriod'

/** A lead-in that announces the work listed below it: "the things we are doing", "actions we can take", "the steps
 * we are taking". A list of reasons or findings ("… for the following reasons:") announces no work. */
const announcesWork =
  /\b(?:actions?|steps|things|initiatives|commitments|measures|we (?:are|will|have)|doing|taking|acties|maatregelen)\b/i
/** "We aim to:", "We will:", "We commit to:", "Our team pledges to:": a short pledge whose list is the work promised. */
const pledgeLeadIn =
  /^(?:we|our\s{1,3}[a-z]{2,20})\s{1,3}(?:aims?|will|commits?|intends?|plans?|pledges?|promises?)(?:\s{1,3}to)?\s{0,2}:$/i
/** "… make this service accessible by:": a lead-in naming the ways a goal is met, each item below one of them. */
const meansLeadIn = /\sby:$|\bin\s(?:the\sfollowing|these)\sways:$/i
/** "This page was checked on 3 May. It was reviewed in June.": two sentences on one line, a paragraph, never an item. */
const twoSentences = /[.!?]\s{1,3}\p{Lu}/u
/** A closing line that points back at the list ("feedback on any of the initiatives above", "these actions"). */
const pointsBack =
  /\b(?:above|(?:these|this|the listed) (?:actions?|steps|initiatives|commitments|items|list))\b/i
/** A closing line that sends the reader elsewhere for more ("You can read more about our policy here"). Anchored. */
const pointsElsewhere =
  /^(?:you can |please )?(?:read|find out|learn) more\b|^for more (?:information|details)\b/i
/** "Corrective Action Plan Deliverables", "Deliverables", "Next steps", "Planned actions": a heading, no colon, that
 * names the lines under it as the plan's work. A few words before the noun. Bounded. */
const workHeading =
  /^(?:[A-Za-z-]{1,20}\s{1,3}){0,4}(?:deliverables|actions)$|^(?:next|planned|agreed)\s{1,3}(?:steps|actions)$/i
/** An item of such a list says something: at least this many words (a shorter line is a heading). */
const minItemWords = 5
/** In a list of phrases opening with a word in -ing ("Reviewing our protocols"), an item may be this short. */
const minPhraseWords = 3
/** "Reviewing", "Expanding": a capitalised word in -ing opening a line. */
const ingWord = /^[A-Z][a-z]{2,20}ing\s/
/** A lead-in is a sentence of at least this many words. */
const minLeadWords = 6
/** At least this many items. */
const minItems = 3
/**
 * "… by 1 September 2023:", "… op 1 september 2023:", "… before March 2032:": the day or month a lead-in sets for its
 * whole list, at its end, group 1 the date as written. Anchored at the end, bounded runs only.
 */
const leadInDeadline =
  /\s(?:by|before|on|op|voor|uiterlijk|bis)\s{1,3}((?:\d{1,2}\.?\s{1,3})?\p{L}{3,9}\.?\s{1,3}\d{4})\s{0,2}:$/u
/** "by March 2032", "before 2031": an item's own deadline, which wins over the period of its lead-in. */
const ownDeadline =
  /\b(?:by|before|until)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3})?(?:[A-Z][a-z]{2,8}\s{1,3})?(?:19|20)\d{2}\b/

/**
 * Reads a one-column page that lists its actions one a line, with no bullets or numbers, under one lead-in ending in
 * a colon, as a research group's, a society's or a department's web post lists what it is doing: "We are listing a
 * few of the things we are doing to promote equity:" over "We have taken anti-racism training", "We fund two summer
 * placements a year for local school students", … and, last, "We welcome comments on any of the steps above." (the
 * bullets were lost when the page was copied). Each line below the lead-in is an action titled as written, however
 * short or long; a last line that points back at the list ("… above", "these actions") or sends the reader elsewhere
 * ("You can read more about our policy here") closes it and is not one. A list of phrases opening with a word in -ing
 * ("Expanding our outreach work", "Reviewing hiring rules") may hold items of three or four words. A lead-in naming
 * the ways the work is done ("… by:", "… in the following ways:") announces it too. A lead-in naming the period of
 * its list ("Actions for the 2031/32 year include:") gives each item that period as its target, unless the item
 * names its own deadline ("by March 2032"); a last paragraph of two sentences or more under a list of phrases that
 * close no sentence is the page going on, not an item.
 * The lead-in and the lines above it are the title rows. A roadmap looked back on writes what came of each item on
 * the line under it, in the first person ("We have completed the new viewer, …", "We've not begun this yet."):
 * when three or more such report lines each sit right under a line that is not one, each is the progress of the item
 * above it (read for its status), not an item of its own. A page with no colon may lead its list in with a
 * heading naming the work instead ("Corrective Action Plan Deliverables", "Next steps"): its one such heading is the
 * lead-in, and only the lines below it must be unnumbered. Returns null unless the page is one column, its only line
 * ending in a colon is the lead-in, a sentence of six words or more that names the work ("actions", "steps", "things we are doing") or a short pledge ("We aim to:", "We will:", "We commit to:"), no line is bulleted or numbered, and at least three lines of five words or more follow it.
 *
 * @example
 * readListUnderLeadIn([
 *   ['Our equity work'], ['These are the things we are doing this year:'], ['We have taken anti-racism training together'],
 *   ['We fund two summer placements for local students'], ['We share our hiring rubric with other labs'],
 * ])?.rows[3] // ['We have taken anti-racism training together', 'We have taken anti-racism training together']
 */
/** "We have …", "We've …": a line that reports, in the first person, what has come of the work. */
const outcomeReport = /^we(?: have|'ve|’ve) /i

function reportsOutcome(text: string): boolean {
  return outcomeReport.test(text)
}

export function readListUnderLeadIn(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  const allColons = lines.filter((line) => line.text.endsWith(':'))
  // Labels above the list ("Aimed at objectives:" over the objectives) leave it to its last lead-in when that one
  // names the actions and the day they are done by ("The actions below are done by 1 September 2031:").
  const lastColon = allColons.at(-1)
  const colons =
    allColons.length > 1 &&
    lastColon !== undefined &&
    leadInDeadline.test(lastColon.text.slice(-200)) &&
    announcesWork.test(lastColon.text.slice(-1_000))
      ? [lastColon]
      : allColons
  // With no colon on the page, a heading naming the lines under it as the work ("Corrective Action Plan
  // Deliverables") leads them in, as a colon would: the page's one such heading.
  const headings = colons.length === 0 ? lines.filter((line) => workHeading.test(line.text)) : []
  const leads = colons.length === 0 ? headings : colons
  if (leads.length !== 1) return null
  const lead = lines.indexOf(leads[0]!)
  // A sentence that announces the list; a bare label ("Actions:", "Action items:") is a minutes' heading, read by
  // the readers of minutes.
  const leadIn = leads[0]!.text
  if (
    headings.length === 0 &&
    !pledgeLeadIn.test(leadIn) &&
    (leadIn.split(' ', minLeadWords).length < minLeadWords ||
      !(announcesWork.test(leadIn.slice(-1_000)) || meansLeadIn.test(leadIn)))
  )
    return null
  let items = lines.slice(lead + 1)
  // A closing section, a short heading over a paragraph of two sentences or more ("About this page" over "This page
  // was checked on 3 May. It was …"), ends the page: neither is an item.
  const after: number[] = []
  const last = items.at(-1)
  const beforeLast = items.at(-2)
  if (
    items.length > minItems + 1 &&
    twoSentences.test(last!.text.slice(0, 1_000)) &&
    !/[.!?:,;]$/.test(beforeLast!.text) &&
    !twoSentences.test(beforeLast!.text.slice(0, 1_000))
  ) {
    after.push(beforeLast!.index + 1, last!.index + 1)
    items = items.slice(0, -2)
  }
  // A paragraph of two sentences or more after a list of phrases, none closing as a sentence, is the page going on
  // about something else ("We have mapped … We also review …"), not one more item.
  const tail = items.at(-1)
  if (
    after.length === 0 &&
    items.length > minItems &&
    twoSentences.test(tail!.text.slice(0, 1_000)) &&
    items.slice(0, -1).every((line) => !/[.!?;]$/.test(line.text))
  ) {
    after.push(tail!.index + 1)
    items = items.slice(0, -1)
  }
  const closing = items.at(-1)
  const closed =
    closing !== undefined &&
    items.length > minItems &&
    (pointsBack.test(closing.text.slice(0, 1_000)) || pointsElsewhere.test(closing.text))
  if (closed) items = items.slice(0, -1)
  if (items.length < minItems) return null
  // Under a heading, only the list's own lines must be unnumbered: a title above may open with a code ("18F …").
  for (const line of headings.length === 0 && colons.length === allColons.length ? lines : items) {
    if (BULLET_LEAD.test(line.text) || peelRef(line.text.slice(0, 200)) !== null) return null
  }
  // A list of "-ing" phrases ("Expanding our outreach", "Reviewing recruitment protocols"), half its items or more
  // so, keeps a short phrase of that form an item: a heading among them would not share their verb form.
  const phrases = items.filter((line) => ingWord.test(line.text)).length * 2 >= items.length
  const isItem = (text: string): boolean =>
    text.split(' ', minItemWords).length >= minItemWords ||
    (phrases && ingWord.test(text) && text.split(' ', minPhraseWords).length >= minPhraseWords)
  if (items.some((line) => !isItem(line.text))) return null
  const top = lines[lead + 1]!.index
  // A report in the first person ("We have completed …", "We've begun …") right under a line that is none: what
  // came of that item, its progress, when the page does so three times or more.
  const reports = items.map(
    (line, i) => i > 0 && reportsOutcome(line.text) && !reportsOutcome(items[i - 1]!.text),
  )
  const noted = reports.filter(Boolean).length >= minItems
  // The line as written beside it keeps a short item ("We run a summer school") from reading as a heading.
  const records: { index: number; cells: string[] }[] = []
  const mergedRows: number[] = []
  // "The issues the audit found have been fixed." over the fixes: a sentence reporting work done, after the first
  // items and over two or more, leads in the items below it, which take its state.
  let state = ''
  // "Actions for the 2031/32 year include:": every item is due at the end of that period, unless it names its own.
  const period = workForPeriod(leadIn) ?? leadInDeadline.exec(leadIn.slice(-200))?.[1] ?? null
  items.forEach((line, i) => {
    const reported =
      i >= minItems && items.length - i > 2 && line.text.endsWith('.') ? statusFromLeadIn(line.text) : null
    if (reported !== null) {
      state = reported.text
      mergedRows.push(line.index + 1)
    } else if (noted && reports[i]) {
      records.at(-1)!.cells[2] = line.text
      mergedRows.push(line.index + 1)
    } else
      records.push({
        index: line.index,
        cells: [
          line.text,
          line.text,
          state,
          period === null ? '' : (ownDeadline.exec(line.text)?.[0] ?? period),
        ],
      })
  })
  const skippedRows = [...(closed ? [closing.index + 1] : []), ...after]
  return oneColumnRecords(
    table.slice(0, top),
    top + 1,
    ['Action', 'As written', 'Progress', 'Target'],
    records,
    {
      mergedRows,
      ...(skippedRows.length > 0 ? { skippedRows } : {}),
      titleEvidence:
        'each line under the lead-in ending in a colon, one action a line (a list without its bullets)',
    },
  )
}
