import type { ImportIssue } from '../model/importIssue'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { matchColumnHeader } from './columnSynonyms'
import { createImportIssue } from './createImportIssue'
import { findHeader } from './findHeader'

/**
 * Words that name one part of a group header without being a field of their own: "Responsibility" over
 * "Lead | Support", "Owner" over "Primary | Secondary".
 */
const partLabel = /^(?:support(?:ing)?|deputy|secondary|primary|main|others?|co ?lead|partners?)$/i

/** A cell of a header's second row is a few words, with no figures (a date or a count is a value). */
const shortLabel = /^[^\d\n]{1,30}$/

/**
 * A header written over two rows, read as one: a group cell spanning the columns below it ("Timescale" over
 * "Start | End", "Responsibility" over "Lead | Support"), as Word and Excel plans merge a group header across
 * its columns, and a header wrapped or split by a page break ("Action to be | Person | Target" over "taken |
 * responsible | date"). The row below the header is its second row when every filled cell is either a header
 * word standing under a group (at least one of them under an empty, spanned cell) or a lower-case word that
 * finishes the header above it into one that names the same field; its action cell must be empty or such a word,
 * as an action's own row never is. The two rows become one header row ("Start", "End"; "Action to be taken",
 * "Person responsible") and the second is left empty, with an info issue naming both rows.
 *
 * @example
 * joinHeaderRows([['Action', 'Timescale', ''], ['', 'Start', 'End'], ['Run the survey', 'May 2026', 'July 2026']], [])
 * // [['Action', 'Start', 'End'], ['', '', ''], ['Run the survey', 'May 2026', 'July 2026']]
 */
export function joinHeaderRows(
  rows: readonly (readonly string[])[],
  issues: ImportIssue[],
): readonly (readonly string[])[] {
  const found = findHeader(rows, {}, technicianCommitment)
  if (found === null) return rows
  const title = found.map.fields.get('title')
  const upper = rows[found.index]!
  const lower = rows[found.index + 1]
  if (title === undefined || lower === undefined) return rows
  const width = Math.max(upper.length, lower.length)
  const joined: string[] = []
  let filled = 0
  let underGroup = 0
  let continued = 0
  for (let c = 0; c < width; c++) {
    const above = collapseWhitespace(upper[c] ?? '')
    const below = collapseWhitespace(lower[c] ?? '')
    if (!hasText(below)) {
      joined.push(upper[c] ?? '')
      continue
    }
    filled++
    if (!shortLabel.test(below) || below.split(' ').length > 3) return rows
    if (above !== '' && /^[a-z]/.test(below) && finishes(above, below)) {
      continued++
      joined.push(`${above} ${below}`)
      continue
    }
    if (c === title || (matchColumnHeader(below) === null && !partLabel.test(below))) return rows
    if (above === '') underGroup++
    joined.push(below)
  }
  if (filled === 0 || (continued === 0 && underGroup === 0)) return rows
  const out = rows.slice()
  out[found.index] = joined
  out[found.index + 1] = lower.map(() => '')
  issues.push(
    createImportIssue(
      'header-rows-joined',
      'info',
      found.index + 1,
      null,
      null,
      `Read rows ${found.index + 1} and ${found.index + 2} as one header (${joined.filter(hasText).join(' | ')}): the second row names the parts of the columns above it. To read them otherwise, pass options.headerRow.`,
    ),
  )
  return out
}

/** "Target" + "date", "Person" + "responsible": the joined words still name the field the first named, as well. */
function finishes(above: string, below: string): boolean {
  const after = matchColumnHeader(`${above} ${below}`)
  if (after === null) return false
  const before = matchColumnHeader(above)
  if (before === null) return true
  return after.field === before.field && (after.rank <= before.rank || matchColumnHeader(below) !== null)
}
