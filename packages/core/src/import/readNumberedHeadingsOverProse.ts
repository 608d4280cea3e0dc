import type { Taxonomy } from '../model/taxonomySchema'
import { resolvePillars } from '../taxonomy/resolvePillars'
import { appointmentMade } from './appointmentMade'
import { bracketAtEnd } from './bracketAtEnd'
import { BULLET_MARKS } from './bulletMarks'
import { opensWithVerb } from './itemsBesideCommitments'
import type { FlattenedActionTables } from './flattenActionTables'
import { romanValue } from './isItemMarkList'
import { oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { ownerLine } from './ownerLine'
import { ownerNamedInProse } from './ownerNamedInProse'
import { ownersInBrackets } from './ownersInBrackets'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { type PeeledRef, peelRef } from './peelRef'

/** "Matters Arising", "Matters arising from the last meeting": the heading under which minutes follow up last time's work. */
const mattersArising = /^matters\s{1,3}arising\b/i
/** "Dylan was to investigate …", "Michael was going to look at …": who was given the work last time, as the
 * minutes report it. Group 1 is the name: one or two capitalised words. Anchored and bounded. */
const wasGivenWork =
  /^(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?) (?:was|were) (?:going )?to (?!be\b)\p{Ll}/u

/** Who a paragraph under "Matters arising" names as owner: the one given the work last time, else who will do it. */
function followedUpOwners(text: string): string[] {
  const given = wasGivenWork.exec(text)?.[1]
  return given !== undefined && !/^(?:The|It|This|That|There|He|She|They|We)$/.test(given)
    ? [given]
    : ownerNamedInProse(text)
}

/** A bullet mark and the spaces after it. */
const bullet = new RegExp(`^[${BULLET_MARKS}]\\s{1,8}`)
/** "Support: Increasing support for …": a bulleted point that names its strand before a colon. */
const labelledPoint = /^[^\s:]{1,30}(?:\s[^\s:]{1,30}){0,4}:\s{1,3}\S/
/** A heading is a short line: at most this many words, and no full stop, colon or question mark at its end. */
const maxHeadingWords = 8
const endsSentence = /[.!?:;]["'”’)]?$/
/** At least this many numbered headings, each over its own lines, make the layout. */
const minHeadings = 3
/** Two headings are enough when both read as calls to action ("1. Appoint an executive sponsor for race"). */
const minCalls = 2
/** A call to action is an instruction of at least this many words: "1. Preamble" is a document's heading. */
const minCallWords = 3
/** Tasks under a stage heading: at least this many lines under every heading. */
const minTasks = 2
/** Two stage headings make the layout only with at least this many task lines under each. */
const minTwoListTasks = 4
/** A task is one instruction of at most this many words; a longer line is a paragraph. */
const maxTaskWords = 40
/** At least this share of the lines open with a verb ("Select", "Draft"): a list of tasks, not of "We will" prose. */
const minTaskShare = 0.75
/** A full stop, question or exclamation mark then a capital: a second sentence in the line. Bounded, no nesting. */
const secondSentence = /[.!?]["'”’)]?\s[A-Z]/

/** "II. Evaluation", "IV) Fiscal": a heading numbered in capital roman numerals. Anchored and bounded. */
const romanHeading = /^([IVX]{1,5})[.)]\s{1,4}(?=\S)/

interface Heading {
  readonly at: number
  readonly ref: string
  readonly name: string
  /** The name of the group heading above it ("Section 2: Open data"), or ''. */
  readonly group: string
  readonly lines: { index: number; text: string }[]
  /** Plain bullets written under the heading's first line: the parts of what that line says. */
  bullets: boolean
}

/** The ref and name of a numbered heading: "2. Recognition", "1a: Define engagement", or in roman numerals "II.
 * Evaluation". */
function peelHeading(text: string): PeeledRef | null {
  const peeled = peelRef(text)
  if (peeled !== null) return peeled
  const roman = romanHeading.exec(text)
  if (roman === null || romanValue(roman[1]!) === null) return null
  return { ref: roman[1]!, rest: text.slice(roman[0].length).trim() }
}

/** A dotted heading's words may run longer when written in title case: at most this many. */
const maxTitleCaseWords = 16
/** In a title-cased heading, at least this share of the words of four letters or more open with a capital. */
const minCapitalShare = 0.6
/** "Work Package 1.2: Building tests": up to three capitalised words naming the kind, then a dotted number. */
const labelledDotted =
  /^[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15}){0,2} (\d{1,2}\.\d{1,2})\s{0,3}[:.]\s{1,3}(\S.*)$/
/** "Section 2: Open data", "Task 3: Dissemination": one or two capitalised words, a whole number, a colon, a name. */
const groupLabel = /^[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15})? (\d{1,2})\s{0,3}:\s{1,3}(\S.{0,120})$/
/** "Work Package Leader: …", "Project Lead: …": up to three capitalised words before the word naming the lead. */
const leadLabelWords = /^(?:[A-Z][A-Za-z-]{0,20} ){1,3}(?=lead(?:ers?)?\s{0,3}:)/i
/** "Dana Reyes, Example University, Leeds": a person's name, then after a comma where they work. */
const affiliation = /,.*$/
/** Two people named in one lead line: "… and …" or "…; …". */
const personBreak = /;\s{0,3}|\s(?:and|&)\s/

