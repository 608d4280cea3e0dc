import {
  type ActionAssessment,
  formatTargetDate,
  type Plan,
  type Rag,
  type Taxonomy,
  technicianCommitment,
} from '@techcommit/core'
import type { ReactElement } from 'react'
import { PillarBadges } from './PillarBadges'
import { RagBadge } from './RagBadge'

/** Props of {@link ActionTable}. */
export interface ActionTableProps {
  readonly plan: Plan
  /** `evaluatePlan(plan, { asOf }).actions`, in plan order. */
  readonly assessments: readonly ActionAssessment[]
  /** Show only these ratings (e.g. `['overdue', 'at-risk']`). Default: all. */
  readonly ratings?: readonly Rag[]
  readonly taxonomy?: Taxonomy
  readonly caption?: string
}

/**
 * The plan's actions as an accessible table: ref, action, pillars, owners, target, reported status and the
 * computed rating with its reasons. Every cell is rendered as text, so imported HTML or script cannot run.
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
  caption = 'Actions',
}: ActionTableProps): ReactElement {
  const rows = plan.actions
    .map((action, index) => ({ action, assessment: assessments[index] }))
    .filter(
      ({ assessment }) =>
        assessment !== undefined && (ratings === undefined || ratings.includes(assessment.rating)),
    )
  return (
    <table className="techcommit-actions">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Ref</th>
          <th scope="col">Action</th>
          <th scope="col">Pillars</th>
          <th scope="col">Owners</th>
          <th scope="col">Target</th>
          <th scope="col">Reported status</th>
          <th scope="col">Rating</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ action, assessment }) => (
          <tr key={action.id} data-rag={assessment!.rating}>
            <td>{action.ref ?? ''}</td>
            <th scope="row">
              {action.title}
              {action.section === null ? null : <div className="techcommit-section">{action.section}</div>}
            </th>
            <td>
              <PillarBadges codes={action.pillars} taxonomy={taxonomy} />
            </td>
            <td>{action.owners.length === 0 ? '—' : action.owners.join(', ')}</td>
            <td title={action.target.text}>{formatTargetDate(action.target)}</td>
            <td>{action.status.text === '' ? '—' : action.status.text}</td>
            <td>
              <RagBadge rating={assessment!.rating} late={assessment!.late} reasons={assessment!.reasons} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
