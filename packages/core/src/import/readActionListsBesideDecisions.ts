import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine, pageLines } from './oneColumnRecords'

/**
 * "Action items:", "Open issues:", "Follow-ups:", "遗留问题：" (issues left to close), "待办事项：" (to-dos): the label
 * of a topic's list of work still to do, ending in a colon (full-width in Chinese).
 */
const actionLabel =
  /^(?:action items?|actions?|action points|open (?:issues|items)|follow[- ]?ups?|to-?dos?|next steps|遗留问题|待办(?:事项)?|行动项|后续(?:行动|工作)|跟进事项)\s{0,2}[:：]$/i
/** "Decisions:", "Conclusions:", "Agreed:", "会议结论：" (the meeting's conclusions), "决议：": what the topic settled. */
const decisionLabel =
  /^(?:decisions?(?: made)?|conclusions?|outcomes?|resolutions?|agreed|会议结论|结论|决议|会议决议)\s{0,2}[:：]$/i
/** "1、", "2. ", "3) ", "4）": an item's number and its mark, then the item. The "、" is Chinese's enumeration comma. */
const numberedItem = /^(\d{1,3})(?:、|[.)）]\s)\s{0,3}(\S.*)$/
/** "- ", "* ", "• ": a bulleted item. */
const bulletedItem = /^[-*•]\s{1,3}(\S.*)$/
/** "Presenter: Luo Ming", "汇报人：罗明": a short field of the topic, not its heading. */
const fieldLine = /^[^:：\d]{1,20}[:：]\s{0,3}\S/
/** At least this many labelled lists of work make the layout: the page repeats it topic by topic. */
const minActionLists = 2

/** A line of the page as this layout sees it. */
type Kind = 'action-label' | 'decision-label' | 'item' | 'other'

function kindOf(text: string): Kind {
  if (actionLabel.test(text)) return 'action-label'
  if (decisionLabel.test(text)) return 'decision-label'
  if (numberedItem.test(text) || bulletedItem.test(text)) return 'item'
  return 'other'
}

/** The item's number (null for a bullet) and its text. */
function itemOf(text: string): { ref: string | null; title: string } {
  const numbered = numberedItem.exec(text)
  if (numbered !== null) return { ref: numbered[1]!, title: numbered[2]!.trim() }
  return { ref: null, title: bulletedItem.exec(text)![1]!.trim() }
}

/**
 * Reads meeting minutes that record each topic's outcome as labelled lists: under the topic's heading, a list of
 * what was decided ("Decisions:", "Conclusions:", "会议结论：") and a list of the work still to do ("Action items:",
 * "Open issues:", "遗留问题：", numbered "1、", "1." or bulleted, the numbering restarting with each topic). Each item
 * under a label of work is an action, its number its ref and the topic's heading (the last line above the label that
 * is no item, label or short field such as "Presenter: Luo Ming" / "汇报人：罗明") its section; the decisions are not
 * actions. Lines above the first topic's heading are the title rows. Returns null unless the page is one column with
 * at least two labelled lists of work, each holding an item, and at least one list of decisions.
 *
 * @example
 * readActionListsBesideDecisions([
 *   ['SIG minutes'], ['Topic 1: the build'], ['Decisions:'], ['1. Keep the old runner'], ['Action items:'],
 *   ['1. Move the cache'], ['Topic 2: the docs'], ['Action items:'], ['1. Fix the links'],
 * ])?.rows.slice(2) // [['Move the cache', '1', 'Topic 1: the build'], ['Fix the links', '1', 'Topic 2: the docs']]
 */
export function readActionListsBesideDecisions(
  table: readonly (readonly string[])[],
  page: readonly PageLine[] | null = pageLines(table),
): FlattenedActionTables | null {
  if (page === null) return null
  let actionLists = 0
  let decisionLists = 0
  for (let at = 0; at + 1 < page.length; at++) {
    const kind = kindOf(page[at]!.text)
    if (kind === 'other' || kind === 'item' || kindOf(page[at + 1]!.text) !== 'item') continue
    if (kind === 'action-label') actionLists++
    else decisionLists++
  }
  if (actionLists < minActionLists || decisionLists === 0) return null

  const records: OneColumnRecord[] = []
  const skipped: number[] = []
  let heading: PageLine | null = null
  let firstHeading = -1
  let under: Kind = 'other'
  for (const line of page) {
    const kind = kindOf(line.text)
    if (kind === 'action-label' || kind === 'decision-label') {
      under = kind
      if (firstHeading < 0) firstHeading = heading?.index ?? line.index
      skipped.push(line.index)
    } else if (kind === 'item' && under !== 'other') {
      if (under === 'action-label') {
        const { ref, title } = itemOf(line.text)
        records.push({ index: line.index, cells: [title, ref ?? '', heading?.text ?? ''] })
      } else skipped.push(line.index)
    } else {
      under = 'other'
      if (!fieldLine.test(line.text)) heading = line
      if (firstHeading >= 0) skipped.push(line.index)
    }
  }
  const top = firstHeading < 0 ? records[0]!.index : firstHeading
  return oneColumnRecords(table.slice(0, top), top + 1, ['Action', 'Ref', 'Section'], records, {
    mergedRows: [],
    skippedRows: skipped.filter((row) => row >= top).map((row) => row + 1),
    titleEvidence:
      'each item of a topic\'s list of work ("Action items:", "遗留问题："), beside its list of decisions, which are not actions',
  })
}
