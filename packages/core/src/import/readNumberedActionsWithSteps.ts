import { collapseWhitespace, hasText } from '../text/cleanCellText'
import type { FlattenedActionTables } from './flattenActionTables'
import { opensWithVerb } from './itemsBesideCommitments'
import { ACTION_LABEL, ITEM_LETTER, ITEM_NUMBER } from './itemMark'
import { ownerAtStart, ownerCell } from './ownerAtStart'

/** "3. Refit the teaching lab": a numbered item at the margin, its number and its text. */
const numberedItem = new RegExp(`^(${ITEM_NUMBER})[.)][ \\t]{1,8}(\\S.*)$`)
/** "Action 03: All departments will …": an item its author labels an action, its number and its text. */
const labelledItem = new RegExp(`^${ACTION_LABEL}[ \\t]{1,8}(\\S.*)$`)
/** "Government Digital Service will:", "For the remaining departments:": a lead-in among an item's steps. */
const leadIn = /:$/
/**
 * "… we commit to the following actions:", "We will take these actions:", "Our commitments:": a lead-in over the
 * numbered list that says its items are the actions (or commitments, pledges, steps) taken on. Bounded: the words
 * are looked for in the lead-in's last 80 characters.
 */
const actionsLeadIn = /\b(?:actions?|commitments?|commit(?:s|ted)? to|pledges?|steps)\b[^.:]{0,40}:$/i
/** A theme line between two items ("Principle: Develop digital capability …") is a short line, not a paragraph. */
const maxThemeLength = 120
/** "- Agree the budget", "● Order the benches", or an indented sub-item "   2. Fit the sinks", "  b) …". */
const stepMark = new RegExp(
  `^(?:[ \\t]{0,8}[•●·▪◦*–-]|[ \\t]{2,8}(?:${ITEM_NUMBER}|${ITEM_LETTER})[.)][ \\t])`,
)
/** "Recruitment and retention", "Community engagement": a first word with a noun's ending names a theme. */
const nounEnding = /(?:ment|tion|sion|ity|ness|ship|ance|ence)$/i
/** An item shorter than this many words is a theme's name ("Recognition", "Career pathways"), not an action. */
const minActionWords = 3
/** "action MW: ask …", "Action TB: meet …": a numbered item a minute-taker opens with the word "action". */
const minutedAction = /^action\b/i
/** At least this many numbered items make a list. */
const minItems = 3

/**
 * Reads a one-column page of numbered actions, each over its own steps ("3. Refit the teaching lab" then "- Agree
 * the budget", "- Order the benches"), as a parish council's or a team's annual plan lists its initiatives: the
 * numbered items are the actions, each with its number as ref (peeled as usual) and its steps, one per line, as its description. A
 * careful reader takes the numbered items as the actions when they say what will be done (most open with a verb)
 * and every one has steps below it; numbered themes over bulleted actions ("1. Recruitment" over "• Advertise
 * every post …") keep being read the other way. The lines above item 1 are the title rows; the list must run to
 * the end of the page, numbered 1, 2, 3 … with nothing but steps between the items. A step line cut at its commas
 * into several cells (a comma the export did not quote) is joined back. A government or university strategy labels
 * its actions instead ("Action 01: Departmental boards will include a digital leader" over "- departments will …
 * by March 2015", "Government Digital Service will:", "- publish the standard"): items labelled "Action 1:" are read
 * the same way, however they are worded (the label says they are actions), a line ending in a colon among the
 * steps is kept with them as a lead-in, and a short line just above the next labelled item ("Principle: Redesign
 * transactional services") is its theme, a section row. A lab's or a department's list of commitments says so in
 * the lead-in right above item 1 ("we, the members of the lab, commit to the following actions:", "We will take
 * these actions:", "Our pledges:"): its numbered items are the actions however they are worded ("1. Monthly
 * discussion on anti-racism", "4. Intentionally recruit …"). Returns null for any other layout.
 *
 * @example
 * readNumberedActionsWithSteps([
 *   ['Lab plan 2025'], ['1. Refit the teaching lab'], ['- Agree the budget'], ['2. Recruit two apprentices'],
 *   ['- Write the adverts'], ['3. Publish a safety guide'], ['- Draft it with the safety officer'],
 * ])?.rows[2] // ['1. Refit the teaching lab', 'Agree the budget']
 */
