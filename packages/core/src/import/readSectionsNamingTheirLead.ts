import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/** At least this many sections, each naming its lead over at least one item, make the layout. */
const minSections = 2
/** At most this many lines of prose sit between a section's heading and the sentence naming its lead. */
const maxProseLines = 3
/** A lead's name is short: at most this many words. */
const maxNameWords = 6

/** What a section's sentence says its lead has charge of: the section itself, pointed back at with "this". */
const thisWork = String.raw`[Tt]his\s(?:project|work|workstream|work\s?stream|effort|initiative|area|programme|program|theme|strand)\b`
/** "The Packaging group is in charge of this project", "Estates team is responsible for this work": the lead is the
 * subject. The name is a capital and at most five more words, so the match is bounded. */
const leadAsSubject = new RegExp(
  String.raw`^(?:[Tt]he\s)?([A-Z][\w&.'’-]*(?:\s[\w&.'’-]+){0,${maxNameWords - 1}}?)\s(?:is|are)\s(?:in\scharge\sof|responsible\sfor|accountable\sfor|leading|driving)\s${thisWork}`,
)
/** "This workstream is led by the Records group.": the lead after "by". */
const leadAfterBy = new RegExp(
  String.raw`^${thisWork}\s(?:is|will\sbe)\s(?:led|owned|run|coordinated|driven)\sby\s(?:[Tt]he\s)?([A-Z][\w&.'’-]*(?:\s[\w&.'’-]+){0,${maxNameWords - 1}})[.!]?$`,
)

/** Subjects that name no one: "Nobody is responsible for this work", "It is …", "We are …". */
const nobody = /^(?:nobody|no one|none|everyone|everybody|we|it|this|that|they|there)$/i

/** A sentence break: a full stop, "!" or "?", then a space. */
const sentenceBreak = /(?<=[.!?])\s+/

/**
 * The lead a paragraph names as in charge of the work it introduces, in any of its sentences: "The Packaging group is
 * in charge of this project." → "Packaging group"; "This workstream is led by the Records group." → "Records group";
 * null when no sentence says so.
 *
 * @example
 * leadInChargeOf('Stable installs need signed packages. The Packaging group is in charge of this project.') // 'Packaging group'
 */
export function leadInChargeOf(paragraph: string): string | null {
  if (paragraph.length > 2000 || !/\bthis\s/i.test(paragraph)) return null
  for (const sentence of paragraph.split(sentenceBreak)) {
    const match = leadAsSubject.exec(sentence) ?? leadAfterBy.exec(sentence)
    // A name's last word may carry the sentence's full stop ("… by the Records group.").
    if (match === null) continue
    const lead = match[1]!.replace(/[.!]$/, '')
    if (!nobody.test(lead)) return lead
  }
  return null
}

/** A line of prose: it ends a sentence. */
const endsSentence = /[.!?]["'”’)]?$/

/**
 * Reads a one-column page of work sections, each a heading over a paragraph that names who is in charge of the
 * section's work, then its deliverables one a line, as open-source projects' and programmes' roadmap pages write
 * their workstreams:
 *
 * ```text
 * Packaging: version 1
 * Stable installs need signed packages. The Packaging group is in charge of this project.
 * Signed packages for the two main Linux families
 * A shared scheme for version numbers
 * Security
 * The Security group is responsible for this work.
 * Faster triage of reported flaws.
 * ```
 *
 * Each line under the paragraph, up to the next section's heading, is one action, titled as written and owned by the
 * lead the paragraph names ("The … is in charge of this project", "… is responsible for this work", "This workstream
 * is led by …"); the heading is its `section`. The heading is the line above the paragraph that does not end a
 * sentence (the paragraph may run over up to three lines). Lines above the first heading are the title rows.
 * Returns null unless the page is one column and at least two sections name their lead, each over an item.
 *
 * @example
 * readSectionsNamingTheirLead([
 *   ['Roadmap'], ['Packaging'], ['The Packaging group is in charge of this project.'], ['Signed packages'],
 *   ['Security'], ['The Security group is responsible for this work.'], ['Faster triage'],
 * ])?.rows.slice(1) // [['Action', 'Owner', 'Section'], ['Signed packages', 'Packaging group', 'Packaging'], …]
 */
export function readSectionsNamingTheirLead(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null) return null
  // Each section: its heading's line, the line naming its lead, and the lead.
  const sections: { heading: number; paragraphEnd: number; lead: string }[] = []
  for (let at = 0; at < lines.length; at++) {
    const lead = leadInChargeOf(lines[at]!.text)
    if (lead === null) continue
    let heading = at - 1
    while (heading > at - 1 - maxProseLines && heading >= 0 && endsSentence.test(lines[heading]!.text))
      heading--
    const floor = sections.length === 0 ? 0 : sections[sections.length - 1]!.paragraphEnd + 1
    if (heading < floor || endsSentence.test(lines[heading]!.text)) return null
    sections.push({ heading, paragraphEnd: at, lead })
  }
  if (sections.length < minSections) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const skippedRows: number[] = []
  for (const [i, section] of sections.entries()) {
    const end = i + 1 < sections.length ? sections[i + 1]!.heading : lines.length
    if (end <= section.paragraphEnd + 1) return null
    const headingText = lines[section.heading]!.text
    sectionRows.push(lines[section.heading]!.index + 1)
    for (let at = section.heading + 1; at <= section.paragraphEnd; at++)
      skippedRows.push(lines[at]!.index + 1)
    for (let at = section.paragraphEnd + 1; at < end; at++) {
      const line = lines[at]!
      records.push({ index: line.index, cells: [line.text, section.lead, headingText] })
    }
  }
  const top = lines[sections[0]!.heading]!.index
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Owner', 'Section'], records, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence:
      'each line under a section’s paragraph naming who is in charge of it ("… is in charge of this project")',
  })
}
