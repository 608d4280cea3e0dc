import { hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'

/** "We will work closely with our partners to:", "We are committed to …": a commitment, in the first person. */
const commitment = /^\s{0,4}we\s{1,3}(?:will|shall|are|aim|commit|plan|intend|pledge)\b/i
/** A list mark, then the item: "· Identify …", "- Create …". */
const listMark = /^[ \t]{0,8}[•·▪*–-][ \t]{0,12}/
/** Words that open a clause or a phrase, never an item's verb. */
const notVerbs = new Set([
  'we',
  'our',
  'the',
  'this',
  'these',
  'all',
  'each',
  'every',
  'a',
  'an',
  'to',
  'by',
  'in',
])

/** The columns a prose column beside the action column may have been given when it holds the actions. */
const proseFields: readonly ColumnField[] = ['description', 'successMeasures', 'notes']

/**
 * In a table without a header, a column of "We will …" commitments beside a column whose every item opens with a
 * bare verb ("Identify opportunities …", "Create Diversity Calendar"): the items are the actions and the
 * commitment is what they serve, as a careful reader takes them. Returns the column that holds the actions
 * and the commitment column, or null when the table is not laid out so.
 *
 * @example
 * itemsBesideCommitments([['We will support our partners to:', '· Identify shared training'], ['We will listen more.', 'Create a forum']], 0)
 * // { actions: 1, commitments: 0 }
 */
export function itemsBesideCommitments(
  body: readonly (readonly string[])[],
  titleColumn: number,
  fields: ReadonlyMap<ColumnField, number>,
): { actions: number; commitments: number } | null {
  const right = titleColumn + 1
  const rightField = [...fields].find(([, column]) => column === right)?.[0]
  if (rightField !== undefined && !proseFields.includes(rightField)) return null
  const rows = body.filter((row) => hasText(row[titleColumn] ?? '') || hasText(row[right] ?? ''))
  if (rows.length < 2) return null
  for (const row of rows) {
    if (!commitment.test(row[titleColumn] ?? '')) return null
    const items = (row[right] ?? '').split('\n').filter(hasText)
    if (items.length === 0 || !items.every(opensWithVerb)) return null
  }
  return { actions: right, commitments: titleColumn }
}

/**
 * "Identify opportunities", "· Create join up": a capitalised first word in a verb's bare form, not a plural
 * or an "-ing" or "-ed" word, nor a pronoun or article.
 *
 * @example
 * opensWithVerb('Create a forum') // true
 * opensWithVerb('Building boards') // false
 */
export function opensWithVerb(line: string): boolean {
  const first = line.replace(listMark, '').split(' ')[0] ?? ''
  if (!/^[A-Z][a-z]{2,14}$/.test(first)) return false
  const word = first.toLowerCase()
  if (notVerbs.has(word)) return false
  return !word.endsWith('ing') && !word.endsWith('ed') && !(word.endsWith('s') && !word.endsWith('ss'))
}