/** The ref and name of a numbered heading line ("2.1 Open the archive", "Work Package 1.2: Tests"), or null. */
function headingOf(text: string): { ref: string; name: string } | null {
  const labelled = text.length > 300 ? null : labelledDotted.exec(text)
  if (labelled !== null) return { ref: labelled[1]!, name: labelled[2]!.trim() }
  const peeled = peelHeading(text)
  return peeled === null ? null : { ref: peeled.ref, name: peeled.rest }
}

/**
 * The group a line heads when it is a group label ("Section 2: Open data") right above a dotted heading of the same
 * number ("2.1 …"): its name; else null.
 */
function groupOver(text: string, next: string | undefined): string | null {
  const group = text.length > 200 ? null : groupLabel.exec(text)
  if (group === null || next === undefined || !isHeading(group[2]!)) return null
  const below = headingOf(next)
  return below !== null && dotted.exec(below.ref)?.[1] === group[1] ? group[2]!.trim() : null
}

/**
 * The people a lead line names ("Work Package Leader: Dana Reyes, Example University and Ola Berg, Oslo"): each
 * person's name without where they work. Null when the line names no lead.
 */
function leadsOf(text: string): string[] | null {
  if (text.length > 300) return null
  const match = ownerLine.exec(text.replace(leadLabelWords, ''))
  if (match === null) return null
  const people = match[1]!
    .replace(/\.$/, '')
    .split(personBreak)
    .map((part) => part.replace(affiliation, '').trim())
    .filter((part) => part !== '')
  return people.length === 0 ? null : people
}

/** "Done: 2/21", "Done:", "Completed: 3 March": the line closing a tracked item, its date left blank while open. */
const doneLine = /^(?:done|completed?)\s{0,2}:\s{0,3}(.{0,40})$/i
/** "assigned to everyone", "Assigned to: Priya": the line naming who the item is given to. */
const assignedLine = /^assigned to:?\s{1,3}(\S.{0,60})$/i
/** "Ryan", "Megan Noble": a name alone on its line, one to three capitalised words. */
const nameAlone = /^\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){0,2}$/u

/**
 * A tracked item's owner and whether it is done: its lines are a "Done:" line, below a line naming who it is given
 * to ("Ryan", "assigned to everyone") or alone. Null for lines of any other shape.
 */
function trackedRecord(lines: readonly PageLine[]): { owner: string; done: boolean } | null {
  if (lines.length > 2) return null
  const done = doneLine.exec(lines.at(-1)!.text)
  if (done === null) return null
  const who = lines.length === 2 ? lines[0]!.text : ''
  const owner = assignedLine.exec(who)?.[1]?.trim() ?? (nameAlone.test(who) ? who : null)
  if (owner === null && who !== '') return null
  return { owner: owner ?? '', done: done[1]!.trim() !== '' }
}

/**
 * Reads a one-column page of short numbered headings, each over a few lines of prose ("1a: Define engagement" over
 * "We will develop a shared understanding …"; "2. Recognition" over "We will support technicians to gain
 * recognition …"), as a careful reader does. A heading that names a pillar of the plan's framework ("Visibility",
 * "Career development") is what the lines below it serve, never an action itself: its first line is the action,
 * cited by the heading's number and in that pillar, and the lines after it (who helps, what it builds on) the
 * description. Any other heading ("Define engagement") is the action, and the lines below it (its "We will …"
 * sentences, labelled points such as "• Support: Increasing support …") its description. The lines above the first
 * heading are the title rows.
 *
 * The headings must number one list (`1`, `2`, `3` or `1a`, `1b`, `1c`), at least three of them (or two, when
 * both are calls to action of three words or more that open with a verb: a page cut after its second call),
 * each over at least one line of prose. Themes over bulleted actions ("1. Recruitment" over "- Advertise every post") are
 * another layout: a bullet that is not a labelled point rejects the page, as does a numbered line that is not the
 * next heading. Returns null for any other layout, and on a table.
 *
 * @example
 * readNumberedHeadingsOverProse([
 *   ['Our pledge'], ['1. Visibility'], ['We will name every technician on our web pages.'],
 *   ['2. Recognition'], ['We will fund professional registration.'], ['3. Sustainability'],
 *   ['We will train two apprentices a year.'],
 * ])?.rows[2] // ['1', 'We will name every technician on our web pages.', '', 'Visibility', '', '']
 */
