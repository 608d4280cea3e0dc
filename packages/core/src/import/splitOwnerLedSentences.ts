import { collapseWhitespace } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'
import { ownerAtStart, workAfterOwnerColon } from './ownerAtStart'
import { splitSentences } from './proseStep'

/** One or two sentences naming their owners could be one action and its remark: a list needs three. */
const minItems = 3
/** At least this share of the cell's sentences open with an owner; the others are remarks on the item above. */
const minOwnedShare = 2 / 3
/** A cell longer than this is read no further (a run-on cell of minutes is a few thousand characters). */
const maxText = 100_000

/** A short label before the items it heads: "New actions: ", "Carried forward: " (one to four words, a colon). */
const leadLabel = /^(\p{Lu}[\p{L}'’-]{0,20}(?: [\p{L}'’-]{1,20}){0,3}):\s{1,3}/u

/** Names joined as minutes join them: "Ana/Tom", "Ana and Tom", "Ana & Tom", "Ana, Tom". */
const nameJoiner = /\s?\/\s?| and | & |, /

/** One item of the cell: its text, the owner that opens it as written, and the label over it. */
interface Item {
  text: string
  owner: string
  label: string | null
}

/** The owner a sentence opens with ("Ana to book …", "Ana/Tom to …", "All to read …"), past a short label
 * heading it ("New actions: Ana to …"), or null. */
function openingOwner(sentence: string): { owner: string; label: string | null; text: string } | null {
  // "New: Kit to …" is a label over Kit's item; "Kit: email the choir" is Kit's item.
  const label = leadLabel.exec(sentence)
  if (label !== null) {
    const rest = sentence.slice(label[0].length)
    const labelled = ownerAtStart(rest, 'name-first')
    if (labelled !== null) return { owner: labelled, label: label[1]!, text: rest }
  }
  const owner = ownerAtStart(sentence, 'name-first')
  return owner === null ? null : { owner, label: null, text: sentence }
}

/**
 * The items of a cell whose sentences run together, each naming its owner first, or null when the cell is not
 * such a list. Sentences that name no owner are remarks on the item before them.
 */
function ownerLedItems(text: string): Item[] | null {
  if (text.length > maxText) return null
  const sentences = splitSentences(collapseWhitespace(text))
  if (sentences.length < minItems) return null
  const items: Item[] = []
  let label: string | null = null
  let owned = 0
  for (const sentence of sentences) {
    // "Two quotes to be sought.": work to be done, an item of its own that names no owner.
    if (items.length > 0 && workToBeDone.test(sentence)) {
      items.push({ text: sentence, owner: '', label })
      continue
    }
    const opened = openingOwner(sentence)
    if (opened === null) {
      const last = items[items.length - 1]
      // Text before the first owner is an introduction, not a list of owner-led items.
      if (last === undefined) return null
      last.text = `${last.text} ${sentence}`
      continue
    }
    if (opened.label !== null) label = opened.label
    items.push({ text: opened.text, owner: opened.owner, label })
    owned++
  }
  return owned >= minItems && items.length >= sentences.length * minOwnedShare ? items : null
}

/** A line that goes on into the next (a comma, a joining word or a hyphen at its end) or leads into it (a colon). */
const linkedLine = /(?:[,;:–-]|\b(?:and|or|of|to|the|for|with|in|on|a|an))$/i

/**
 * The items of a cell written one a line, most lines opening with who does it ("Ana to book the hall⏎Tom and Ravi
 * to price the chairs⏎Chairs for the hall – quote awaited"): each line is an item, owned by the names opening it or
 * by no one. Three lines or more, two in three of them owner-led; every line opens with a capital or a digit, and
 * none goes on into the next or leads into it. Null otherwise.
 */
function ownerLedLines(text: string): Item[] | null {
  if (text.length > maxText || !text.includes('\n')) return null
  const lines = text
    .split('\n')
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== '')
  if (lines.length < minItems) return null
  const items: Item[] = []
  let owned = 0
  let tasked = 0
  for (const line of lines) {
    if (!/^[\p{Lu}\d]/u.test(line) || linkedLine.test(line)) return null
    // "Grants to be sought": a thing to be done, its subject no one who does it.
    const passive = workToBeDone.test(line)
    const owner = passive ? null : ownerOfLine(line)
    if (owner !== null) owned++
    else if (passive) tasked++
    items.push({ text: line, owner: owner ?? '', label: null })
  }
  return owned >= minItems && owned + tasked >= lines.length * minOwnedShare ? items : null
}

/** "Two quotes to be sought.", "Sale of the old chairs to be investigated by the committee": work to be done,
 * written in the passive, as a line among owner-led ones; a subject of up to eight words, "to be", a participle.
 * Anchored, bounded. */
const workToBeDone =
  /^\p{Lu}[\p{L}'’,-]{0,30}(?: [\p{L}'’,-]{1,30}){0,7} to be \p{Ll}{2,20}(?:ed|en|wn|ne|t)\b/u

