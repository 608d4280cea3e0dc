import { parseTargetDate } from '../dates/parseTargetDate'
import { BULLET_LEAD } from './bulletMarks'
import { endsMidPhrase } from './endsMidPhrase'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { roadmapTeamHeading } from './roadmapTeamHeading'
import { roadmapStageWording } from './statusFromRoadmapStage'

/** A period under a stage heading is a few words ("April to August 2023", "Summer 2024"). */
const maxPeriodWords = 6

/** "1.4. ", "2 ", "3.1 ": the number of an agenda's item. Anchored, bounded. */
const agendaNumber = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s/

/** "Check back August 2024", "Check back after 2024 Retreat", "Revisit in June": when to look at an item again. */
const reviewPoint = /^(?:check back|revisit|review again)\b[^.]{0,60}$/i

/** The stage a heading of at most 40 characters names (its status words), or null. */
function stageOf(text: string): string | null {
  return text.length > 40 ? null : roadmapStageWording(text)
}

/** The target a period line under a stage heading gives ("April to August 2023"), or null when it is no period. */
function periodOf(text: string): string | null {
  if (text.split(' ').length > maxPeriodWords || !/\d{4}/.test(text)) return null
  return parseTargetDate(text).due === null ? null : text
}

/**
 * Reads a roadmap page whose lists sit under headings naming their stage, as public-sector services and
 * open-source projects publish them ("Things we're working on now", "Things we'll do later", "Things we've done";
 * "Now", "Next", "Later"; "Recently shipped", "Coming up next", "Future plans"): each line under a stage heading,
 * bulleted or not, is an action with the stage's status (done → complete, now → in progress, next or later → not
 * started), and a period line straight under the heading ("April to August 2023") is the target of the items
 * below it. An item that breaks off on a joining word ("Develop a policy on gender identity and") goes on in the
 * next bulleted line ({@link endsMidPhrase}). A lead-in ending in a colon ("We plan to:") is left out, and so is, on a page that bullets its items, a
 * plain sentence under a stage (one ending in a full stop: "We moved the catalogue in January."). A page grouped by
 * team gives each team's name and remit paragraph above its stage headings ({@link roadmapTeamHeading}): the team
 * owns the items below it, and the two lines are structure, not items. Lines above the
 * first stage heading are the title rows. Returns null unless the page is one column with at least two stage headings, each over at least one
 * item, and three items in all.
 *
 * @example
 * readRoadmapStages([
 *   ['Roadmap'], ['Things we’re working on now'], ['Add dark mode'], ['Things we’ve done'], ['Add search'],
 *   ['Fix the footer links'],
 * ])?.rows[2] // ['Add dark mode', 'In progress', '']
 */
export function readRoadmapStages(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  const first = lines.findIndex((line) => stageOf(line.text) !== null)
  if (first < 0) return null
  // A page that bullets its items: a plain sentence under a stage is about it ("We moved the catalogue in
  // January."), not an item.
  const bulleted = lines.some((line, at) => at > first && BULLET_LEAD.test(line.text))
  const records: OneColumnRecord[] = []
  const sectionRows: number[] = []
  const mergedRows: number[] = []
  // A page grouped by team: a team's name and its remit over its stage headings owns the items below them.
  const teamAt = (at: number): string | null =>
    at >= 0 && at + 2 < lines.length && stageOf(lines[at + 2]!.text) !== null
      ? roadmapTeamHeading(lines[at]!.text, lines[at + 1]!.text)
      : null
  // An agenda's numbered item ("1.4. Action Item Review") over the stage lists: the next item of its depth
  // ("1.5. Document Status Update") ends them.
  const agendaAbove = lines
    .slice(0, first)
    .reverse()
    .map((line) => agendaNumber.exec(line.text)?.[1])
    .find((number) => number !== undefined)
  const agendaDepth = agendaAbove === undefined ? null : agendaAbove.split('.').length
  const skippedRows: number[] = []
  const notes: string[] = []
  let team = teamAt(first - 2) ?? ''
  let teams = team === '' ? 0 : 1
  let stage = ''
  let period = ''
  let headings = 0
  let underHeading = 0
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!
    const nextTeam = underHeading > 0 ? teamAt(i) : null
    if (nextTeam !== null) {
      team = nextTeam
      teams++
      sectionRows.push(line.index + 1, lines[i + 1]!.index + 1)
      i++
      continue
    }
    const number = agendaDepth === null ? undefined : agendaNumber.exec(line.text)?.[1]
    if (number !== undefined && number.split('.').length === agendaDepth) {
      for (const rest of lines.slice(i)) skippedRows.push(rest.index + 1)
      break
    }
    const named = stageOf(line.text)
    if (named !== null) {
      if (headings > 0 && underHeading === 0) return null
      stage = named
      period = ''
      headings++
      underHeading = 0
      sectionRows.push(line.index + 1)
      continue
    }
    if (underHeading === 0 && period === '') {
      const given = periodOf(line.text)
      if (given !== null) {
        period = given
        sectionRows.push(line.index + 1)
        continue
      }
    }
    const bullet = BULLET_LEAD.exec(line.text)
    const text = bullet === null ? line.text : line.text.slice(bullet[0].length)
    if (text.endsWith(':') || (bulleted && bullet === null && /[.!]$/.test(text))) {
      mergedRows.push(line.index + 1)
      continue
    }
    // "Check back August 2024" under an item: when to look at it again, a note of that item.
    if (underHeading > 0 && reviewPoint.test(text)) {
      const last = records.length - 1
      notes[last] = notes[last] === '' ? text : `${notes[last]}\n${text}`
      mergedRows.push(line.index + 1)
      continue
    }
    // "- Develop a policy on gender identity and" over "- sexual orientation": one item wrapped onto two bullets.
    const previous = records.at(-1)
    if (underHeading > 0 && bullet !== null && previous !== undefined && endsMidPhrase(previous.cells[0]!)) {
      records[records.length - 1] = {
        ...previous,
        cells: [`${previous.cells[0]} ${text}`, ...previous.cells.slice(1)],
      }
      mergedRows.push(line.index + 1)
      continue
    }
    records.push({ index: line.index, cells: [text, stage, period, team] })
    notes.push('')
    underHeading++
  }
  if (headings < 2 || underHeading === 0 || records.length < 3) return null
  const top = lines[first]!.index
  // Only a page grouped by team has an owners column; only one with review points a notes column.
  const withTeam = teams > 0
  const withNotes = notes.some((note) => note !== '')
  const header = [
    'Action',
    'Status',
    'Target',
    ...(withTeam ? ['Team'] : []),
    ...(withNotes ? ['Notes'] : []),
  ]
  const rows = records.map((record, at) => ({
    index: record.index,
    cells: [
      ...record.cells.slice(0, 3),
      ...(withTeam ? [record.cells[3]!] : []),
      ...(withNotes ? [notes[at]!] : []),
    ],
  }))
  return oneColumnRecords(table.slice(0, top), top + 1, header, rows, {
    mergedRows,
    sectionRows,
    ...(skippedRows.length > 0 ? { skippedRows } : {}),
    titleEvidence:
      "each line under the roadmap's stage headings (\"Things we've done\"), its status the stage's",
  })
}
