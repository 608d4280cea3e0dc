/**
 * A header over the work already done about each row, not the work planned: "Actions taken", "Action taken to
 * date", "Actions undertaken so far", "Action(s) taken". A tracker of promises (a council's manifesto pledges, a
 * scrutiny committee's recommendations, an audit's findings) writes the promise in one column and what was done
 * about it in this one; its cells are progress notes, so it never names the action column, however loudly its
 * word "action" does. Anchored and bounded, so a long header cell fails fast.
 *
 * @example
 * actionsTakenHeader.test('actions taken') // true
 * actionsTakenHeader.test('action to be taken') // false
 */
export const actionsTakenHeader =
  /^(?:the )?action(?:s|\(s\))? (?:already )?(?:taken|undertaken|carried out)(?: (?:to date|so far|this (?:quarter|year)))?:?$/
