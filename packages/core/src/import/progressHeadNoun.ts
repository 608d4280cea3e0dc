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
