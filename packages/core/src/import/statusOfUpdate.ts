import { parseStatus } from '../status/parseStatus'
import { statusAtStart, statusPhrases } from './statusAtStart'

/** "ongoing with the notes to go out in May": a state word, then a linking word opening its note. */
const stateThenLink = new RegExp(
  `^(${statusPhrases('update-lead')})\\s(?:with|as|until|pending|awaiting|while|but|and|for)\\s`,
  'i',
)

/** "to be marked as complete", "Leave as ongoing", "mark as closed": the minute-taker asking for the action's state
 * to be recorded, at the end of the update. Bounded words only. */
const markAs = new RegExp(
  `(?:^|[\\s,.;])(?:to be marked|be marked|mark(?:ed)?|leave|left|keep|kept|remain(?:s|ing)?|record(?:ed)?)\\sas\\s(${statusPhrases('mark-as')})\\.?$`,
  'i',
)

/** "will complete on 22 March 2031", "will be completed by June 2031": done on a day still to come. */
const willComplete =
  /^(?:it\s)?will\s(?:be\s)?(?:complete|completed|finish|finished|close|closed)\s(?:on|by)\s(.{3,40})$/i

/** What an action's update says of its state: the status as written and, when it names the day the work will be
 * done, that day's text. */
export interface UpdateStatus {
  readonly status: string
  readonly due?: string
}

/**
 * The state a review's update of an earlier action reports, as minutes read out a tracker ("Action 12 – ongoing",
 * "Action 14 – leaflet printed, to be marked as complete", "Action 15 – will complete on 3 May 2031"): a status
 * opening the update ("ongoing", "done, report sent"), even when a linking word carries on its note ("ongoing with
 * the notes to go out in May"); else the minute-taker's request to record a state at its end ("to be marked as
 * complete", "Leave as ongoing"); else a completion promised for a day to come, which is work in progress due that
 * day. Null when the update says no state.
 *
 * @example
 * statusOfUpdate('leaflet printed, to be marked as complete') // { status: 'to be marked as complete' }
 * statusOfUpdate('will complete on 3 May 2031') // { status: 'In progress', due: '3 May 2031' }
 */
export function statusOfUpdate(update: string): UpdateStatus | null {
  const text = update.slice(0, 400).trim()
  const lead = statusAtStart(text)
  if (lead !== null) return { status: lead }
  const linked = stateThenLink.exec(text)
  if (linked !== null) return { status: linked[1]! }
  const marked = markAs.exec(text)
  if (marked !== null && parseStatus(marked[1]!).state !== 'unknown')
    return { status: marked[0].replace(/^[\s,.;]/, '').replace(/\.$/, '') }
  const promised = willComplete.exec(text)
  if (promised !== null) return { status: 'In progress', due: promised[1]!.replace(/\.$/, '') }
  return null
}
