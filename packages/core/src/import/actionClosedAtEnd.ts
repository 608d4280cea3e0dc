/** "… Action Closed.", "DB present at meeting, action closed.": the minute-taker's verdict closing an update. */
const verdict = /(?:^|[.,;]\s{1,3})(actions?\s{1,3}(?:closed|completed?|done))\.?$/i

/**
 * The verdict a progress note on an action ends with, as board minutes close each carried-over action's update
 * ("SW wants the requirements ticked off. Action Closed.", "DB present at meeting, action closed."): the closing
 * "action closed" (or "complete", "done") as written, after a full stop, comma or semicolon, or the whole note. Null
 * for any other note ("Stakeholder document needs review"), and for "action" with no verdict after it.
 *
 * @example
 * actionClosedAtEnd('DB present at meeting, action closed.') // 'action closed'
 * actionClosedAtEnd('The action closed the gap in funding') // null
 */
export function actionClosedAtEnd(note: string): string | null {
  return verdict.exec(note.trim().slice(-200))?.[1] ?? null
}
