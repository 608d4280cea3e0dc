import { hasText } from '../text/cleanCellText'
import { matchColumnHeader } from './columnSynonyms'
import { opensWithVerb } from './itemsBesideCommitments'

/** A line shorter than this is a heading or a name ("Review process"), not an item. */
const minItemWords = 4

/** A header naming the actions is a few words. */
const maxHeaderWords = 4

/** At least this many lines already read as items open with a verb. */
const minVerbItems = 2

/** A word after the verb that starts its object ("Publish the …", "Hold technician open days in every faculty"). */
const objectWord = /\s(?:a|an|the|every|each|all|our|their|its|your)\s/i

/** The fewest words of the lines already read as items from `bodyStart` on. */
function shortestItem(
  rows: readonly (readonly string[])[],
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): number {
  let shortest = Number.POSITIVE_INFINITY
  for (const index of listRows) {
    if (index < bodyStart) continue
    const words = (rows[index]![titleColumn] ?? '').trim().split(/\s+/).length
    if (words < shortest) shortest = words
  }
  return shortest
}

/**
 * The lines of a one-column list under a header naming the actions that open with a verb in its bare form, as its
 * items do, and are not read as items yet: an incident review's or a postmortem's "Action items" over "Continue to
 * monitor the node restarts", "Investigate using a policy engine for the routes", "Prevent add-ons from shipping
 * with other changes". A line that opens with an instruction's verb but not with "a" or "the" after it is still an
 * item, when the header names the actions in a few words ("Action items", "Actions"), at least two lines read as items open with
 * a verb and more than half of the list's lines do: such a list is a list of instructions, and a heading is a short
 * phrase, not an order. A list with no header at all is read the same way, with two more tests for each line, as a
 * heading over such a list is short or names no object: it is no shorter than the shortest item, and a word such as
 * "the", "a", "every" or "our" follows its verb ("Publish technician profiles on the university website" among "Run
 * an annual award", "Offer every technician a review"; "Career development" stays a heading). A line of fewer than
 * four words or ending in a colon (a lead-in) is never taken. Returns the rows' 0-based indexes.
 *
 * @example
 * verbLinesAmongItems([['Actions'], ['Review the forms'], ['Continue to monitor the logs'], ['Publish the review']], 'Actions', 1, 0, new Set([1, 3]))
 * // [2]
 */
export function verbLinesAmongItems(
  rows: readonly (readonly string[])[],
  header: string,
  bodyStart: number,
  titleColumn: number,
  listRows: ReadonlySet<number>,
): number[] {
  // A header of a few words ("Action items"), not a first item taken for one ("Activity 1.1 Offering …"); or none.
  const headerless = header.trim() === ''
  if (!headerless && header.split(/\s+/, maxHeaderWords + 1).length > maxHeaderWords) return []
  if (!headerless && matchColumnHeader(header)?.field !== 'title') return []
  const shortest = headerless ? shortestItem(rows, bodyStart, titleColumn, listRows) : 0
  let lines = 0
  let verbLines = 0
  let verbItems = 0
  const found: number[] = []
  for (let index = bodyStart; index < rows.length; index++) {
    const text = (rows[index]![titleColumn] ?? '').trim()
    if (!hasText(text)) continue
    lines++
    if (!opensWithVerb(text)) continue
    verbLines++
    if (listRows.has(index)) verbItems++
    else if (
      !text.endsWith(':') &&
      text.split(/\s+/, minItemWords).length >= minItemWords &&
      (!headerless || (text.split(/\s+/).length >= shortest && objectWord.test(text)))
    )
      found.push(index)
  }
  return verbItems >= minVerbItems && verbLines * 2 > lines ? found : []
}
