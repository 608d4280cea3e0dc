import type { ActionDraft } from './buildAction'
import type { ColumnField } from './columnSynonyms'

/** The cells that, typed as one paragraph per action, line up with the action cell's paragraphs. */
const pairedFields: readonly ColumnField[] = ['owners', 'target']

/**
 * Splits a row whose action cell holds two or more paragraphs (set apart by blank lines) into one draft per
 * paragraph, when its lead or date cell holds exactly as many paragraphs: each action gets the lead and the
 * date on its own line ("Expand the group⏎⏎Create a calendar" beside "Policy team⏎⏎Officer group" and
 * "Jan 2023⏎⏎March 2023"). A cell whose paragraphs do not line up is left to {@link splitBulletedAction};
 * a numbered row and a verbatim (canonical) draft come back alone.
 *
 * @example
 * splitPairedParagraphs(draft).map((d) => d.cells.get('owners')?.text) // ['Policy team', 'Officer group']
 */
export function splitPairedParagraphs(draft: ActionDraft): ActionDraft[] {
  const title = draft.cells.get('title')
  if (draft.verbatim || title === undefined) return [draft]
  const lettered = splitLetteredBesideParagraphs(draft)
  if (lettered !== null) return lettered
  if ((draft.cells.get('ref')?.text.trim() ?? '') !== '') return [draft]
  // One item a paragraph: a paragraph of several lines (bullets, or prose) does not say which line is paired.
  const items = paragraphs(title.text).map((item) => item.replace(bulletMark, ''))
  if (items.length < 2 || items.some((item) => item.includes('\n'))) return [draft]
  const paired = pairedFields.filter((field) => {
    const cell = draft.cells.get(field)
    return cell !== undefined && paragraphs(cell.text).length > 1
  })
  // Every split column must line up, and at least one must be there to pair with.
  if (paired.length === 0) return [draft]
  if (!paired.every((field) => paragraphs(draft.cells.get(field)!.text).length === items.length))
    return [draft]
  return items.map((item, i) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: item })
    for (const field of paired) {
      const cell = draft.cells.get(field)!
      cells.set(field, { ...cell, text: paragraphs(cell.text)[i]! })
    }
    return { ...draft, cells }
  })
}

/** "· ", "• ", "- " opening an item. Anchored and bounded. */
const bulletMark = /^[•·▪*–-][ \t]{1,12}/

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
}

/** "a.       The bookings were reviewed": a lettered sub-paragraph's mark, its letter in group 1. Bounded. */
const letterMark = /^([a-z])[.)][ \t]{1,24}(?=\S)/
/** "1.       Spring Ball:", "Spring Ball:": the heading over lettered sub-paragraphs, its number (when the ref was not
 * peeled from it yet) and its words. Bounded. */
const numberedHeading = /^(?:(\d{1,3})[.)]?[ \t]{1,24})?(\S[^\n]{0,100}?):?$/

/**
 * Minutes' item of lettered sub-paragraphs beside an "Action" cell of the initials of who takes each on, one group a
 * paragraph ("1. Spring Ball:⏎a. …⏎b. …⏎c. …" beside "All⏎⏎CJL⏎⏎JH⏎NP"): each sub-paragraph is an action with the
 * group of names level with it, cited by the item's number and its letter ("1a"), the heading its section. The
 * letters must run a, b, c … and there must be as many groups of names as sub-paragraphs; else null.
 */
function splitLetteredBesideParagraphs(draft: ActionDraft): ActionDraft[] | null {
  const title = draft.cells.get('title')!
  const owners = draft.cells.get('owners')
  if (owners === undefined) return null
  const lines = title.text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const heading =
    lines.length > 0 && letterMark.exec(lines[0]!) === null ? numberedHeading.exec(lines[0]!) : null
  const items = heading === null ? lines : lines.slice(1)
  if (items.length < 2 || (heading === null && lines.length !== items.length)) return null
  const letters = items.map((line) => letterMark.exec(line))
  if (!letters.every((mark, i) => mark !== null && mark[1] === String.fromCharCode(97 + i))) return null
  const groups = paragraphs(owners.text)
  if (groups.length !== items.length) return null
  const ref = draft.cells.get('ref')
  const number = heading?.[1] ?? ref?.text.trim() ?? ''
  return items.map((item, i) => {
    const cells = new Map(draft.cells)
    cells.set('title', { ...title, text: item.slice(letters[i]![0].length) })
    cells.set('owners', { ...owners, text: groups[i]! })
    const cited = `${number}${letters[i]![1]}`
    cells.set('ref', ref === undefined ? { ...title, text: cited } : { ...ref, text: cited })
    return { ...draft, cells, section: heading === null ? draft.section : heading[2]!.trim() }
  })
}
