import { parseTargetDate } from '../dates/parseTargetDate'
import { BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { withoutCriterionNumbers } from './withoutCriterionNumbers'
import { ITEM_NUMBER } from './itemMark'

/** Words only an accessibility statement's section on non-accessible content uses. */
const statementCue = /\b(?:non-accessible|not accessible|accessibility|wcag|success criterion)\b/i

/** "1. ", "2) ": a numbered problem. */
const numbered = new RegExp(`^(${ITEM_NUMBER})[.)]\\s+`)

/** "We plan to …", "We'll …", "We will …", "We intend to …", "We aim to …", "We expect to …": a planned fix. */
const plannedFix =
  /^we(?:[’']ll|\s{1,3}will|\s{1,3}plan\s{1,3}to|\s{1,3}intend\s{1,3}to|\s{1,3}aim\s{1,3}to|\s{1,3}expect\s{1,3}to)\s/i

/**
 * Where the planned fix that closes a problem's paragraph starts ("Radio buttons are not labelled. This fails WCAG
 * 2.2 success criterion 1.3.1 (A). We plan to fix this by 30/03 2024." → the index of "We plan …"), else -1. Only the
 * last sentence is tried: the fix closes the paragraph.
 */
function closingFixAt(text: string): number {
  const at = text.lastIndexOf('. ')
  if (at < 0) return -1
  // "… (A). We plan to fix this by May 2025." — the full stop may close a bracket or a quotation.
  const start = at + 2
  return plannedFix.test(text.slice(start)) ? start : -1
}

/** "- Buttons need accessible names": a bulleted failure or check, and its text. */
const bullet = new RegExp(`^[${BULLET_MARKS}]\\s{1,4}(\\S.*)$`)

/**
 * "We plan to fix these issues by …", "We will fix them in …", "We plan to fix the accessibility issues in the
 * content by …": a fix for the list just above it.
 */
const forTheList = /\b(?:these|them|those|the above|the accessibility (?:issues|problems|failures))\b/i

/** A planned fix for the list of `size` failures above it ("We plan to fix these issues by …"). */
function closesList(text: string, size: number): boolean {
  return plannedFix.test(text) && fixesTheList(text, size)
}

/** "We plan to resolve this by …": after two or more failures, "this" is the list as a whole. */
const forThis = /\bthis\b/i

/** Whether a planned fix after a list of `size` failures is the fix for all of them. */
function fixesTheList(fix: string, size: number): boolean {
  return forTheList.test(fix) || (size >= 2 && forThis.test(fix))
}

/** "… the following manual tests by …", "… by March 2021:": a sentence that introduces the list below it. */
const introducesList = /\bthe following\b|:$/i

/**
 * "Live Services also plan to …", "The Digital Team will …": the team a planned-work sentence names as its subject,
 * up to five capitalised words. Bounded, no nested quantifiers.
 */
const subjectPlans =
  /^(?:The\s)?((?:[A-Z][\w&’'.-]{0,30}\s){1,5})(?:team\s)?(?:also\s)?(?:plans?\s{1,3}to|intends?\s{1,3}to|aims?\s{1,3}to|expects?\s{1,3}to|will)\s/

/** The owner a dated lead-in names ("Live Services also plan to …" → "Live Services"); '' for "We …". */
function leadInSubject(text: string): string | null {
  if (plannedFix.test(text)) return ''
  const match = subjectPlans.exec(text)
  return match === null || /^we\s$/i.test(match[1]!) ? null : match[1]!.trim()
}

/** "… This fails WCAG 2.1 AA success criterion 1.3.1 (info and relationships).": a line stating one failure. */
const failsCriterion = /\bfails\s{1,3}WCAG\b/i

/** A list item among a statement's failures: its number ('' for a bullet) and its text. */
interface ListItem {
  readonly ref: string
  readonly text: string
}

/**
 * A list item among a statement's failures: a bulleted line's text after its marker; a numbered problem that names
 * no date of its own ("3. Some charts have no text alternative. This fails WCAG 2.2 success criterion 1.1.1."),
 * whose number is its ref; or a line stating a failure ("Some pages have two H1 elements. This fails WCAG 2.1 AA
 * success criterion 1.3.1.") whose list marker the export dropped, when it gives no fix of its own; else null.
 */
function listItemOf(text: string): ListItem | null {
  const marked = bullet.exec(text)
  if (marked !== null) return { ref: '', text: marked[1]! }
  const number = numbered.exec(text)
  if (number !== null) {
    const rest = text.slice(number[0].length)
    // "2. Emails": a numbered heading is a section, not a failure.
    return dueOf(rest) === null && !isHeading(rest) ? { ref: number[1]!, text: rest } : null
  }
  if (!failsCriterion.test(text) || plannedFix.test(text)) return null
  return closingFixAt(text) < 0 ? { ref: '', text } : null
}

/** Per line, the end of the run of list items starting there (the index after its last line; itself if none). */
function bulletRunEnds(items: readonly (ListItem | null)[]): number[] {
  const ends = new Array<number>(items.length + 1)
  ends[items.length] = items.length
  for (let at = items.length - 1; at >= 0; at--) {
    ends[at] = items[at] !== null ? ends[at + 1]! : at
  }
  return ends
}

/** A heading names its subject in a few words, without a sentence's full stop. */
const maxHeadingWords = 8

/**
 * The due date a line names ("by January 2023", "in December 2023", "in 2023"), else null. The numbers of the
 * criteria a failure cites ("success criterion 1.4.11") are never its date.
 */
function dueOf(text: string): string | null {
  const target = parseTargetDate(withoutCriterionNumbers(text))
  return target.kind === 'due' || target.kind === 'range' ? target.due : null
}

/** The words closing a fix sentence that give its date: "the end of January 2023", "December 2023". */
const closingPrepositions = [' by ', ' in ', ' before ', ' until '] as const

/**
 * The date phrase a line ends with ("… plan to fix it in February 2023." → "February 2023"), or the whole line when
 * its date is not in a closing phrase. The phrase must read as the same date as the line.
 */
function datePhrase(line: string, due: string): string {
  const tail = line.slice(-60)
  let at = -1
  let length = 0
  for (const word of closingPrepositions) {
    const found = tail.lastIndexOf(word)
    if (found > at) {
      at = found
      length = word.length
    }
  }
  if (at < 0) return line
  const phrase = tail.slice(at + length).replace(/[.;]$/, '')
  return dueOf(phrase) === due ? phrase : line
}

function isHeading(line: string): boolean {
  return line.split(' ').length <= maxHeadingWords && !/[.:;!?]["'”)]?$/.test(line)
}

/**
 * Reads the non-accessible content section of an accessibility statement, as UK public bodies publish it under the
 * Accessibility Regulations 2018: a numbered list of problems, each ending with when it will be fixed ("1. Our
 * validation errors cause problems for screen readers. … We plan to fix this by January 2023."), then short
 * subsections ("Emails", "Status page") where a problem is described and the planned fix is a sentence of its own
 * ("We'll continue to investigate the cause of this issue and, if possible, fix it in December 2023."). Each
 * numbered problem that names a date is an action, its number the ref, and so is each unnumbered problem whose
 * paragraph closes with its own dated fix ("Radio buttons are not associated with the question. This fails WCAG 2.2
 * success criterion 1.3.1 (A). We plan to fix this by 30/03 2024.", a bullet whose marker the export dropped); each planned-fix sentence that names a date
 * ("We plan to …", "We will …", "We'll …", "We intend / aim / expect to …") is an action too, titled by the sentence,
 * the line just above it (the problem) its description. Statements written as lists give the date once for a whole
 * list: a bulleted list of failures closed by one fix for them all ("- Buttons need accessible names" … "We plan to fix
 * these issues by the end of January 2021.", or under a short heading of its own: "What we're doing to improve
 * accessibility" over "We plan to fix the accessibility issues in the content by …") makes each failure an action
 * of that date (the failures may have lost
 * their markers in the export, each a line saying "This fails WCAG … success criterion …"), and a dated lead-in that
 * introduces a list ("Live Services also plan to do the following manual tests by the end of October 2020." over "-
 * Check that page focus is not trapped" …) makes each item an action of that date, owned by the team the lead-in
 * names as its subject (none for "We …"); the sentence itself is then not an action. A short heading is the section
 * of the actions below it; every other line (undated lists such as the pages to be tested, explanations) is left out.
 * A statement that plans no dated fix at all may still list its failures as short phrases under its non-compliance
 * heading: those are its actions, undated (see {@link undatedFailures}).
 * Returns null unless the page uses the words of such a statement ("non-accessible", "accessibility", "WCAG",
 * "success criterion") and has at least one planned-fix sentence or dated list and two actions in all, or such a
 * list of phrases.
 *
 * @example
 * readPlannedFixes([
 *   ['Non-accessible content'], ['1. Some images have no alt text. We plan to fix this by May 2025.'],
 *   ['Maps'], ['Our maps cannot be used with a keyboard.'], ['We will replace them in June 2025.'],
 * ])?.rows.slice(1) // [['Ref', 'Action', 'Description', 'Section', 'Target date', 'Owner'], ['1', 'Some images have no alt text. …', '', '', 'May 2025', ''], ['', 'We will replace them in June 2025.', 'Our maps cannot be used with a keyboard.', 'Maps', 'June 2025', '']]
 */
export function readPlannedFixes(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (lines === null || !lines.some((line) => statementCue.test(line.text))) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let fixes = 0
  let section = ''
  let first = -1
  const items = lines.map((line) => listItemOf(line.text))
  const ends = bulletRunEnds(items)
  /** Each bullet from `at` to `end` an action of the date `phrase` names, owned by `owner`. */
  const pushList = (at: number, end: number, owner: string, phrase: string): void => {
    for (let item = at; item < end; item++) {
      const { ref, text } = items[item]!
      records.push({ index: lines[item]!.index, cells: [ref, text, '', section, phrase, owner] })
    }
    if (first < 0) first = at
    fixes++
  }
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!
    // A dated lead-in over a list ("Live Services also plan to do the following tests by October 2020."): each item.
    const listEnd = ends[at + 1]!
    if (listEnd > at + 1 && introducesList.test(line.text)) {
      const owner = leadInSubject(line.text)
      const due = owner === null ? null : dueOf(line.text)
      if (owner !== null && due !== null) {
        pushList(at + 1, listEnd, owner, datePhrase(line.text, due))
        at = listEnd - 1
        continue
      }
    }
    // A list of failures closed by their shared fix ("We plan to fix these issues by the end of January 2021.").
    const runEnd = ends[at]!
    if (runEnd > at) {
      // The fix may sit under a heading of its own ("What we're doing to improve accessibility") right below.
      const headed = isHeading(lines[runEnd]?.text ?? '.') ? runEnd + 1 : runEnd
      const size = runEnd - at
      const fix = [runEnd, headed].find((next) => closesList(lines[next]?.text ?? '', size))
      const after = fix === undefined ? '' : lines[fix]!.text
      const due = fix === undefined ? null : dueOf(after)
      if (due !== null) {
        pushList(at, runEnd, '', datePhrase(after, due))
        at = fix!
        continue
      }
      // Other lists (pages to be tested, the criteria a page fails) are scope, not work.
      if (first >= 0) for (let item = at; item < runEnd; item++) skippedRows.push(lines[item]!.index + 1)
      at = runEnd - 1
      continue
    }
    const number = numbered.exec(line.text)
    const due = number !== null || plannedFix.test(line.text) ? dueOf(line.text) : null
    // A problem's paragraph closed by its own dated fix, its list marker lost in the export: a problem, unnumbered.
    const closing = number === null && due === null ? closingFixAt(line.text) : -1
    const closingDue = closing < 0 ? null : dueOf(line.text.slice(closing))
    if (number !== null && due !== null) {
      const text = line.text.slice(number[0].length)
      records.push({ index: line.index, cells: [number[1]!, text, '', section, datePhrase(text, due), ''] })
    } else if (closingDue !== null) {
      records.push({
        index: line.index,
        cells: ['', line.text, '', section, datePhrase(line.text, closingDue), ''],
      })
      fixes++
    } else if (number === null && due !== null) {
      const above = lines[at - 1]?.text ?? ''
      const problem = above === '' || isHeading(above) || plannedFix.test(above) ? '' : above
      records.push({
        index: line.index,
        cells: ['', line.text, problem, section, datePhrase(line.text, due), ''],
      })
      fixes++
    } else {
      if (first < 0) continue
      if (isHeading(line.text)) {
        // A row of its own, so the fixes below it are never read as more of the numbered problem above.
        section = line.text
        records.push({ index: line.index, cells: ['', '', '', section, '', ''] })
      } else {
        skippedRows.push(line.index + 1)
      }
      continue
    }
    if (first < 0) first = at
  }
  if (fixes === 0) return undatedFailures(table, lines)
  if (records.length < 2) return null
  // The lines above the first action: the title, then the section's own heading and lead-in.
  const firstIndex = lines[first]!.index
  const titleRows = table.slice(0, firstIndex)
  return oneColumnRecords(
    titleRows,
    firstIndex,
    ['Ref', 'Action', 'Description', 'Section', 'Target date', 'Owner'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence: 'each numbered problem and each planned-fix sentence ("We plan to …") that names a date',
    },
  )
}

/** "Non-compliance with the accessibility regulations", "1. Non-compliance with …", "Non-accessible content": the
 * heading a statement's failures stand under. */
const failuresHeading = /^(?:\d{1,2}[.)] {1,3})?(?:non[- ]compliance with\b|non-accessible content$)/i
/** A failure written as a phrase has at most this many words. */
const maxPhraseWords = 20
/** At least this many failures. */
const minFailures = 2

/**
 * The failures a statement lists as short phrases under its non-compliance heading, with no fix or date for any
 * ("Non-compliance with the accessibility regulations" over "Sort buttons are announced twice", "Some form hints are
 * not read out"): each line below the heading and its lead-in ("… for the following reasons:") is a failure, down to
 * the first paragraph; the short line right above that paragraph is its heading, not a failure. Null unless at least
 * {@link minFailures} phrases, none ending as a sentence, stand there.
 */
function undatedFailures(
  table: readonly (readonly string[])[],
  lines: readonly { index: number; text: string }[],
): FlattenedActionTables | null {
  let at = lines.findIndex((line) => failuresHeading.test(line.text))
  if (at < 0) return null
  let section = lines[at]!.text
  for (at++; at < lines.length; at++) {
    const text = lines[at]!.text
    if (failuresHeading.test(text)) section = text
    else if (!text.endsWith(':')) break
  }
  const start = at
  while (at < lines.length && isPhrase(lines[at]!.text)) at++
  // The phrase right above a paragraph heads it ("Preparation of this statement" over "This statement was …").
  const end = at < lines.length && at > start ? at - 1 : at
  if (end - start < minFailures) return null
  const records: OneColumnRecord[] = lines.slice(start, end).map((line) => {
    const item = bullet.exec(line.text)?.[1] ?? line.text
    return { index: line.index, cells: ['', item, '', section.replace(/^\d{1,2}[.)] {1,3}/, ''), '', ''] }
  })
  const firstIndex = lines[start]!.index
  return oneColumnRecords(
    table.slice(0, firstIndex),
    firstIndex,
    ['Ref', 'Action', 'Description', 'Section', 'Target date', 'Owner'],
    records,
    {
      mergedRows: [],
      skippedRows: lines.slice(end).map((line) => line.index + 1),
      titleEvidence: "each failure listed as a phrase under the statement's non-compliance heading",
    },
  )
}

/** A failure written as a phrase: a few words, no sentence's closing mark, no colon of a lead-in. */
function isPhrase(text: string): boolean {
  return text.split(' ', maxPhraseWords + 1).length <= maxPhraseWords && !/[.:;!?]["'”)]?$/.test(text)
}
