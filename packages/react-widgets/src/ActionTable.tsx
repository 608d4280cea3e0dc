import {
  type ActionAssessment,
  type Plan,
  RAGS,
  type Rag,
  type StatusState,
  type Taxonomy,
  technicianCommitment,
} from '@techcommit/core'
import {
  type ChangeEvent,
  type ReactElement,
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
  useState,
} from 'react'
import type { Localizer } from './i18n/createLocalizer'
import { useLocalizer } from './i18n/TechcommitProvider'
import { PillarBadges } from './PillarBadges'
import { RagBadge } from './RagBadge'
import { ActionDetails } from './table/ActionDetails'
import {
  distinct,
  filterEntries,
  type GroupBy,
  groupEntries,
  type SortDirection,
  type SortKey,
  sortEntries,
  type TableEntry,
  type TableFilters,
  type TableGroup,
  toTableEntries,
} from './table/tableRows'
import { InsideWidget, useWidgetRoot, type WidgetStyleProps } from './theme/widgetRoot'

/** Props of {@link ActionTable}. */
export interface ActionTableProps extends WidgetStyleProps {
  readonly plan: Plan
  /** `evaluatePlan(plan, { asOf }).actions`. Matched to actions by `actionId`, in any order. */
  readonly assessments: readonly ActionAssessment[]
  /** Show only these ratings (e.g. `['overdue', 'at-risk']`). Default: all. */
  readonly ratings?: readonly Rag[]
  readonly taxonomy?: Taxonomy
  readonly caption?: string
  /**
   * `true` (default): sort, filter, search, group and open rows. `false`: a plain table for static HTML
   * (row details still open, through `<details>`, with no script).
   */
  readonly interactive?: boolean
  /** Initial grouping. Default `none`. */
  readonly groupBy?: GroupBy
  /** Initial sort. Default: plan order. */
  readonly sort?: { readonly key: SortKey; readonly direction: SortDirection }
  /**
   * Rows shown at first, and added by each "Show more" (interactive tables only). Default 100, so that a
   * whole sector (3,500 actions) stays quick to search; `Infinity` shows every row.
   */
  readonly pageSize?: number
}

const COLUMNS: readonly SortKey[] = ['ref', 'title', 'pillars', 'owners', 'target', 'status', 'rating']
// The value of the "All" option; no pillar, owner or section is spelled like this.
const ALL = 'techcommit:all'
const NO_FILTERS: TableFilters = { pillar: null, rating: null, status: null, owner: null, section: null }

/**
 * The plan's actions as an accessible table: ref, action, pillars, owners, target, reported status and the
 * computed rating with its reasons as visible text. Sort by any column (buttons in the headers), filter by
 * pillar, rating, status, owner and section, search the text, group by section or pillar, and open a row's
 * details (reasons, success measures, notes, update history) — all with the keyboard. Imported text is
 * rendered as text inside `<bdi>`, so markup in a cell cannot run and right-to-left names cannot reorder a row.
 *
 * @example
 * const assessment = evaluatePlan(plan, { asOf: '2020-12-31' })
 * <ActionTable plan={plan} assessments={assessment.actions} ratings={['overdue', 'at-risk']} />
 */
