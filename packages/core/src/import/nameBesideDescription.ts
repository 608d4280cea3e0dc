import { normalizeHeader } from './columnSynonyms'
import { namesDescription } from './descriptionAsAction'

/** The last word of a header that names each row's item by its name: "Project Name", "Initiative title". */
const nameWords: ReadonlySet<string> = new Set(['name', 'title'])

/**
 * Words before "name" or "title" that make it a person's, a body's or a document's: "Owner name", "Full name",
 * "Job title", "Partner organisation name", "File name". Such a column is never the action.
 */
const notItemWords: ReadonlySet<string> = new Set([
  ...['owner', 'owners', 'lead', 'leader', 'person', 'people', 'staff', 'contact', 'officer', 'manager'],
  ...['sponsor', 'member', 'members', 'author', 'assignee', 'reporter', 'user', 'employee', 'champion'],
  ...['responsible', 'dri', 'partner', 'partners', 'organisation', 'organization', 'company', 'supplier'],
  ...['vendor', 'contractor', 'agency', 'team', 'department', 'dept', 'school', 'student', 'customer'],
  ...['client', 'full', 'first', 'last', 'given', 'family', 'middle', 'display', 'job', 'role', 'post'],
  ...['file', 'document', 'doc', 'report', 'site', 'venue', 'location', 'host', 'funder', 'provider'],
])

/**
 * True when a header names each row's item by its name or title: "Name", "Project Name", "Initiative title",
 * "Work item name" (at most four words, the last "name" or "title"); not a person's, a body's or a file's
 * ("Owner name", "Full name", "Job title", "File name").
 *
 * @example
 * namesItem('Project Name') // true
 * namesItem('Contact name') // false
 */
export function namesItem(header: string): boolean {
  const words = normalizeHeader(header).split(' ')
  if (words.length > 4 || !nameWords.has(words[words.length - 1]!)) return false
  return !words.some((word) => notItemWords.has(word))
}

/** A header naming what each item is for: "Objective", "Aims", "Purpose". */
const purposeHeader = /^(?:key |main |project |programme )?(?:objectives?|aims?|purposes?)$/

/** A header that is the kind of work item the list tracks: "Project", "Current programmes", "Workstream". */
const workItemHeader =
  /^(?:current |key |main |our |planned )?(?:projects?|programmes?|programs?|schemes?|workstreams?|initiatives?)$/

/**
 * The column that names each row's item beside the description read as the action: "Project Name | DRI |
 * Description | Status", "Initiative title | Lead | Description". With no column headed as the action, the
 * description was taken for it ({@link descriptionAsAction}); but a short name beside a longer description is
 * how trackers, portfolios and project lists give each item: the name is the item, the description says more
 * about it. A project list headed "Project | Objective | Forecast end date" is the same layout: the column headed by
 * the kind of work item ("Project", "Programme", "Workstream") names each item, and the objective beside it, taken
 * for the action by its header, says what the item is for. Returns the name column, or null: when the action
 * column's header says neither "description" nor what the item is for ("Objective", "Aim", "Purpose"), or when no
 * free column {@link namesItem} (or is headed by a kind of work item) with cells shorter than the description's. A bare "Name" counts only when
 * the owners have a column of their own (else it may list people). The caller moves the description back.
 *
 * @example
 * nameBesideDescription(['Project Name', 'Lead', 'Description'], 2, [0], true, (c) => (c === 0 ? 3 : 18)) // 0
 */
export function nameBesideDescription(
  headers: readonly string[],
  titleColumn: number,
  freeColumns: readonly number[],
  ownersMapped: boolean,
  averageWords: (column: number) => number,
): number | null {
  const action = headers[titleColumn] ?? ''
  if (!namesDescription(action) && !purposeHeader.test(normalizeHeader(action))) return null
  const described = averageWords(titleColumn)
  for (const column of freeColumns) {
    const header = headers[column] ?? ''
    if (!namesItem(header) && !workItemHeader.test(normalizeHeader(header))) continue
    if (!ownersMapped && normalizeHeader(header) === 'name') continue
    const words = averageWords(column)
    if (words > 0 && words < described) return column
  }
  return null
}