export function readNumberedHeadingsOverProse(
  table: readonly (readonly string[])[],
  taxonomy: Taxonomy,
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const headings: Heading[] = []
  const groupRows: number[] = []
  let group = ''
  let top: number | null = null
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!
    const before = headings.at(-1)
    // "Section 2: Open data" over "2.1 …": the group the dotted headings below it belong to.
    const groupName = groupOver(line.text, lines[at + 1]?.text)
    if (groupName !== null && (before === undefined || before.lines.length > 0)) {
      group = groupName
      groupRows.push(line.index + 1)
      top ??= line.index
      continue
    }
    const peeled = headingOf(line.text)
    if (
      peeled !== null &&
      isHeading(peeled.name, dotted.test(peeled.ref)) &&
      follows(before?.ref ?? null, peeled.ref)
    ) {
      // Every heading stands over prose of its own: two headings in a row (a numbered list) are another layout.
      if (before !== undefined && before.lines.length === 0) return null
      headings.push({ at: line.index, ref: peeled.ref, name: peeled.name, group, lines: [], bullets: false })
      top ??= line.index
      continue
    }
    if (before === undefined) continue
    // A numbered line that is not the next heading is another layout.
    if (peeled !== null) return null
    const point = line.text.replace(bullet, '')
    // The first line under a heading is prose, never a bullet.
    if (before.lines.length === 0 && point !== line.text) return null
    // A plain bullet under a heading's full sentence may list that sentence's parts (checked below).
    if (point !== line.text && !labelledPoint.test(point)) {
      if (!fullStop.test(before.lines[0]!.text)) return null
      before.bullets = true
    }
    before.lines.push(line)
  }
  if (headings.some((heading) => heading.lines.length === 0)) return null
  // Short lines under the headings that close on who will do them ("Kabelbinder (Lena)") are the work itself: the
  // headings are a meeting's agenda items, read by the readers of lines ending in their owners.
  if (
    headings.flatMap((heading) => heading.lines).filter((line) => closesOnOwners(line.text)).length >=
    minOwnedLines
  )
    return null
  // Bullets under most headings are actions under themes, another layout; under a few they are the parts of the
  // sentence above them ("… a set of skills:" over the skills).
  const bulleted = headings.filter((heading) => heading.bullets).length
  if (bulleted > 0 && bulleted * 2 >= headings.length) return null
  const tasks = listsTasks(headings)
  // Two headings are enough when each stands over a list of tasks of its own (a page cut after its second goal).
  const twoTaskLists =
    tasks &&
    headings.length >= minCalls &&
    headings.every((heading) => heading.lines.length >= minTwoListTasks)
  if (
    headings.length < minHeadings &&
    !twoTaskLists &&
    (headings.length < minCalls || !headings.every(isCall))
  )
    return null

  if (tasks) {
    // Stage names over their tasks, bullets lost: each line is an action, its heading the stage it belongs to.
    // A goal's statement opening each list is what its tasks serve, not a task.
    const stated = opensWithStatement(headings)
    return oneColumnRecords(
      table.slice(0, top!),
      top! + 1,
      ['Action', 'Section', 'Pillar'],
      headings.flatMap((heading) => {
        const pillars = resolvePillars(heading.name, taxonomy)
        const pillar = pillars.codes.length === 1 && pillars.unresolved.length === 0 ? heading.name : ''
        return heading.lines
          .slice(stated ? 1 : 0)
          .map((line) => ({ index: line.index, cells: [line.text, heading.name, pillar] }))
      }),
      {
        mergedRows: [],
        sectionRows: headings.flatMap((heading) =>
          stated ? [heading.at + 1, heading.lines[0]!.index + 1] : [heading.at + 1],
        ),
        titleEvidence:
          'the lines under the short numbered headings of a one-column page, each a task opening with a verb: the heading names their stage',
      },
    )
  }

  const mergedRows: number[] = []
  const sectionRows: number[] = [...groupRows]
  // Every heading over a sentence naming who will act ("The Board will review …"): the sentence is the commitment,
  // its subject the owner, and the heading the goal it serves.
  const statements = headings.every((heading) => namesItsActor(heading.lines[0]!.text))
  // A team's tracked items: most headings close with a "Done:" line, filled once the item is done.
  const tracked =
    headings.filter((heading) => doneLine.test(heading.lines.at(-1)!.text)).length * 2 > headings.length
  const records = headings.flatMap((heading) => {
    // "Item 4 – Matters Arising from the last Meeting": minutes follow up there the work given out last time, one
    // paragraph an item, so each paragraph is an action of its own under the heading, owned by whom it names.
    if (mattersArising.test(heading.name)) {
      sectionRows.push(heading.at + 1)
      return heading.lines.map((line) => ({
        index: line.index,
        cells: [heading.ref, line.text, '', '', '', followedUpOwners(line.text).join('; '), heading.group],
      }))
    }
    // Read once the page is known to be such headings, not for every numbered line of every page.
    const pillars = resolvePillars(heading.name, taxonomy)
    if (statements || (pillars.codes.length === 1 && pillars.unresolved.length === 0)) {
      // A pillar's heading stands over its action: the first line below it.
      const [action, ...rest] = heading.lines
      sectionRows.push(heading.at + 1)
      for (const line of rest) mergedRows.push(line.index + 1)
      return {
        index: action!.index,
        cells: [
          heading.ref,
          action!.text,
          rest.map((line) => line.text).join('\n'),
          statements ? '' : heading.name,
          '',
          statements ? actorOf(action!.text) : '',
          statements ? heading.name : heading.group,
        ],
      }
    }
    for (const line of heading.lines) mergedRows.push(line.index + 1)
    const record = tracked ? trackedRecord(heading.lines) : null
    if (record !== null)
      return {
        index: heading.at,
        cells: [
          heading.ref,
          heading.name,
          heading.lines.map((line) => line.text).join('\n'),
          '',
          record.done ? 'Complete' : '',
          record.owner,
          heading.group,
        ],
      }
    // "Work Package Leader: Dana Reyes, Example University": the first line under the heading names its leads.
    const leads = leadsOf(heading.lines[0]!.text)
    const prose = leads === null ? heading.lines : heading.lines.slice(1)
    // A call to appoint someone, met by prose saying who holds the role now, is done and owned by them.
    const holder = prose.length === 0 ? null : appointmentMade(heading.name, prose[0]!.text)
    // Else whoever the prose says will do the work ("Within a month, the Records Officer will draft …").
    const doer =
      leads !== null || holder !== null ? [] : ownerNamedInProse(prose.map((line) => line.text).join('\n'))
    return {
      index: heading.at,
      cells: [
        heading.ref,
        heading.name,
        prose.map((line) => line.text).join('\n'),
        '',
        holder === null ? '' : 'Complete',
        leads?.join('; ') ?? holder ?? doer.join('; '),
        heading.group,
      ],
    }
  })
  return oneColumnRecords(
    table.slice(0, top!),
    top! + 1,
    ['Ref', 'Action', 'Description', 'Pillar', 'Status', 'Lead', 'Section'],
    records,
    {
      mergedRows,
      sectionRows,
      titleEvidence:
        'the short numbered headings of a one-column page, each over its prose: a heading naming a pillar over its action, any other heading the action',
    },
  )
}

