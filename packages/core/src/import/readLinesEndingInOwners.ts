import { MONTHS } from '../dates/lexicon'
import { parseStatus } from '../status/parseStatus'
import { bracketAtEnd } from './bracketAtEnd'
import { indentOf } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { handlesAtEnd } from './handlesAtEnd'
import { type PeriodAtStartRules, periodAtStart } from './headingPeriod'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { ownersInBrackets } from './ownersInBrackets'

/** The text before the round bracket a line ends with (its title) has at most this many characters: a longer line is a
 * paragraph, not an item. */
const maxTitle = 401
/** A full stop, question or exclamation mark between two sentences. */
const sentenceBreak = /[.?!] \S/
/** "… Edition. See notes", "… the lab. See the wiki": an item's one sentence, then a short pointer to more. Bounded. */
const pointer = /^[^.?!]{1,200}[.?!] (?:see|cf\.?|refer to|more in|details in)\b[^.?!]{0,40}\.?$/i

/** Whether a title is one sentence and a short pointer to where more is written ("See notes"). */
function pointerAfter(title: string): boolean {
  return pointer.test(title)
}

/** "e.g.", "i.e.", "etc.", "cf.", "vs.": an abbreviation's full stop, which ends no sentence. */
const abbreviation = /\b(?:e\.g|i\.e|etc|cf|vs|viz|incl|approx|bzgl|bzw|ca|evtl|ggf|inkl|usw|vgl)\./gi
/** A capitalised word of a body's name in brackets: "Communication", "ICT", "Year-6". */
const capitalised = /^\p{Lu}[\p{L}&'’-]{0,30}$/u
/** A body's name in brackets has at most this many words ("(Communication Development Group)"). */
const maxBodyWords = 4
/** A heading has at most this many words and no full stop ("QUALITY OF EDUCATION", "2024/25 Priorities"). */
const maxHeadingWords = 8
/** At least this many lines must end in a bracket of initials or names for the page to be read so. */
const minOwnedLines = 3
/** "Attendees:", "Present", "Apologies", "In attendance": the label of minutes over the list of who was there. */
const attendanceLabel =
  /^(?:attendees|attendance|in attendance|present|members present|apologies|participants)\s{0,2}:?$/i
/** "… have been classified", "63% of sites are notified": a finite "be" or "have", as a statement of fact has. */
const finiteBeOrHave = /\b(?:is|are|was|were|has|have|had)\b/i

/** A line of the page: an action with the owners its bracket names, an action naming none, or a heading. */
type Line =
  | {
      readonly kind: 'owned'
      readonly index: number
      readonly title: string
      readonly owners: string
      readonly strict: boolean
      /** "… (EM) – repair request assigned": a note after the owners' bracket on how the item stands. */
      readonly note?: string
    }
  | {
      readonly kind: 'action' | 'heading'
      readonly index: number
      readonly title: string
      readonly status?: string
    }

/**
 * Reads a one-column plan whose lines each end with their owners in brackets, as schools' development plans and
 * small teams' priority lists write them: "Improve reading at Key Stage 2 (JP)", "Review the homework policy
 * (AB/CD)", "Embed the new phonics scheme (English Leads Group)", under short headings ("QUALITY OF EDUCATION").
 * Each such line is an action titled by its text before the bracket, owned by the initials or names in it; a longer
 * line naming no one is an action without an owner; a short line without a full stop is the heading of the actions
 * below it (their section). The lines above the first heading over an item are the title rows. A bracket of a body's
 * name (up to four capitalised words) is read as owners only on a page where at least three lines end in a bracket of
 * initials or names, and the owned lines make at least half of the actions; a body named by its kind ("(Grading
 * Committee)") counts with the initials, and so do user handles ("(@ana, @bo)", as {@link handlesAtEnd} reads them).
 * Label rows of two cells above the list are read as lines of the page, and the statements of fact or the headed part
 * closing a list of owned lines are left out (see {@link withoutClosingStatements}). A team's work list sorted by
 * person ("Priya" over "Renew the licences (Priya)") has headings that name the owners: where two headings or more
 * name an owner of the items under them, a line under a heading with no owners of its own is the heading's person's
 * ("Check the backups" under "Tom"). An abbreviation's full stop ("(e.g. the lab)") ends no sentence, so such an item
 * still reads as one line ending in its owners.
 *
 * @example
 * readLinesEndingInOwners([
 *   ['School plan 2031'], ['TEACHING'], ['Improve reading at Key Stage 2 (JP)'], ['Review the homework policy (AB/CD)'],
 *   ['Launch a maths club (KT)'],
 * ])?.rows.slice(1, 3) // [['Action', 'Owner', 'Section'], ['Improve reading at Key Stage 2', 'JP', 'TEACHING']]
 */
export function readLinesEndingInOwners(
  table: readonly (readonly string[])[],
  page: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (page === null) return null
  const lines: Line[] = withoutRoll(page.map(({ index, text }) => readLine(index, text)))
  const owned = lines.filter((line) => line.kind === 'owned')
  // "Ana Ruiz (Harbour Residents Council)": a roll entry naming the person's body stays a line of the page (the roll
  // above the list), but no such line makes the layout.
  if (
    owned.filter((line) => line.strict && rollEntry(line.title, line.owners) === null).length < minOwnedLines
  )
    return null
  const firstItem = lines.findIndex((line) => line.kind === 'owned')
  const agenda = agendaStart(lines, firstItem)
  const start =
    agenda ?? (firstItem > 0 && lines[firstItem - 1]!.kind === 'heading' ? firstItem - 1 : firstItem)
  const body =
    agenda === null ? withoutClosingStatements(lines.slice(start)) : agendaPoints(lines.slice(start))
  const actions = body.filter((line) => line.kind !== 'heading').length
  if (owned.length * 2 < actions) return null

  const outline = readOutline(table, body)
  if (outline !== null) {
    const top = body[0]!.index
    return oneColumnRecords(
      table.slice(0, top),
      top + 1,
      ['Action', 'Owner', 'Section', 'Target date'],
      outline.records,
      {
        mergedRows: [],
        sectionRows: outline.sectionRows,
        titleEvidence:
          'each line of an indented outline with no lines under it, its owners in brackets or those of the line it sits under',
      },
    )
  }

  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const named = headingsNameOwners(body)
  let section = ''
  for (let at = 0; at < body.length; at++) {
    const line = body[at]!
    // A person's one item, written as short as a heading ("Ross" over "Re-run the formatter"): a heading heads
    // something, so a heading-shaped line right under a person's name with no item under it is that person's item.
    const lone =
      named &&
      line.kind === 'heading' &&
      body[at - 1]?.kind === 'heading' &&
      personName(section) !== null &&
      (body[at + 1] === undefined || body[at + 1]!.kind === 'heading')
    if (line.kind === 'heading' && !lone) {
      section = line.title
      sectionRows.push(line.index + 1)
    } else
      records.push({
        index: line.index,
        cells: [
          line.title,
          line.kind === 'owned' ? line.owners : named ? (personName(section) ?? '') : '',
          section,
        ],
      })
  }
  const top = body[0]!.index
  // "… (EM) – repair request assigned": the notes after the owners' brackets, as a column of updates.
  const noted = body.some((line) => line.kind === 'owned' && line.note !== undefined) ? ['Update'] : []
  if (noted.length > 0) {
    const noteOf = new Map(body.map((line) => [line.index, line.kind === 'owned' ? (line.note ?? '') : '']))
    for (const [at, record] of records.entries())
      records[at] = { index: record.index, cells: [...record.cells, noteOf.get(record.index) ?? ''] }
  }
  // "Batterien (erledigt)": an item whose bracket gives its state, not its owners.
  const states = body.map((line) => (line.kind === 'action' ? (line.status ?? '') : ''))
  if (states.some((state) => state !== '')) {
    const stateOf = new Map(body.map((line, at) => [line.index, states[at]!]))
    return oneColumnRecords(
      table.slice(0, top),
      top + 1,
      ['Action', 'Owner', 'Section', ...noted, 'Status'],
      records.map((record) => ({
        index: record.index,
        cells: [...record.cells, stateOf.get(record.index) ?? ''],
      })),
      {
        mergedRows: [],
        sectionRows,
        titleEvidence:
          'each line ending in its owners in brackets ("… (AB/CD)"), titled by the text before them',
      },
    )
  }
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Owner', 'Section', ...noted], records, {
    mergedRows: [],
    sectionRows,
    titleEvidence: 'each line ending in its owners in brackets ("… (AB/CD)"), titled by the text before them',
  })
}