/** "Ana, Tom and Ravi to …": first names listed by commas before the last two joined by "and". */
const listedNames = /^((?:\p{Lu}[\p{L}'’-]{1,20}, ){1,5})(?=\p{Lu}[\p{L}'’-]{1,20} (?:and|&) )/u

/** The owners opening a line, as `ownerAtStart` reads them, with first names listed by commas before them. */
function ownerOfLine(line: string): string | null {
  const owner = ownerAtStart(line, 'name-first')
  if (owner !== null) return owner
  const listed = listedNames.exec(line)
  if (listed === null) return null
  const rest = ownerAtStart(line.slice(listed[0].length), 'name-first')
  return rest === null ? null : `${listed[1]}${rest}`
}

/** "… approved.  Actions: Ana to …; Tom to …": the minute-taker's label after the sentences of the discussion. */
const actionsLabel = /(?<=[.!?])\s{1,6}Actions?\s{0,2}:\s{0,3}(?=\S)/
/** Clauses after such a label are set apart by semicolons. */
const clauseBreak = /\s{0,3};\s{0,3}/

/**
 * The items a label after the discussion lists, each a clause set apart by ";" and opening with its owner
 * ("Actions: Ana to print the flyers; Tom to fix the plaques"), or null when there is no such label, fewer than two
 * clauses, or a clause that names no owner first.
 */
function labelledClauses(text: string): Item[] | null {
  if (text.length > maxText) return null
  const label = actionsLabel.exec(text)
  if (label === null) return null
  const clauses = collapseWhitespace(text.slice(label.index + label[0].length))
    .split(clauseBreak)
    .filter((clause) => clause !== '')
  if (clauses.length < 2) return null
  const items: Item[] = []
  for (const clause of clauses) {
    const owner = ownerAtStart(clause, 'name-first')
    if (owner === null) return null
    items.push({ text: clause, owner, label: null })
  }
  return items
}

/** The names of an owners cell, one a line or joined as minutes join them, lower-cased. */
function namesOfCell(text: string): Set<string> {
  return new Set(
    text
      .split(/\n/)
      .flatMap((line) => line.split(nameJoiner))
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ''),
  )
}

/**
 * Splits an action cell whose actions are written as sentences run together, each opening with who does it, as a
 * committee's minutes gather the meeting's actions into one cell ("Ana to book the hall. Tom and Ravi to price the
 * chairs. All to read the draft lease."): one action per sentence, titled by the sentence as written, owned by
 * the names before "to" or "will" (`ownerAtStart`'s `'name-first'` words, several joined by "/", "and", "&" or
 * commas). A short label opening a sentence ("New actions:", "Carried forward:") is the `section` of the items
 * from there on. A sentence naming no owner stays with the item before it. Needs three owner-led sentences or more,
 * two in three of the cell's sentences, and the first sentence owner-led. Drafts with an owners cell keep it; a
 * verbatim (canonical) draft and any other cell come back alone.
 *
 * A cell that discusses an item and then lists its actions after a label ("Plaques – wording approved.  Actions:
 * Ana to order the printing; Tom to fix them") is split the same way, one action a clause set apart by ";", each
 * opening with its owner (two clauses or more); the owners cell beside it, naming the clauses' owners one a line
 * ("Ana⏎Tom"), gives each action its own owner, and the discussion before the label is each one's description
 * when the row has none.
 *
 * A cell of actions one a line, most opening with their owners and no full stops between them ("Ana to book the
 * hall⏎Tom and Ravi to price the chairs⏎Chairs for the hall – quote awaited"), is split one action a line
 * ({@link ownerLedLines}); a line naming no owner is an action with none.
 *
 * @example
 * splitOwnerLedSentences(draft).map((d) => d.cells.get('title')?.text) // ['Ana to book the hall.', 'Tom and Ravi to price the chairs.', …]
 */
export function splitOwnerLedSentences(draft: ActionDraft): ActionDraft[] {
  const title = draft.cells.get('title')
  if (draft.verbatim || title === undefined) return [draft]
  const sentences = ownerLedItems(title.text)
  const listed = sentences === null ? labelledClauses(title.text) : null
  const items = listed ?? sentences ?? ownerLedLines(title.text)
  if (items === null) return [draft]
  const ownersCell = draft.cells.get('owners')
  const hasOwners = ownersCell !== undefined && ownersCell.text.trim() !== ''
  // The owners cell beside a labelled list names each clause's owner: each action takes its own.
  const named = listed !== null && hasOwners ? namesOfCell(ownersCell.text) : null
  const ownOwners =
    named !== null &&
    items.every((item) => item.owner.split(nameJoiner).every((n) => named.has(n.trim().toLowerCase())))
  const discussion = listed === null ? '' : title.text.slice(0, actionsLabel.exec(title.text)!.index).trim()
  const described = draft.cells.get('description')
  return items.map((item) => {
    const cells = new Map(draft.cells)
    // "SD: Draft the article": the item is titled by the work after its owner's colon, the line kept as written.
    const work = workAfterOwnerColon(item.text, item.owner)
    cells.set('title', { ...title, text: work ?? item.text })
    const undescribed = described === undefined || described.text.trim() === ''
    if (discussion !== '' && undescribed)
      cells.set('description', { text: discussion, column: title.column, header: '' })
    else if (work !== null && undescribed)
      cells.set('description', { text: item.text, column: title.column, header: '' })
    if (ownOwners) cells.set('owners', { ...ownersCell!, text: item.owner.split(nameJoiner).join(', ') })
    else if (!hasOwners && item.owner !== '')
      cells.set('owners', {
        text: item.owner.split(nameJoiner).join(', '),
        column: title.column,
        header: '',
      })
    return {
      ...draft,
      section: draft.section ?? item.label,
      cells,
      extra: draft.extra.map((cell) => ({ ...cell })),
    }
  })
}