export function readNumberedActionsWithSteps(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  const lines: { index: number; raw: string }[] = []
  for (let index = 0; index < table.length; index++) {
    const row = table[index]!
    const filled = row.filter(hasText)
    if (filled.length === 0) continue
    if (!hasText(row[0] ?? '')) return null
    // Only a step line may have been cut at its commas.
    if (filled.length > 1 && !stepMark.test(row[0]!)) return null
    lines.push({ index, raw: filled.join(',') })
  }
  // Items numbered "1.", or labelled "Action 01:" by their author, whichever the page numbers from 1.
  let item = numberedItem
  let first = lines.findIndex((line) => Number(numberedItem.exec(line.raw)?.[1]) === 1)
  if (first < 0) {
    item = labelledItem
    first = lines.findIndex((line) => Number(labelledItem.exec(line.raw)?.[1]) === 1)
  }
  if (first < 0) return null
  const labelled = item === labelledItem
  const items: { index: number; ref: string; title: string; steps: string[]; sub?: true }[] = []
  let numberedCount = 0
  const sectionRows: number[] = []
  const following = lines.slice(first)
  for (let at = 0; at < following.length; at++) {
    const line = following[at]!
    const numbered = item.exec(line.raw)
    if (numbered !== null && Number(numbered[1]) === numberedCount + 1) {
      numberedCount++
      items.push({ index: line.index, ref: numbered[1]!, title: collapseWhitespace(numbered[2]!), steps: [] })
    } else if (stepMark.test(line.raw)) {
      const step = collapseWhitespace(line.raw.replace(stepMark, ''))
      // "- action GB: create the posts" under a minuted action: one more action, taken on by its own owner.
      if (!labelled && minutedAction.test(step) && ownerAtStart(step, 'name-first') !== null)
        items.push({ index: line.index, ref: '', title: step, steps: [], sub: true })
      else items[items.length - 1]!.steps.push(step)
    } else if (labelled && leadIn.test(line.raw.trim())) {
      // "Government Digital Service will:" over the steps it leads into: kept with them.
      items[items.length - 1]!.steps.push(collapseWhitespace(line.raw))
    } else if (labelled && line.raw.length <= maxThemeLength && item.test(following[at + 1]?.raw ?? '')) {
      // "Principle: Redesign transactional services …" over the next labelled action: its theme.
      sectionRows.push(line.index + 1)
    } else return null
  }
  // Minutes number the actions arising, most opening with "action" and its owners ("action FK, GB: set up …"), and
  // give only some of them progress notes below ("- 1st meeting held"): the word says they are actions.
  const numberedItems = items.filter((item) => item.sub !== true)
  const minuted =
    !labelled &&
    numberedItems.filter((item) => minutedAction.test(item.title)).length * 3 >= numberedItems.length * 2
  if (!minuted && items.some((item) => item.sub === true)) return null
  if (numberedItems.length < minItems || (!minuted && items.some((item) => item.steps.length === 0)))
    return null
  // The numbered items say what will be done; a theme ("Equality strand: …", "Building boards") names an area.
  // Items the author labels "Action 01:" are actions by their label, however they are worded.
  // So are items a lead-in introduces as the actions ("we commit to the following actions:").
  const introduced = first > 0 && actionsLeadIn.test(lines[first - 1]!.raw.slice(-80).trim())
  const actionLike = labelled || introduced || minuted ? items.length : items.filter(isActionLike).length
  if (actionLike * 3 < items.length * 2) return null

  const top = lines[first]!.index
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(minuted ? ['Action', 'Owner', 'Description'] : ['Action', 'Description'])
  sourceRows.push(top + 1)
  const mergedRows: number[] = []
  for (const item of items) {
    const title =
      item.sub === true
        ? item.title
        : `${labelled ? 'Action ' : ''}${item.ref}${labelled ? ':' : '.'} ${item.title}`
    const owner = ownerAtStart(item.title, 'name-first')
    rows.push(
      minuted
        ? [title, owner === null ? '' : ownerCell(owner), item.steps.join('\n')]
        : [title, item.steps.join('\n')],
    )
    sourceRows.push(item.index + 1)
  }
  const itemRows = new Set(items.map((item) => item.index + 1))
  for (const line of following) {
    const row = line.index + 1
    if (!itemRows.has(row) && !sectionRows.includes(row)) mergedRows.push(row)
  }
  return {
    rows,
    headerRow: top + 1,
    sourceRows,
    subHeaderRows: [],
    mergedRows,
    sectionRows,
    titleEvidence: labelled
      ? 'the items labelled "Action 1:" of a one-column page, each over its own steps (read as its description)'
      : minuted
        ? 'the numbered actions of minutes ("1. action MW: …"), each over its progress notes (read as its description)'
        : 'the numbered items of a one-column list, each over its own steps (read as its description)',
  }
}

/** "Recruit two apprentices", "Undertake the Refurbishment of …": a verb opening a phrase of three words or more. */
function isActionLike(item: { readonly title: string }): boolean {
  const words = item.title.split(' ')
  return (
    words.length >= minActionWords &&
    !item.title.includes(':') &&
    !nounEnding.test(words[0]!) &&
    opensWithVerb(item.title)
  )
}