/** "… (EM) – repair request assigned": a bracket, then a spaced dash opening a note. Linear: no repeat before the dash. */
const dashAfterBracket = /\)\s[–—-]\s(?=\S)/

function readLine(index: number, text: string): Line {
  const line = readOwnedLine(index, text)
  if (line.kind !== 'action') return line
  // "Investigate the wiring (EM) – already followed up": the owners' bracket closes the item, a note on it follows.
  const dash = dashAfterBracket.exec(text)
  if (dash === null) return line
  const head = readOwnedLine(index, text.slice(0, dash.index + 1))
  return head.kind === 'owned' && head.strict
    ? { ...head, note: text.slice(dash.index + dash[0].length).trim() }
    : line
}

function readOwnedLine(index: number, text: string): Line {
  const bracket = bracketAtEnd(text)
  // The page's lines are whitespace-collapsed: at most one space stands before the bracket.
  const title = bracket === null || bracket.shape !== '(' ? '' : text.slice(0, bracket.open).trimEnd()
  // "… This fails criterion 2.4.2 (Level A).": a bracket closing a paragraph of sentences cites, it names no owner.
  const prose = title !== '' && sentenceBreak.test(title.replace(abbreviation, ''))
  if (title !== '' && title.length <= maxTitle && (!prose || pointerAfter(title))) {
    const inner = bracket!.inner.trim()
    // "(@ana, @bo)": a code host's user handles name owners as initials do.
    const named = ownersInBrackets(`(${inner})`)
    if (named.length === 0) named.push(...handlesAtEnd(text))
    if (named.length > 0) return { kind: 'owned', index, title, owners: named.join(', '), strict: true }
  }
  if (title !== '' && title.length <= maxTitle && !prose) {
    const inner = bracket!.inner.trim()
    // "(Habitat Grading Committee)": a body named by its kind is as sure an owner as initials.
    if (isBodyName(inner))
      return {
        kind: 'owned',
        index,
        title,
        owners: inner,
        strict: isRoleOrBodyWord(inner.slice(inner.lastIndexOf(' ') + 1)),
      }
  }
  if (title !== '' && title.length <= maxTitle && !prose && parseStatus(bracket!.inner).state !== 'unknown')
    return { kind: 'action', index, title, status: bracket!.inner.trim() }
  const words = text.split(' ').length
  return {
    kind: words <= maxHeadingWords && !/[.;:,]$/.test(text) ? 'heading' : 'action',
    index,
    title: text,
  }
}