/**
 * Whether the lines under the headings are tasks, not prose: every heading, a name rather than a call, stands over
 * two lines or more, each one short instruction (no second sentence), and most of them open with a verb ("Select
 * the panel", "Draft the report"). A page of stage names over their tasks, its bullets lost in the copy, reads so.
 */
function listsTasks(headings: readonly Heading[]): boolean {
  let lines = 0
  let calls = 0
  for (const heading of headings) {
    if (heading.lines.length < minTasks) return false
    for (const line of heading.lines) {
      if (line.text.split(' ').length > maxTaskWords || secondSentence.test(line.text)) return false
      lines++
      if (opensWithVerb(line.text)) calls++
    }
  }
  return calls >= lines * minTaskShare
}

/**
 * Whether every heading's first line is a whole sentence ending in a full stop over tasks that end without one
 * ("1. Enrolment" over "Grow enrolment steadily in line with the long-range plan." then "Update the targets each
 * year", "Recruit in two new regions"): that line states the goal the tasks serve, as a strategy page writes a
 * goal's statement under its name before the work listed for it.
 */
function opensWithStatement(headings: readonly Heading[]): boolean {
  return headings.every(
    (heading) =>
      heading.lines.length > minTasks &&
      fullStop.test(heading.lines[0]!.text) &&
      heading.lines.slice(1).every((line) => !fullStop.test(line.text)),
  )
}