export function ActionTable({
  plan,
  assessments,
  ratings,
  taxonomy = technicianCommitment,
  caption,
  interactive = true,
  groupBy: initialGroupBy = 'none',
  sort: initialSort,
  pageSize = 100,
  ...style
}: ActionTableProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const root = useWidgetRoot('techcommit-action-table', style)
  const baseId = useId()
  const captionId = `${baseId}-caption`
  const statusId = `${baseId}-status`
  const [search, setSearch] = useState('')
  const [filters, setFilters] = useState<TableFilters>(NO_FILTERS)
  const [groupBy, setGroupBy] = useState<GroupBy>(initialGroupBy)
  const [sortKey, setSortKey] = useState<SortKey | null>(initialSort?.key ?? null)
  const [direction, setDirection] = useState<SortDirection>(initialSort?.direction ?? 'ascending')
  const [openRows, setOpenRows] = useState<ReadonlySet<string>>(() => new Set())
  const [limit, setLimit] = useState(pageSize)
  // The search box echoes every keystroke at once; the rows follow when React has time (large sectors).
  const deferredSearch = useDeferredValue(search)

  const entries = useMemo(() => {
    const all = toTableEntries(plan, assessments, l.locale)
    return ratings === undefined ? all : all.filter((entry) => ratings.includes(entry.assessment.rating))
  }, [plan, assessments, ratings, l.locale])
  const collator = useMemo(
    () => new Intl.Collator(l.locale, { numeric: true, sensitivity: 'base' }),
    [l.locale],
  )
  const groups = useMemo(() => {
    const shown = filterEntries(entries, filters, deferredSearch, l.locale)
    const pillarOrder = taxonomy.pillars.map((pillar) => pillar.code)
    return groupEntries(sortEntries(shown, sortKey, direction, collator), groupBy, pillarOrder)
  }, [entries, filters, deferredSearch, l.locale, sortKey, direction, collator, groupBy, taxonomy])
  const matchCount = groups.reduce((sum, group) => sum + group.entries.length, 0)
  const rowLimit = interactive ? limit : Number.POSITIVE_INFINITY
  const visibleGroups = useMemo(() => limitRows(groups, rowLimit), [groups, rowLimit])
  const shownCount = Math.min(matchCount, rowLimit)

  const toggleRow = useCallback((id: string) => {
    setOpenRows((open) => {
      const next = new Set(open)
      if (!next.delete(id)) next.add(id)
      return next
    })
  }, [])
  const sortBy = (key: SortKey): void => {
    if (sortKey === key) setDirection(direction === 'ascending' ? 'descending' : 'ascending')
    else {
      setSortKey(key)
      setDirection('ascending')
    }
  }
  const title = plan.title ?? plan.id
  const captionText = caption ?? l.fill(m.actionsHeading, { title })
  const columnLabel: Readonly<Record<SortKey, string>> = m.columns

  return (
    <InsideWidget.Provider value={true}>
      <div {...root}>
        {interactive ? (
          <TableControls
            baseId={baseId}
            entries={entries}
            filters={filters}
            onFilters={(next) => {
              setFilters(next)
              setLimit(pageSize)
            }}
            search={search}
            onSearch={(next) => {
              setSearch(next)
              setLimit(pageSize)
            }}
            groupBy={groupBy}
            onGroupBy={(next) => {
              setGroupBy(next)
              setLimit(pageSize)
            }}
            taxonomy={taxonomy}
            localizer={l}
            statusId={statusId}
          />
        ) : null}
        {interactive ? (
          <div id={statusId} className="techcommit-muted" aria-live="polite">
            {l.fill(m.showing, { shown: l.count(m.actions, matchCount), total: entries.length })}
            {shownCount < matchCount ? ` ${l.fill(m.firstRows, { shown: shownCount })}` : null}
          </div>
        ) : null}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must take focus to scroll by keyboard */}
        <section className="techcommit-scroll" aria-labelledby={captionId} tabIndex={0}>
          <table className="techcommit-actions">
            <caption id={captionId}>
              <bdi>{captionText}</bdi>
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th
                    key={key}
                    scope="col"
                    aria-sort={sortKey === key ? direction : undefined}
                    data-column={key}
                  >
                    {interactive ? (
                      <button type="button" className="techcommit-sort" onClick={() => sortBy(key)}>
                        {columnLabel[key]}
                        <span aria-hidden="true">
                          {sortKey !== key ? ' ↕' : direction === 'ascending' ? ' ▲' : ' ▼'}
                        </span>
                      </button>
                    ) : (
                      columnLabel[key]
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            {visibleGroups.map((group) => (
              <tbody key={group.key ?? '\u0000none'}>
                {groupBy === 'none' ? null : (
                  <tr className="techcommit-group">
                    <th scope="rowgroup" colSpan={COLUMNS.length}>
                      <bdi>{groupLabel(group.key, groupBy, taxonomy, l)}</bdi>{' '}
                      <span className="techcommit-muted">({l.count(m.actions, group.entries.length)})</span>
                    </th>
                  </tr>
                )}
                {group.entries.map((entry) => (
                  <ActionRow
                    key={entry.action.id}
                    entry={entry}
                    taxonomy={taxonomy}
                    interactive={interactive}
                    open={openRows.has(entry.action.id)}
                    onToggle={toggleRow}
                    detailsId={`${baseId}-details-${group.key ?? ''}-${entry.index}`}
                    localizer={l}
                  />
                ))}
              </tbody>
            ))}
          </table>
        </section>
        {matchCount === 0 ? <div className="techcommit-muted">{m.noMatch}</div> : null}
        {shownCount < matchCount ? (
          <button type="button" className="techcommit-more" onClick={() => setLimit(limit + pageSize)}>
            {l.fill(m.showMore, { count: Math.min(pageSize, matchCount - shownCount), total: matchCount })}
          </button>
        ) : null}
      </div>
    </InsideWidget.Provider>
  )
}

/** The first `limit` rows, across groups in order; groups left empty are dropped. */
function limitRows(groups: readonly TableGroup[], limit: number): readonly TableGroup[] {
  if (limit === Number.POSITIVE_INFINITY) return groups
  const kept: TableGroup[] = []
  let left = limit
  for (const group of groups) {
    if (left <= 0) break
    kept.push(
      group.entries.length <= left ? group : { key: group.key, entries: group.entries.slice(0, left) },
    )
    left -= group.entries.length
  }
  return kept
}

function groupLabel(key: string | null, by: GroupBy, taxonomy: Taxonomy, l: Localizer): string {
  if (key === null) return by === 'section' ? l.messages.noSection : l.messages.none
  return by === 'pillar' ? l.pillar(key, taxonomy) : key
}

interface ActionRowProps {
  readonly entry: TableEntry
  readonly taxonomy: Taxonomy
  readonly interactive: boolean
  readonly open: boolean
  readonly onToggle: (id: string) => void
  readonly detailsId: string
  readonly localizer: Localizer
}

// Memoised: a search or filter change re-renders only the rows whose props changed.
const ActionRow = memo(function ActionRow({
  entry,
  taxonomy,
  interactive,
  open,
  onToggle,
  detailsId,
  localizer: l,
}: ActionRowProps): ReactElement {
  const { action, assessment } = entry
  const m = l.messages
  return (
    <>
      <tr data-rag={assessment.rating} data-action-id={action.id}>
        <td>
          <bdi>{action.ref ?? ''}</bdi>
        </td>
        <th scope="row">
          <bdi>{action.title}</bdi>
          {action.section === null ? null : (
            <div className="techcommit-section">
              <bdi>{action.section}</bdi>
            </div>
          )}
          {interactive ? (
            <div>
              <button
                type="button"
                aria-expanded={open}
                aria-controls={open ? detailsId : undefined}
                onClick={() => onToggle(action.id)}
              >
                {open ? m.hideDetails : m.details}
                <span className="techcommit-sr-only">
                  : <bdi>{action.title}</bdi>
                </span>
              </button>
            </div>
          ) : (
            <details>
              <summary>{m.details}</summary>
              <ActionDetails action={action} assessment={assessment} />
            </details>
          )}
        </th>
        <td>
          <PillarBadges codes={action.pillars} taxonomy={taxonomy} />
        </td>
        <td>
          {action.owners.length === 0 ? (
            m.noValue
          ) : (
            <ul className="techcommit-owners">
              {action.owners.map((owner) => (
                <li key={owner}>
                  <bdi>{owner}</bdi>
                </li>
              ))}
            </ul>
          )}
        </td>
        <td>{l.target(action.target)}</td>
        <td>
          <bdi>{action.status.text === '' ? m.noValue : action.status.text}</bdi>
        </td>
        <td>
          <RagBadge
            rating={assessment.rating}
            late={assessment.late}
            reasons={assessment.reasons}
            daysToDue={assessment.daysToDue}
          />
        </td>
      </tr>
      {interactive && open ? (
        <tr className="techcommit-details-row" id={detailsId}>
          <td colSpan={COLUMNS.length}>
            <ActionDetails action={action} assessment={assessment} />
          </td>
        </tr>
      ) : null}
    </>
  )
})

interface TableControlsProps {
  readonly baseId: string
  readonly entries: readonly TableEntry[]
  readonly filters: TableFilters
  readonly onFilters: (filters: TableFilters) => void
  readonly search: string
  readonly onSearch: (search: string) => void
  readonly groupBy: GroupBy
  readonly onGroupBy: (groupBy: GroupBy) => void
  readonly taxonomy: Taxonomy
  readonly localizer: Localizer
  readonly statusId: string
}

function TableControls({
  baseId,
  entries,
  filters,
  onFilters,
  search,
  onSearch,
  groupBy,
  onGroupBy,
  taxonomy,
  localizer: l,
  statusId,
}: TableControlsProps): ReactElement {
  const m = l.messages
  const options = useMemo(() => {
    const used = new Set(entries.flatMap((entry) => entry.action.pillars))
    const known = taxonomy.pillars.map((p) => p.code).filter((code) => used.has(code))
    return {
      pillar: distinct([...known, ...used]).map((code) => ({ value: code, label: l.pillar(code, taxonomy) })),
      rating: RAGS.filter((rag) => entries.some((e) => e.assessment.rating === rag)).map((rag) => ({
        value: rag,
        label: m.ratings[rag],
      })),
      status: distinct(entries.map((e) => e.action.status.state)).map((state) => ({
        value: state,
        label: m.states[state as StatusState],
      })),
      owner: distinct(entries.flatMap((e) => e.action.owners))
        .sort((a, b) => a.localeCompare(b, l.locale))
        .map((owner) => ({ value: owner, label: owner })),
      section: distinct(entries.map((e) => e.action.section ?? '')).map((section) => ({
        value: section,
        label: section === '' ? m.noSection : section,
      })),
    }
  }, [entries, taxonomy, l, m])
  const select = (key: keyof TableFilters, column: string): ReactElement | null => {
    const list = options[key]
    if (list.length < 2 && filters[key] === null) return null
    const id = `${baseId}-filter-${key}`
    return (
      <label htmlFor={id} key={key}>
        {l.fill(m.filterBy, { column })}
        <select
          id={id}
          value={filters[key] ?? ALL}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => {
            const value = event.target.value
            onFilters({ ...filters, [key]: value === ALL ? null : value })
          }}
        >
          <option value={ALL}>{m.all}</option>
          {list.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
    )
  }
  const searchId = `${baseId}-search`
  const groupId = `${baseId}-group`
  return (
    <div className="techcommit-controls">
      <label htmlFor={searchId}>
        {m.search}
        <input
          id={searchId}
          type="search"
          value={search}
          aria-describedby={statusId}
          onChange={(event) => onSearch(event.target.value)}
        />
      </label>
      {select('pillar', m.columns.pillars)}
      {select('rating', m.columns.rating)}
      {select('status', m.columns.status)}
      {select('owner', m.columns.owners)}
      {select('section', m.columns.section)}
      <label htmlFor={groupId}>
        {m.groupBy}
        <select id={groupId} value={groupBy} onChange={(event) => onGroupBy(event.target.value as GroupBy)}>
          <option value="none">{m.groupNone}</option>
          <option value="section">{m.columns.section}</option>
          <option value="pillar">{m.columns.pillars}</option>
        </select>
      </label>
    </div>
  )
}