/**
 * The page's lines less its roll: the lines right under a minutes' "Attendees:" or "Present" label that end in a
 * bracket ("Team Member 1 (Sebastian Skontos)", "Treasurer (Ann Lee)") name who came, each in their role, not work
 * given to them; so does, anywhere on the page, a person's name with their own initials in brackets ({@link rollEntry}).
 */
function withoutRoll(lines: readonly Line[]): Line[] {
  const kept: Line[] = []
  let roll = false
  for (const line of lines) {
    if (line.kind === 'owned' && (roll || rollEntry(line.title, line.owners) === 'initials')) continue
    roll = line.kind !== 'owned' && attendanceLabel.test(line.title.trim())
    kept.push(line)
  }
  return kept
}

/** "van", "de", "ter": a particle inside a person's full name ("Tom van Dijk"), not capitalised. */
const nameParticle = /^(?:van|von|de|da|di|du|le|la|der|den|ter|ten)$/
/** "Ana", "Mary-Jo", "O'Neill", "J": a capitalised word of a person's name. Bounded. */
const nameWord = /^\p{Lu}[\p{L}'’-]{0,20}$/u

/**
 * Which entry of a meeting's roll a line is, if any: a person's full name (two to four capitalised words, a particle
 * such as "van" inside aside, after a bullet or not) with, in its closing bracket, their own initials ("Jane
 * Hartley (JH)", "Ann-Marie Ode (AMO)", "Rhys Ap Llewelyn (RAL)", "Mari Lloyd (MLl)") or the body they come from,
 * named by its kind ("Ana Ruiz (Harbour Residents Council)"): `'initials'` or `'body'`. Minutes list who came so, with
 * no label over the roll too, before naming them by initials; such a line names a person, not work given to them.
 * "Sweet Peas (KT)", a name of two capitalised words whose initials the bracket is not, is none (null).
 */
function rollEntry(title: string, owners: string): 'initials' | 'body' | null {
  const words = title
    .trim()
    .replace(/^[-–—•*·]\s{0,3}/, '')
    .split(' ')
  const capitalised = words.filter(
    (word, at) => !(at > 0 && at < words.length - 1 && nameParticle.test(word)),
  )
  if (capitalised.length < 2 || capitalised.length > 4 || words.length > capitalised.length + 1) return null
  if (!capitalised.every((word) => nameWord.test(word))) return null
  if (/^\p{Lu}{2,5}$|^\p{Lu}{2,3}\p{Ll}{1,2}$/u.test(owners)) {
    // "(MLl)": a Welsh "Ll" is one letter of the initials, written as two.
    const bracket = owners.replace(/\p{Ll}/gu, '')
    const letters = capitalised.map((word) => word.charAt(0)).join('')
    const hyphenated = capitalised.flatMap((word) => word.split('-').map((part) => part.charAt(0))).join('')
    return bracket === letters || bracket === hyphenated ? 'initials' : null
  }
  // "(Harbour Residents Council)": the body the person comes from, named by its kind.
  const body = owners.split(' ')
  return body.length >= 2 && /^\p{Lu}/u.test(owners) && isRoleOrBodyWord(body.at(-1)!) ? 'body' : null
}

/** "1. Verteilung der Dokumente", "4) Repair Café": an agenda item's number and name. */
const agendaItem = /^(\d{1,2})[.)]\s{1,3}\S/

