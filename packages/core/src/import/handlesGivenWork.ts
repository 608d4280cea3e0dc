import { HANDLE } from './codeHostHandle'

/**
 * "@ana to review …", "@ana and @bo to propose …", "@ana continuing to work on …", "… - @ana, @bo and @cy to meet
 * …": one to four code-host handles opening a line (or its clause after a spaced dash), then the work given to them.
 * Group 1 is the handles, group 2 the link to the work. Bounded, anchored at the line's start or a spaced dash.
 */
const handlesThenWork = new RegExp(
  String.raw`(?:^|\s[-–—]\s)(${HANDLE}(?:(?:,\s{0,2}|\s{1,2}(?:and|&)\s{1,2})${HANDLE}){0,3})\s{1,2}(to|will|continu(?:ing|es) to|(?:is\s|are\s)?working on)\s`,
)
/** One handle inside the group. */
const handle = new RegExp(HANDLE, 'g')

/** The handles a line gives work to, and whether it says the work goes on ("continuing to", "working on"). */
export interface HandlesGivenWork {
  readonly owners: string[]
  readonly ongoing: boolean
}

/**
 * The people a line of meeting notes gives work to by their code-host handles, as open-source working groups write
 * them ("@TomFern to review the new pages", "@ana and @bo to propose a list by Friday", "Lots in the queue - @ana,
 * @bo and @cy to meet this week"): the handles before "to", "will" or "continuing to", kept with their "@". A
 * handle named anywhere else ("thanks to @ana", "@ana said …") gives no work. Null when the line gives none.
 *
 * @example
 * handlesGivenWork('@ana and @bo to review the draft') // { owners: ['@ana', '@bo'], ongoing: false }
 * handlesGivenWork('@ana continuing to work on new pages') // { owners: ['@ana'], ongoing: true }
 * handlesGivenWork('Thanks to @ana for the review') // null
 */
export function handlesGivenWork(line: string): HandlesGivenWork | null {
  if (line.length > 1000 || !line.includes('@')) return null
  const match = handlesThenWork.exec(line)
  if (match === null) return null
  return { owners: match[1]!.match(handle) ?? [], ongoing: !/^(?:to|will)$/.test(match[2]!) }
}
