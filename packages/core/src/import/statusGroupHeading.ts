import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'
import { bracketAtEnd } from './bracketAtEnd'

/** A heading over one state's items is a word or a few ("Carried forward", "Completed actions"), never a sentence. */
const maxWords = 4

/** "Actions", "Action items", "Tasks": the noun such a heading may put before or after its state. Anchored. */
const noun = '(?:actions?(?: items?| points?)?|items?|tasks?)'
const leadingNoun = new RegExp(`^${noun} `, 'i')
const trailingNoun = new RegExp(` ${noun}$`, 'i')

/** Only a line's opening characters are read: a few words of heading fit well within them, a paragraph is cut. */
const maxLineRead = 120

/** "New", "Arising": the items a meeting has just set, which no one has started yet. */
const newWork = /^(?:new|arising|newly raised|raised)$/i

/**
 * The state a short heading gives every item of a meeting's action list under it, as committees sort their action
 * items into "New", "Ongoing" and "Resolved" groups (or "Completed actions", "Carried forward:", "New (from this
 * meeting)"): the heading's status words, as a status cell reads them, or "Not started" for a heading of new items.
 * A remark in brackets closing the heading and an "actions" / "items" noun before or after the state are left
 * aside. Null when the line is longer than a few words or its words name no state.
 *
 * @example
 * statusGroupHeading('Ongoing') // 'Ongoing'
 * statusGroupHeading('New (raised today)') // 'Not started'
 * statusGroupHeading('Completed actions:') // 'Completed'
 * statusGroupHeading('Budget for the summer fair') // null
 */
export function statusGroupHeading(line: string): string | null {
  let text = collapseWhitespace(line.slice(0, maxLineRead)).replace(/\s?:$/, '')
  const bracket = bracketAtEnd(text)
  if (bracket !== null && bracket.open > 0) text = text.slice(0, bracket.open).trim()
  const words = text.split(' ')
  if (text === '' || words.length > maxWords) return null
  // "Completed actions", "Action items completed", "New items": the state without its noun.
  const state = text.replace(leadingNoun, '').replace(trailingNoun, '')
  if (state === '') return null
  if (newWork.test(state)) return 'Not started'
  if (parseStatus(state).state !== 'unknown') return state
  return null
}