/** Minutes number at least this many agenda items for the points under them to be read as the page's items. */
const minAgendaItems = 3

/**
 * Where a meeting's numbered agenda starts, when the first line ending in its owners sits under it: the line of its
 * item "1." among the headings above that line, its items numbered 1, 2, 3 … in order through the page; else null.
 */
function agendaStart(lines: readonly Line[], firstItem: number): number | null {
  let start: number | null = null
  let number = 0
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!
    const item = line.kind === 'heading' ? agendaItem.exec(line.title) : null
    if (item === null) continue
    const value = Number(item[1])
    if (value === 1 && at < firstItem) {
      start = at
      number = 1
    } else if (start !== null && value === number + 1) number++
    else if (start !== null) return null
  }
  return start !== null && number >= minAgendaItems ? start : null
}

/**
 * The points of a numbered agenda: under its items, every line is a point of work (an action, with or without the
 * owners its bracket names), except a short line right over lines ending in their owners, which labels them
 * ("Material" over "Kabelbinder (Lena)").
 */
function agendaPoints(lines: readonly Line[]): Line[] {
  return lines.map((line, at) =>
    line.kind !== 'heading' || agendaItem.test(line.title) || lines[at + 1]?.kind === 'owned'
      ? line
      : { kind: 'action', index: line.index, title: line.title },
  )
}

/** A heading naming a person has at most this many words besides its bracket ("Steve H", "Pete (+ helpers)"). */
const maxNameWords = 3
/** At least this many headings must name an owner of an item under them for the headings to be read as names. */
const minNamingHeadings = 2

/** "Jo (+ helpers)" → "Jo", "Sam K" → "Sam K": the name a heading may be, its closing bracket left aside; null
 * for a heading that cannot be a name (too many words, or not capitalised). */
function personName(heading: string): string | null {
  const bracket = bracketAtEnd(heading)
  const name = (bracket === null || bracket.open === 0 ? heading : heading.slice(0, bracket.open)).trim()
  return name !== '' && name.split(' ').length <= maxNameWords && /^\p{Lu}/u.test(name) ? name : null
}

/**
 * Whether the page's headings are the names of the people the work is assigned to ("Priya" over "Renew the
 * licences (Priya)", "Order the cables (Priya)"): at least two headings name, word for word, an owner that an item
 * under them names in its bracket. A line under such a heading with no bracket of owners is that person's too.
 */
