import { MONTHS } from '../dates/lexicon'
import type { StatusState } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { BULLET_LEAD, BULLET_MARKS } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { isInstruction } from './isInstruction'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'
import { readColourLegend } from './readColourLegend'
import { MAX_HEADING_LENGTH } from './maxHeadingLength'
import { yearOfHeading } from './yearOfHeading'
import { ownersBeforeDash } from './ownersBeforeDash'
import { openingOf } from './verbLedLinesUnderHeadings'

/** "🟢 Adopt …", "✅ Publish …", "🚧 Migrate …": a short run of marks with no letter, digit or space, then the item. */
const iconLead = /^([^\p{L}\p{N}\s]{1,4})\s{0,3}(?=\S)/u
/** A mark drawn as a picture or a symbol: what makes a run of marks an icon rather than punctuation. */
const pictured = /[\p{Extended_Pictographic}\p{So}]/u
/** A ballot box left empty ("☐", "⬜"), as a checklist marks the items not ticked yet. */
const emptyBox = /^(?:☐|⬜|🔲|🔳)$/u
/** A list's own bullet marks are never status icons. */
const bulletMark = new RegExp(`[${BULLET_MARKS}]`)
/** "Green 🟢", "🟥 Red": a colour and its icon alone on a legend line. */
const colourWithIcon =
  /^(?:([^\p{L}\p{N}\s]{1,4})\s{1,3})?(red|amber|orange|green|blue|grey|gray|yellow)(?:\s{1,3}([^\p{L}\p{N}\s]{1,4}))?$/iu