/** "The Board will …", "The Parish Council will …": a sentence whose named subject will act (not "We will"). */
function namesItsActor(line: string): boolean {
  return fullStop.test(line) && / will /.test(line) && ownersNamedAsSubject(line).length > 0
}

/** The subject of a sentence naming who will act, as written: "The Board" of "The Board will review …". */
function actorOf(line: string): string {
  return line.slice(0, line.indexOf(' will ')).trim()
}

/** At least this many lines under the headings closing on their owners make the headings an agenda's items. */
const minOwnedLines = 3

/** Whether a short line closes on a bracket of one to five names: the people who will do it. */
function closesOnOwners(text: string): boolean {
  if (text.split(' ').length > maxTaskWords) return false
  const bracket = bracketAtEnd(text)
  return (
    bracket !== null &&
    bracket.shape === '(' &&
    bracket.open > 0 &&
    ownersInBrackets(`(${bracket.inner})`).length > 0
  )
}

/** A line ending in a full stop (not an ellipsis). */
const fullStop = /[^.]\.$/

/** "Appoint an executive sponsor", "Capture the data and publish progress": a heading that is an instruction. */
function isCall(heading: Heading): boolean {
  return heading.name.split(' ').length >= minCallWords && opensWithVerb(heading.name)
}

/**
 * "Visibility", "Define engagement": a short line that does not end a sentence. Under a dotted number ("2.4"), a
 * line in title case is a heading too, up to {@link maxTitleCaseWords} words and even with a full stop ("Promote
 * Feedback Tools for Open Data."), as long as it holds one sentence.
 */
function isHeading(text: string, dottedRef = false): boolean {
  const words = text.split(/\s+/)
  if (words.length <= maxHeadingWords && !endsSentence.test(text)) return true
  if (!dottedRef || words.length > maxTitleCaseWords || secondSentence.test(text) || /[:;]$/.test(text))
    return false
  const long = words.filter((word) => word.length >= 4)
  return long.filter((word) => /^[A-Z]/.test(word)).length >= long.length * minCapitalShare
}

/** "2.1", "10.0": a dotted heading number, its whole part in group 1. */
const dotted = /^(\d{1,2})\.(\d{1,2})$/
/** How far a dotted heading's second part may step on from the one before ("2.2" to "2.4": a number dropped). */
const maxDottedStep = 2

/**
 * Whether `ref` comes next in one list after `before` (null: the list's first): "2" after "1", "1b" after "1a",
 * "2a" after "1d"; "1" starts a list, and so does "1a" or "3a" (the parts of one numbered item).
 */
function follows(before: string | null, ref: string): boolean {
  // "II" after "I": roman headings number one list as digits do, never mixed with them.
  const roman = /^[IVX]+$/.test(ref) ? romanValue(ref) : null
  if (roman !== null || (before !== null && /^[IVX]+$/.test(before))) {
    if (roman === null) return false
    return before === null ? roman === 1 : romanValue(before) === roman - 1
  }
  const parts = dotted.exec(ref)
  if (parts !== null) {
    const major = Number(parts[1])
    const minor = Number(parts[2])
    if (before === null) return major === 1 && minor <= 1
    const last = dotted.exec(before)
    if (last === null) return false
    const step = minor - Number(last[2])
    return (
      (major === Number(last[1]) && step >= 1 && step <= maxDottedStep) ||
      (major === Number(last[1]) + 1 && minor <= 1)
    )
  }
  const now = /^(\d{1,3})([a-z]?)$/i.exec(ref)
  if (now === null) return false
  const number = Number(now[1])
  const letter = now[2]!.toLowerCase()
  if (before === null) return letter === '' ? number === 1 : letter === 'a'
  const last = /^(\d{1,3})([a-z]?)$/i.exec(before)
  if (last === null || (last[2] === '') !== (letter === '')) return false
  if (letter === '') return number === Number(last[1]) + 1
  const nextLetter = String.fromCharCode(last[2]!.toLowerCase().charCodeAt(0) + 1)
  return (
    (number === Number(last[1]) && letter === nextLetter) ||
    (number === Number(last[1]) + 1 && letter === 'a')
  )
}
