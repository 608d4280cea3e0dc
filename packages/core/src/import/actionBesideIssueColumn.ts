import { columnSynonyms, normalizeHeader } from './columnSynonyms'

/** The header words that name the action column only when no other column names the work ("Issue", "Governance
 * issue"): the group of title synonyms that holds "issue". */
const issueHeaders: ReadonlySet<string> = new Set(
  columnSynonyms.get('title')?.find((group) => group.includes('issue')) ?? [],
)

/**
 * The column that holds the actions when the column read as the action is only headed "Issue": a column to its
 * right whose header hints at the work ("Specific Project / Objectives", "Priority projects", "Our commitments")
 * and whose cells are longer prose. Parish and community plans, council improvement plans and audit action plans
 * lay their table out so: the issue or topic raised ("Policing", "Travel to hospitals") in a short first column,
 * the objective or project that answers it beside it, then its progress. The topic is what the row is about; the
 * objective is what will be done. Null when no such column exists (an issue log's "Issue | Update | By when" keeps
 * the issue as its action). `hintsAtAction` says whether a header's words hint at the work; `averageWords` is the
 * average length of a column's cells.
 *
 * @example
 * actionBesideIssueColumn(['Issue', 'Specific Project / Objectives', 'Progress'], 0, [1, 2], hints, words) // 1
 */
export function actionBesideIssueColumn(
  headers: readonly string[],
  issue: number,
  free: readonly number[],
  hintsAtAction: (index: number) => boolean,
  averageWords: (index: number) => number,
): number | null {
  if (!issueHeaders.has(normalizeHeader(headers[issue] ?? ''))) return null
  const issueWords = averageWords(issue)
  for (const column of free) {
    if (column <= issue || !hintsAtAction(column)) continue
    // The work is written out at more length than the topic it answers.
    if (averageWords(column) >= Math.max(4, issueWords * 1.5)) return column
  }
  return null
}
