import { collapseWhitespace } from '../text/cleanCellText'
import type { ActionDraft } from './buildAction'
import { ownerAtStart } from './ownerAtStart'
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
  for (const sentence of sentences) {
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
  }
  return items.length >= minItems && items.length >= sentences.length * minOwnedShare ? items : null
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
 * @example
 * splitOwnerLedSentences(draft).map((d) => d.cells.get('title')?.text) // ['Ana to book the hall.', 'Tom and Ravi to price the chairs.', …]
 */
export function splitOwnerLedSentences(draft: ActionDraft): ActionDraft[] {
  const title = draft.cells.get('title')
  if (draft.verbatim || title === undefined) return [draft]
  const items = ownerLedItems(title.text)
  if (items === null) return [draft]
  const ownersCell = draft.cells.get('owners')
  const hasOwners = ownersCell !== undefined && ownersCell.text.trim() !== ''
  return items.map((item) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: item.text })
    if (!hasOwners)
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
