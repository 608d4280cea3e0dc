import type { Status } from '../model/status'

/**
 * A header asking with yes or no whether the action was done: "Delivered Yes/No", "Delivered? Yes/No",
 * "Completed (Y/N)", "Implemented Y/N", or the question alone ("Achieved?", "Done?"). Tested on the header in lower
 * case with "/" and "_" as spaces, as column headers are scored. Anchored, each part a literal: linear.
 */
export const yesNoDoneHeader =
  /^(?:delivered|completed?|done|achieved|met|implemented)\s?(?:\?|\??\s?\(?\s?(?:yes no|y n)\s?\)?)$/

/**
 * In a yes/no completion column ({@link yesNoDoneHeader}), "Yes" or "Y" says the action is complete, as
 * The National Archives' assessment action plans record each action in a "Delivered Yes/No" column. "No" and
 * an empty cell say nothing of how far it got, so any other reading stands.
 *
 * @example
 * statusFromYesNoColumn('Delivered Yes/No', 'Yes', parseStatus('Yes')).state // 'complete'
 */
export function statusFromYesNoColumn(header: string, text: string, status: Status): Status {
  if (status.state !== 'unknown' || !/^\s{0,3}(?:yes|y)\.?\s{0,3}$/i.test(text)) return status
  const key = header.slice(0, 80).toLowerCase().replace(/[_/]+/g, ' ').replace(/\s+/g, ' ').trim()
  return yesNoDoneHeader.test(key) ? { ...status, state: 'complete', text } : status
}