function headingsNameOwners(body: readonly Line[]): boolean {
  let naming = 0
  let heading: string | null = null
  let counted = false
  for (const line of body) {
    if (line.kind === 'heading') {
      heading = personName(line.title)?.toLowerCase() ?? null
      counted = false
    } else if (line.kind === 'owned' && heading !== null && !counted) {
      if (line.owners.toLowerCase().split(', ').includes(heading)) {
        naming++
        counted = true
      }
    }
  }
  return naming >= minNamingHeadings
}

/** "Communication Development Group": a few capitalised words, none a month or a status. */
function isBodyName(inner: string): boolean {
  const words = inner.split(' ')
  return (
    words.length >= 2 &&
    words.length <= maxBodyWords &&
    words.every((word) => capitalised.test(word) && !MONTHS.has(word.toLowerCase())) &&
    parseStatus(inner).state === 'unknown'
  )
}

/**
 * The lines from the first owned line, less the statements after the last one: when every line among the owned ones
 * names its owner, the lines naming no one after them that state a fact ("Most of the sites are already protected",
 * "Two reserves have been extended") are the page's record of what is done, not actions of its plan; and a heading
 * after the last owned line ("Suggestions", "Next meeting") opens another part of the page, whose lines are not
 * actions either.
 */
function withoutClosingStatements(body: readonly Line[]): readonly Line[] {
  let last = body.length - 1
  while (last >= 0 && body[last]!.kind !== 'owned') last--
  if (last < 0 || body.slice(0, last).some((line) => line.kind === 'action')) return body
  const after = body.slice(last + 1)
  // "Suggestions", "Next meeting": a heading after the last owned line opens a part of the page that is not the list.
  if (after.some((line) => line.kind === 'heading')) return body.slice(0, last + 1)
  if (after.length === 0 || !after.every((line) => line.kind !== 'owned' && finiteBeOrHave.test(line.title)))
    return body
  return body.slice(0, last + 1)
}

/** At least this many lines must head indented lines for the page to be read as an outline. */
const minGroups = 2
/** "end-Feb: specification", "mid-Feb (this meeting)": the period a group line opens with or is, of up to three
 * words, which the plan's year dates. */
const groupPeriod: PeriodAtStartRules = {
  cut: 'colon-or-whole',
  maxWords: 3,
  minRestWords: 0,
  yearRequired: false,
  kinds: ['due', 'range', 'multiple'],
}

/**
 * Meeting notes kept as an indented outline ("GWML2 specification:" over "  end-Feb: specification (Boyan)" over
 * "    conceptual model overview: add flow diagram"): a line with lines indented under it heads them, and the work is
 * the lines with nothing under them. Each takes the owners in its own closing bracket, else those of the nearest
 * line above it that it sits under, and the period that line opens with or is ("end-Feb: …", "mid-Feb (this
 * meeting)"), which the plan's year dates. The heading lines are the sections. Null unless the page keeps its
 * indents and at least two lines head indented lines.
 */
function readOutline(
  table: readonly (readonly string[])[],
  body: readonly Line[],
): { records: OneColumnRecord[]; sectionRows: number[] } | null {
  const indents = body.map((line) => indentOf(table[line.index]![0] ?? ''))
  let groups = 0
  for (let at = 0; at + 1 < body.length; at++) if (indents[at + 1]! > indents[at]!) groups++
  if (groups < minGroups) return null
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const above: { indent: number; owners: string; period: string; title: string }[] = []
  for (let at = 0; at < body.length; at++) {
    const line = body[at]!
    const indent = indents[at]!
    while (above.length > 0 && above.at(-1)!.indent >= indent) above.pop()
    const parent = above.at(-1)
    const owners = line.kind === 'owned' ? line.owners : (parent?.owners ?? '')
    const period = parent?.period ?? ''
    if (at + 1 < body.length && indents[at + 1]! > indent) {
      above.push({
        indent,
        owners,
        period: periodAtStart(line.title, groupPeriod)?.period ?? period,
        title: line.title.replace(/:$/, ''),
      })
      sectionRows.push(line.index + 1)
      continue
    }
    records.push({ index: line.index, cells: [line.title, owners, parent?.title ?? '', period] })
  }
  return { records, sectionRows }
}
