import type { Action, ActionAssessment, Plan, Rag, StatusState } from '@techcommit/core'

/**
 * A column the action table sorts by.
 *
 * @example
 * <ActionTable plan={plan} assessments={a.actions} sort={{ key: 'rating', direction: 'ascending' }} />
 */
export type SortKey = 'ref' | 'title' | 'pillars' | 'owners' | 'target' | 'status' | 'rating'

/**
 * Ascending or descending. Ratings ascend from the most urgent (overdue) to complete.
 *
 * @example
 * const direction: SortDirection = 'descending'
 */
export type SortDirection = 'ascending' | 'descending'

/**
 * What the table groups rows under.
 *
 * @example
 * <ActionTable plan={plan} assessments={a.actions} groupBy="pillar" />
 */
export type GroupBy = 'none' | 'section' | 'pillar'

/** The table's filters; `null` means "all". */
export interface TableFilters {
  readonly pillar: string | null
  readonly rating: Rag | null
  readonly status: StatusState | null
  readonly owner: string | null
  readonly section: string | null
}

/** One action with its assessment and the lower-cased text the search looks in. */
export interface TableEntry {
  readonly action: Action
  /** Position in the plan: stable, and the last tie-breaker of every sort. */
  readonly index: number
  readonly assessment: ActionAssessment
  readonly haystack: string
}

/** Most urgent first when sorted ascending. */
const RATING_ORDER: Readonly<Record<Rag, number>> = {
  overdue: 0,
  'at-risk': 1,
  'on-track': 2,
  'not-dated': 3,
  complete: 4,
}

const STATE_ORDER: Readonly<Record<StatusState, number>> = {
  'not-started': 0,
  'in-progress': 1,
  ongoing: 2,
  'on-hold': 3,
  unknown: 4,
  complete: 5,
  cancelled: 6,
}

/**
 * Pairs every action with its assessment by `actionId` (never by position, so a filtered or reordered
 * assessment list still labels each row right) and prepares its search text. Actions with no assessment
 * are left out.
 */
export function toTableEntries(
  plan: Plan,
  assessments: readonly ActionAssessment[],
  locale: string,
): TableEntry[] {
  const byId = new Map(assessments.map((assessment) => [assessment.actionId, assessment]))
  const entries: TableEntry[] = []
  plan.actions.forEach((action, index) => {
    const assessment = byId.get(action.id)
    if (assessment === undefined) return
    const haystack = [
      action.ref ?? '',
      action.title,
      action.description ?? '',
      action.section ?? '',
      action.ownersText,
      action.owners.join(' '),
      action.status.text,
      action.notes ?? '',
      action.successMeasures.join(' '),
      action.target.text,
    ]
      .join('\n')
      .toLocaleLowerCase(locale)
    entries.push({ action, index, assessment, haystack })
  })
  return entries
}

/** Keeps the entries every filter and every word of the search accepts. */
export function filterEntries(
  entries: readonly TableEntry[],
  filters: TableFilters,
  search: string,
  locale: string,
): readonly TableEntry[] {
  const words = search.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean)
  const { pillar, rating, status, owner, section } = filters
  if (words.length === 0 && !pillar && !rating && !status && !owner && section === null) return entries
  return entries.filter(
    ({ action, assessment, haystack }) =>
      (pillar === null || action.pillars.includes(pillar)) &&
      (rating === null || assessment.rating === rating) &&
      (status === null || action.status.state === status) &&
      (owner === null || action.owners.includes(owner)) &&
      (section === null || (action.section ?? '') === section) &&
      words.every((word) => haystack.includes(word)),
  )
}

/** Sorts a copy; equal rows keep plan order. Undated targets sort last either way. */
export function sortEntries(
  entries: readonly TableEntry[],
  key: SortKey | null,
  direction: SortDirection,
  collator: Intl.Collator,
): readonly TableEntry[] {
  if (key === null) return entries
  const sign = direction === 'ascending' ? 1 : -1
  const compare = comparators[key]
  return [...entries].sort((a, b) => {
    if (key === 'target') {
      const da = a.assessment.due
      const db = b.assessment.due
      if (da === null || db === null) return da === db ? a.index - b.index : da === null ? 1 : -1
    }
    return sign * compare(a, b, collator) || a.index - b.index
  })
}

type Comparator = (a: TableEntry, b: TableEntry, collator: Intl.Collator) => number

const comparators: Readonly<Record<SortKey, Comparator>> = {
  ref: (a, b, c) => c.compare(a.action.ref ?? '', b.action.ref ?? ''),
  title: (a, b, c) => c.compare(a.action.title, b.action.title),
  pillars: (a, b, c) => c.compare(a.action.pillars.join(' '), b.action.pillars.join(' ')),
  owners: (a, b, c) => c.compare(a.action.owners.join(', '), b.action.owners.join(', ')),
  target: (a, b) =>
    a.assessment.due! < b.assessment.due! ? -1 : a.assessment.due! > b.assessment.due! ? 1 : 0,
  status: (a, b) => STATE_ORDER[a.action.status.state] - STATE_ORDER[b.action.status.state],
  rating: (a, b) => RATING_ORDER[a.assessment.rating] - RATING_ORDER[b.assessment.rating],
}

/** A group of rows under one heading; `key` is null for "no section". */
export interface TableGroup {
  readonly key: string | null
  readonly entries: readonly TableEntry[]
}

/**
 * Splits rows into groups: sections in order of first appearance, pillars in `pillarOrder` (the taxonomy's)
 * then any other code. Grouped by pillar, an action in two pillars appears in both groups; an action with
 * none goes in a group of its own (key null), last.
 */
export function groupEntries(
  entries: readonly TableEntry[],
  by: GroupBy,
  pillarOrder: readonly string[] = [],
): readonly TableGroup[] {
  if (by === 'none') return [{ key: null, entries }]
  const groups = new Map<string | null, TableEntry[]>()
  const add = (key: string | null, entry: TableEntry): void => {
    const list = groups.get(key)
    if (list === undefined) groups.set(key, [entry])
    else list.push(entry)
  }
  for (const entry of entries) {
    if (by === 'section') add(entry.action.section, entry)
    else if (entry.action.pillars.length === 0) add(null, entry)
    else for (const code of entry.action.pillars) add(code, entry)
  }
  const list = [...groups].map(([key, grouped]) => ({ key, entries: grouped }))
  if (by === 'section') return list
  const rank = (key: string | null): number => {
    const index = key === null ? -1 : pillarOrder.indexOf(key)
    return index === -1 ? pillarOrder.length + (key === null ? 1 : 0) : index
  }
  return list.sort((a, b) => rank(a.key) - rank(b.key))
}

/** The distinct values a filter offers, in first-seen order (pillars in taxonomy order by the caller). */
export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)]
}
