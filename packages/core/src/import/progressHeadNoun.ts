// "Action Update", "Action Status", "Actions progress", "Task progress update": a header that opens with the word
// for the work and ends in a word for how it stands. The last noun of the compound is what the column holds (the
// update on the action), as "Action Owner" holds the owner, so the column is the progress, not the action, however
// loudly its first word says "action". Bounded and anchored: linear on any header.
const endsInProgress =
  /^(?:actions?|tasks?|activit(?:y|ies))(?: (?:progress|status))? (update|updates|progress|status|commentary|position)$/

/**
 * The field a normalised header ("action update") names by its last word when it opens with the word for the work:
 * `status` for a state ("Action Status", "Action progress"), `notes` for a running account ("Action Update", "Task
 * progress update", "Action commentary"); null for any other header. Governance statements, audit trackers and
 * council progress reports head their progress column so, beside the column of the issue or finding each row is
 * about.
 *
 * @example
 * progressHeadNoun('action update') // 'notes'
 * progressHeadNoun('action status') // 'status'
 * progressHeadNoun('action taken') // null
 */
export function progressHeadNoun(key: string): 'status' | 'notes' | null {
  const match = key.length <= 60 ? endsInProgress.exec(key) : null
  if (match === null) return null
  return match[1] === 'progress' || match[1] === 'status' || match[1] === 'position' ? 'status' : 'notes'
}

/** "Action / Progress", "Task/Update": the work and its progress joined by a slash name a column that holds both,
 * the action written first with its progress after it, so the column is the action's. Anchored and bounded. */
const slashJoined =
  /^\s{0,3}(?:actions?|tasks?|activit(?:y|ies))\s{0,3}\/\s{0,3}(?:progress|status|update|updates)\s{0,3}$/i

/**
 * Whether a header as written joins the word for the work and a word for its progress with a slash ("Action /
 * Progress"): the column holds the action and its progress together, so it is the action column, not the status.
 *
 * @example
 * joinsActionAndProgress('Action / Progress') // true
 * joinsActionAndProgress('Action Progress') // false
 */
export function joinsActionAndProgress(header: string): boolean {
  return header.length <= 60 && slashJoined.test(header)
}

/** "Action / Target date", "Task/Deadline": the work and the date it is due joined by a slash. Anchored and bounded. */
const slashJoinedDate =
  /^\s{0,3}(?:actions?|tasks?)\s{0,3}\/\s{0,3}(?:target date|due date|deadline|timescale|by when)\s{0,3}$/i

/**
 * Whether a header as written joins the word for the work and the date it is due with a slash ("Action / Target
 * date"): minutes head so the column of when each action is to be done, beside the column that says what it is, so
 * the column is the target, not the action.
 *
 * @example
 * joinsActionAndDate('Action /Target Date') // true
 * joinsActionAndDate('Action / Target') // false: the target the action is to reach, said beside it
 */
export function joinsActionAndDate(header: string): boolean {
  return header.length <= 60 && slashJoinedDate.test(header)
}