/** A line that closes a sentence: a paragraph or a definition, never a heading. */
const endsSentence = /[.!?:]["'”’)]?$/
/** The words of a status a legend line gives its icon ("✅ Done", "🚧 In progress"). */
const maxLegendWords = 3
/** At least this many items open with an icon. */
const minItems = 3
/** How a state is written in the status column, after the colour the page gave it. */
const stateLabels: Partial<Record<StatusState, string>> = {
  complete: 'Complete',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  ongoing: 'Ongoing',
}

/**
 * A legend row of two cells, an icon and its meaning ("✔️ | Completed task", "🔶 | Task underway but not
 * complete"): the icon and the state its meaning's words before any colon or full stop give, or null.
 */
function iconBesideMeaning(row: readonly string[]): { icon: string; state: StatusState } | null {
  const cells = row.filter(hasText)
  if (cells.length !== 2) return null
  const icon = cells[0]!.trim()
  if (icon.length > 8 || /[\p{L}\p{N}]/u.test(icon) || !pictured.test(icon) || bulletMark.test(icon))
    return null
  const meaning = collapseWhitespace(cells[1]!)
  const cut = /[:.]/.exec(meaning.slice(0, 80))
  const state = parseStatus((cut === null ? meaning : meaning.slice(0, cut.index)).slice(0, 80)).state
  return state === 'unknown' ? null : { icon, state }
}

/** The icon a line opens with (after any bullet) and the text after it, or null. */
function iconOf(line: string): { icon: string; rest: string } | null {
  const text = line.replace(BULLET_LEAD, '')
  const match = iconLead.exec(text)
  if (match === null) return null
  const icon = match[1]!
  if (!pictured.test(icon) || bulletMark.test(icon)) return null
  return { icon, rest: text.slice(match[0].length) }
}

/**
 * Reads a one-column roadmap or status page whose items each open with a status icon, as open-source projects and
 * working groups keep their roadmaps on GitHub: a status legend ("Green 🟢" over the sentences defining it, "Effort
 * is already underway."; "Red 🟥" over "… have not yet been started."; or "✅ Done", "🚧 In progress"), then category
 * headings, each over an intro paragraph and items such as "🟢 Adopt a code of conduct" or "🟥 Recruit for unfilled
 * positions.". Each item is an action titled by its text after the icon, its status the icon read through the legend
 * (a colour's meaning, as {@link readColourLegend} reads it; or a legend table's row, "🔶 | Task underway") or,
 * without one, as the icon's own meaning ("✅" is complete); the heading above it is its section. A line with no
 * icon that would head nothing, in a section of items, is an item with no status when it opens with a verb
 * ("Write the year-end report"). Legend lines, their definitions and intro paragraphs are not
 * actions; the lines above the legend (or the first item) are the title rows. Returns null unless the page is one
 * column with at least three items, every icon they open with gives a state, and no line opening with another
 * icon.
 *
 * @example
 * readStatusIconItems([
 *   ['Roadmap'], ['Green 🟢'], ['Work is already underway.'], ['Red 🟥'], ['Work has not yet been started.'],
 *   ['Outreach'], ['🟢 Run a user survey'], ['🟥 Fund a mentor'], ['🟢 Publish the code of conduct'],
 * ])?.rows.slice(1, 3) // [['Action', 'Status', 'Section'], ['Run a user survey', 'Green – In progress', 'Outreach']]
 */
export function readStatusIconItems(
  table: readonly (readonly string[])[],
  lines: readonly PageLine[] | null = pageLines(table, 'join'),
): FlattenedActionTables | null {
  if (lines === null) return null
  // Icon → the colour a legend line pairs it with, or the state its words give ("✅ Done").
  const colours = new Map<string, string>()
  const legendStates = new Map<string, StatusState>()
  const legendRows = new Set<number>()
  const items: { index: number; icon: string; rest: string }[] = []
  for (const line of lines) {
    if (line.text.length > 1_000) continue
    // "✔️ | Completed task": a legend written as a small table, each icon in a cell beside its meaning.
    const tabled = iconBesideMeaning(table[line.index]!)
    if (tabled !== null) {
      legendStates.set(tabled.icon, tabled.state)
      legendRows.add(line.index)
      continue
    }
    const colour = colourWithIcon.exec(line.text)
    if (colour !== null && (colour[1] ?? colour[3]) !== undefined) {
      colours.set((colour[1] ?? colour[3])!, colour[2]!.toLowerCase())
      legendRows.add(line.index)
      continue
    }
    const led = iconOf(line.text)
    if (led === null) continue
    const legend =
      led.rest.split(' ', maxLegendWords + 1).length <= maxLegendWords && !endsSentence.test(led.rest)
        ? parseStatus(led.rest)
        : null
    const state = legend?.state ?? 'unknown'
    // Below the first item, a legend line says a status and nothing else ("✅ Done"): "☑️ To-do list" is an item.
    if (state !== 'unknown' && (items.length === 0 || legend?.note === null)) {
      legendStates.set(led.icon, state)
      legendRows.add(line.index)
      continue
    }
    items.push({ index: line.index, ...led })
  }
  if (items.length < minItems) return null
  const firstItem = items[0]!.index
  const legendTop = Math.min(...[...legendRows].filter((row) => row < firstItem))
  const legendOrItem = Number.isFinite(legendTop) ? legendTop : firstItem
  const meanings = readColourLegend(
    lines.filter((line) => line.index >= legendOrItem && line.index < firstItem).map((line) => line.text),
  )
  const statusOf = (icon: string): string | null => {
    const colour = colours.get(icon)
    const state = colour === undefined ? legendStates.get(icon) : meanings.get(colour)
    if (state !== undefined) {
      const label = stateLabels[state] ?? state
      return colour === undefined ? label : `${colour[0]!.toUpperCase()}${colour.slice(1)} – ${label}`
    }
    return parseStatus(icon).state === 'unknown' ? null : icon
  }
  const statuses = new Map<string, string | null>()
  for (const item of items) if (!statuses.has(item.icon)) statuses.set(item.icon, statusOf(item.icon))
  // A checklist of ticked boxes ("☑ Send the notes") and empty ones ("☐ Book the hall"): an empty box is work not
  // started yet, as an unticked item is; alone, or beside icons of other meanings, it says nothing.
  const ticks = [...statuses.values()].some(
    (status) => status !== null && parseStatus(status).state === 'complete',
  )
  for (const [icon, status] of statuses) {
    if (status === null && ticks && emptyBox.test(icon)) statuses.set(icon, stateLabels['not-started']!)
  }
  if ([...statuses.values()].some((status) => status === null)) return null

  // A checklist ticks its done items ("☑️ Set up the repo"): an instruction among them with no tick is not done yet.
  const ticked = [...statuses.values()].every((status) => parseStatus(status!).state === 'complete')
  const itemAt = new Map(items.map((item) => [item.index, item]))
  // A team's notes name who does each item before a dash ("✅ Thibaud - Review the research"), on two items or more.
  const dashOwners = items.map((item) => ownersBeforeDash(item.rest))
  const dashOwned = dashOwners.filter((owners) => owners !== null).length >= 2
  const named = new Set(dashOwned ? dashOwners.flatMap((owners) => owners?.owners ?? []) : [])
  // In such notes, a line under the same heading as ticked items that names its owner so, or is an instruction,
  // is an item not yet done, above the first ticked item as well as below it.
  const untickedItem = (text: string): boolean =>
    (dashOwned && ownersBeforeDash(text) !== null) || (!endsSentence.test(text) && isInstruction(text))
  let top = firstItem
  if (ticked && dashOwned && !Number.isFinite(legendTop)) {
    let at = lines.findIndex((line) => line.index === firstItem)
    while (at > 0 && untickedItem(lines[at - 1]!.text.replace(BULLET_LEAD, ''))) at--
    top = lines[at]!.index
  } else if (Number.isFinite(legendTop)) top = legendTop
  const headingOf = new Map<number, number>()
  const tickedUnder = new Set<number>()
  {
    let heading = -1
    for (const line of lines) {
      if (itemAt.has(line.index)) tickedUnder.add(heading)
      else if (
        line.text.length <= MAX_HEADING_LENGTH &&
        !endsSentence.test(line.text) &&
        !untickedItem(line.text)
      )
        heading = line.index
      headingOf.set(line.index, heading)
    }
  }
  /** The owners of an item and its work without them ("Thibaud Do another search" once Thibaud owns others). */
  const ownedWork = (text: string): { owners: string; work: string } => {
    if (!dashOwned) return { owners: '', work: text }
    const dash = ownersBeforeDash(text)
    if (dash !== null) return { owners: dash.owners.join(', '), work: dash.rest }
    const space = text.indexOf(' ')
    const first = space < 0 ? '' : text.slice(0, space)
    return named.has(first) && /^\p{Lu}/u.test(text.slice(space + 1))
      ? { owners: first, work: text.slice(space + 1) }
      : { owners: '', work: text }
  }
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  const sectionRows: number[] = []
  let section = ''
  // A line read as a heading that heads no item, in a section of marked items, is an item of its own when it
  // reads as an instruction ("Submit the year-end report" closing the list): work with no mark, so no status.
  let headingAbove: { index: number; text: string; section: string; target: string; listed: boolean } | null =
    null
  let itemsInSection = 0
  const closeHeading = () => {
    const heading = headingAbove
    headingAbove = null
    if (heading === null || !heading.listed || openingOf(heading.text) !== 'verb') return
    sectionRows.splice(sectionRows.indexOf(heading.index + 1), 1)
    section = heading.section
    itemsInSection++
    records.push({ index: heading.index, cells: [heading.text, '', heading.section, ''] })
    targets.push(heading.target)
  }
  // A month heading ("Oct", "November:") under a heading naming its year ("2021 Q4 Aim: …"), the two levels of a
  // monthly plan, dates the items below it by the month's end; the heading may stand above the first item.
  let year = ''
  let month = ''
  const targets: string[] = []
  for (const line of lines) {
    const item = itemAt.get(line.index)
    if (item === undefined && !legendRows.has(line.index) && line.text.length <= MAX_HEADING_LENGTH) {
      const named = yearOfHeading(line.text)
      const bare = line.text.replace(/:$/, '')
      if (named !== '') [year, month] = [named, '']
      else if (MONTHS.has(bare.toLowerCase())) month = bare
    }
    if (line.index < top) continue
    const target = year !== '' && month !== '' ? `${month} ${year}` : ''
    if (item !== undefined) {
      headingAbove = null
      itemsInSection++
    }
    if (item !== undefined) {
      const { owners, work } = ownedWork(item.rest)
      records.push({ index: line.index, cells: [work, statuses.get(item.icon)!, section, owners] })
      targets.push(target)
      continue
    }
    const unticked = line.text.replace(BULLET_LEAD, '')
    // Notes naming owners take the unticked items only under the headings of their ticked ones ("Actions"), not
    // the discussion below them.
    const listed = !dashOwned || tickedUnder.has(headingOf.get(line.index) ?? -1)
    if (ticked && (line.index > firstItem || dashOwned) && listed && untickedItem(unticked)) {
      const { owners, work } = ownedWork(unticked)
      headingAbove = null
      records.push({ index: line.index, cells: [work, 'Not started', section, owners] })
      targets.push(target)
      continue
    }
    // A short line that closes no sentence heads the items below it; legend lines, definitions and intro
    // paragraphs are left out.
    if (
      !legendRows.has(line.index) &&
      line.text.length <= MAX_HEADING_LENGTH &&
      !endsSentence.test(line.text)
    ) {
      closeHeading()
      headingAbove = { index: line.index, text: line.text, section, target, listed: itemsInSection > 0 }
      itemsInSection = 0
      section = line.text
      sectionRows.push(line.index + 1)
    } else skippedRows.push(line.index + 1)
  }
  closeHeading()
  const dated = targets.some((target) => target !== '')
  const owned = records.some((record) => record.cells[3] !== '')
  const header = ['Action', 'Status', 'Section', ...(owned ? ['Owner'] : []), ...(dated ? ['Target'] : [])]
  const rows = records.map((record, at) => ({
    index: record.index,
    cells: [...record.cells.slice(0, owned ? 4 : 3), ...(dated ? [targets[at]!] : [])],
  }))
  return oneColumnRecords(table.slice(0, top), top + 1, header, rows, {
    mergedRows: [],
    sectionRows,
    skippedRows,
    titleEvidence:
      'each line opening with a status icon, the icon read through the page\'s legend ("Green 🟢")',
  })
}
