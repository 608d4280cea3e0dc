import {
  evaluatePlan,
  type ImportIssue,
  type OwnerLoad,
  type PillarScore,
  type Plan,
  type ProgressScore,
  type Rag,
  RAGS,
  type RuleResult,
  type Finding,
  type StatusState,
} from '@techcommit/core'

/** A plan to report on, and where it came from. */
export interface ReportSource {
  readonly plan: Plan
  /** The file it was read from, or the store file with its revision. */
  readonly source: string
  readonly issues: readonly ImportIssue[]
}

/** One action in the report: what it is, its rating and why. */
export interface ReportAction {
  readonly id: string
  readonly ref: string | null
  readonly title: string
  readonly section: string | null
  readonly pillars: readonly string[]
  readonly owners: readonly string[]
  readonly target: string
  readonly due: string | null
  readonly state: StatusState
  readonly rating: Rag
  readonly late: boolean
  readonly daysToDue: number | null
  readonly reasons: readonly RuleResult[]
}

/** One plan's section of the report. */
export interface PlanReportSection {
  readonly planId: string
  readonly title: string | null
  readonly institution: string | null
  readonly source: string
  readonly actionCount: number
  readonly importIssues: readonly ImportIssue[]
  readonly completion: number | null
  readonly progress: ProgressScore
  readonly ratingCounts: Readonly<Record<Rag, number>>
  readonly pillars: readonly PillarScore[]
  /** Why the pillar rows do not add up to the action count. */
  readonly pillarNote: { readonly severalPillars: number; readonly noPillar: number; readonly text: string }
  readonly owners: readonly OwnerLoad[]
  readonly findings: readonly Finding[]
  readonly actions: readonly ReportAction[]
}

/** Every plan's section, then the summary over all of them. */
export interface Report {
  readonly asOf: string
  readonly plans: readonly PlanReportSection[]
  readonly summary: {
    readonly plans: number
    readonly actions: number
    /** Completion over all plans, each plan weighted by its actions that count (all but cancelled). */
    readonly completion: number | null
    readonly ratingCounts: Readonly<Record<Rag, number>>
  }
}

/**
 * Assesses each plan as of a date and gathers what every report format shows, as plain data (the JSON
 * format prints it as it is).
 *
 * @example
 * const report = buildReport([{ plan, source: 'plan.csv', issues: [] }], '2019-12-31')
 * report.summary.ratingCounts.overdue
 */
export function buildReport(sources: readonly ReportSource[], asOf: string): Report {
  const plans = sources.map(({ plan, source, issues }) => buildSection(plan, source, issues, asOf))
  const ratingCounts = Object.fromEntries(RAGS.map((rag) => [rag, 0])) as Record<Rag, number>
  let weighted = 0
  let counted = 0
  for (const section of plans) {
    for (const rag of RAGS) ratingCounts[rag] += section.ratingCounts[rag]
    const countedHere = section.actions.filter((action) => action.state !== 'cancelled').length
    if (section.completion !== null) {
      weighted += section.completion * countedHere
      counted += countedHere
    }
  }
  return {
    asOf,
    plans,
    summary: {
      plans: plans.length,
      actions: plans.reduce((sum, section) => sum + section.actionCount, 0),
      completion: counted === 0 ? null : weighted / counted,
      ratingCounts,
    },
  }
}

function buildSection(
  plan: Plan,
  source: string,
  issues: readonly ImportIssue[],
  asOf: string,
): PlanReportSection {
  const assessment = evaluatePlan(plan, { asOf })
  const actions = plan.actions.map((action, index): ReportAction => {
    const rated = assessment.actions[index]!
    return {
      id: action.id,
      ref: action.ref,
      title: action.title,
      section: action.section,
      pillars: action.pillars,
      owners: action.owners,
      target: action.target.text,
      due: rated.due,
      state: rated.state,
      rating: rated.rating,
      late: rated.late,
      daysToDue: rated.daysToDue,
      reasons: rated.reasons,
    }
  })
  const severalPillars = plan.actions.filter((action) => action.pillars.length > 1).length
  const noPillar = plan.actions.filter((action) => action.pillars.length === 0).length
  const notes = [
    severalPillars > 0
      ? `${severalPillars} action${severalPillars === 1 ? ' has' : 's have'} several pillars and count${severalPillars === 1 ? 's' : ''} under each`
      : null,
    noPillar > 0
      ? `${noPillar} action${noPillar === 1 ? ' has' : 's have'} no pillar and appear${noPillar === 1 ? 's' : ''} in no row`
      : null,
  ].filter((note) => note !== null)
  return {
    planId: plan.id,
    title: plan.title,
    institution: plan.institution,
    source,
    actionCount: plan.actions.length,
    importIssues: issues.filter((issue) => issue.severity !== 'info'),
    completion: assessment.completion,
    progress: assessment.progress,
    ratingCounts: assessment.ratingCounts,
    pillars: assessment.pillars,
    pillarNote: {
      severalPillars,
      noPillar,
      text: notes.length === 0 ? 'Each action has exactly one pillar.' : `${notes.join('; ')}.`,
    },
    owners: assessment.owners,
    findings: assessment.findings,
    actions,
  }
}
