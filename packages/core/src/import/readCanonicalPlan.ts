import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { Plan } from '../model/plan'
import type { Taxonomy } from '../model/taxonomySchema'
import { assignGivenIds } from './assignActionIds'
import { buildAction } from './buildAction'
import { buildPlan, planIdFrom } from './buildPlan'
import type { DraftCell } from './readDraftCells'
import type { ImportExplanation } from './explainImport'
import { type CanonicalTable, readCanonicalTable } from './readCanonicalTable'
import type { TableToPlanOptions, TableToPlanResult } from './tableToPlan'

/**
 * Reads techcommit's own export ({@link planToRows}), whose header row is at `canonicalIndex`: every column by
 * its exact header, the plan's own details from its plan rows, each action's progress updates and links, and
 * the ids it gives (a repeated id gets a new one, with a warning). The options still win for the plan's id,
 * title, institution and period.
 *
 * @example
 * readCanonicalPlan(planToRows(plan), 0, technicianCommitment, {}, []).plan.actions.length
 */
export function readCanonicalPlan(
  table: readonly (readonly string[])[],
  canonicalIndex: number,
  taxonomy: Taxonomy,
  options: TableToPlanOptions,
  issues: ImportIssue[],
): TableToPlanResult {
  const read = readCanonicalTable(table, canonicalIndex, taxonomy)
  issues.push(...read.issues)
  const dateContext = options.dateContext ?? read.dateContext
  const buildIssues: ImportIssue[] = []
  const context = { taxonomy, dateContext, issues: buildIssues }
  const actions = read.drafts.map((draft, i) => withReadings(buildAction(draft, context), read.readings[i]))
  // A status the first import read (from prose, say) was recognised then: no "unreadable status" note for it.
  const readRows = new Set(
    read.drafts
      .filter((_, i) => (read.readings[i]?.status?.state ?? 'unknown') !== 'unknown')
      .map((draft) => draft.row),
  )
  for (const issue of buildIssues) {
    if (issue.code === 'unreadable-status' && issue.row !== null && readRows.has(issue.row)) continue
    issues.push(issue)
  }
  const idCells = new Map<number, DraftCell>()
  read.drafts.forEach((draft, i) => {
    const cell = draft.cells.get('id')
    if (cell !== undefined) idCells.set(i, cell)
  })
  const ids = assignGivenIds(
    actions,
    read.ids,
    read.drafts.map((draft) => draft.row),
    idCells,
    issues,
  )
  actions.forEach((action, i) => {
    action.id = ids[i]!
    action.updates = read.updates[i] ?? []
    const link = read.links[i]
    if (link != null) action.continues = link
  })
  const plan: Plan = {
    id: options.planId ?? read.planId ?? planIdFrom(read.title, options.fileName, actions),
    institution: options.institution !== undefined ? options.institution : read.institution,
    title: options.title !== undefined ? options.title : read.title,
    period: options.period ?? read.period,
    taxonomy: read.taxonomy ?? taxonomy.id,
    dateContext,
    actions,
    ...(read.stage === null ? {} : { stage: read.stage }),
    ...(read.signedOn === null ? {} : { signedOn: read.signedOn }),
    ...(read.previousPlanId === null ? {} : { previousPlanId: read.previousPlanId }),
  }
  const explanation: ImportExplanation = {
    headerRow: canonicalIndex + 1,
    columns: table[canonicalIndex]!.map((cell, i) => ({
      column: i + 1,
      header: cell,
      field: 'extra' as const,
      confidence: 1,
      evidence: "techcommit's own export (planToRows): every column is read by its exact header",
    })),
    rows: [{ row: canonicalIndex + 1, kind: 'header' as const }],
    actionCount: actions.length,
  }
  return buildPlan(plan, issues, options, explanation)
}

// The owners and status the first import read win over re-reading their texts ("HR (lead)" stays owner "HR").
function withReadings(action: Action, reading: CanonicalTable['readings'][number] | undefined): Action {
  if (reading?.owners != null) action.owners = [...reading.owners]
  if (reading?.status != null) action.status = { text: action.status.text, ...reading.status }
  return action
}
