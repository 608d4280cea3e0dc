import type { ColumnProfile } from './assignColumns'
import { type ColumnField, normalizeHeader } from './columnSynonyms'
import { isSentence } from './isSentence'

/** A header naming what each row is about: "Item", "Agenda item", "Subject", "Topic". */
const subjectHeader = /^(?:agenda )?(?:items?|subjects?|topics?)$/

/** Share of the action column's filled cells that must be whole sentences. */
const minSentenceShare = 2 / 3
/** A column of refs: at least this share of its cells bare refs; the subjects hold fewer. */
const maxRefShare = 0.2

/**
 * The column headed "Item", "Subject" or "Topic", read as the ref, when its cells only name what each row is about, as headings do
 * (no cell a sentence, none opening with a number or closing with a full stop: "Staff parking", "Roof repairs - east wing"), left of a column
 * the header names as the action whose cells say in whole sentences what is to be done (two in three of its filled
 * cells, by {@link isSentence}): a board's follow-up log headed "Item | Action". The action is then the sentence,
 * as the header says, and the subject is no ref; returns the subject column, or null.
 *
 * @example
 * // "Item | Action": "Staff parking" beside "The travel plan is to be redrafted before the spring."
 * subjectsBesideSentences(fields, headers, profileOf, cellsOf) // 0
 */
export function subjectsBesideSentences(
  fields: ReadonlyMap<ColumnField, number>,
  headers: readonly string[],
  profileOf: (index: number) => ColumnProfile,
  cellsOf: (index: number) => readonly string[],
): number | null {
  const ref = fields.get('ref')
  const action = fields.get('title')
  if (ref === undefined || action === undefined || ref > action) return null
  if (!subjectHeader.test(normalizeHeader(headers[ref] ?? ''))) return null
  const profile = profileOf(ref)
  if (profile.filled < 2 || profile.refs >= maxRefShare) return null
  const named = filled(cellsOf(ref))
  if (named.some((cell) => isSentence(cell) || /[.!?:]$/.test(cell) || /^\d/.test(cell))) return null
  const said = filled(cellsOf(action))
  return said.length >= 2 && said.filter(isSentence).length >= said.length * minSentenceShare ? ref : null
}

function filled(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.trim()).filter((cell) => cell !== '')
}
