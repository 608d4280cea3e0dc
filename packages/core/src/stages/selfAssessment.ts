import { ValidationError, type ValidationProblem } from '../errors'
import type { Action, ActionLink } from '../model/action'
import type { Plan, PlanPeriod, PlanStage } from '../model/plan'
import type { IsoDate } from '../model/primitives'
import type { StatusState } from '../model/status'
import type { Pillar, Taxonomy } from '../model/taxonomySchema'
import { dayBound, statusOn } from '../scoring/actionFacts'
import { defaultStatusWeights } from '../scoring/defaultStatusWeights'
import type { PlanAssessment } from '../scoring/evaluatePlan'
import type { Finding, Rag, StatusWeights } from '../scoring/types'
import { getTaxonomy } from '../taxonomy/getTaxonomy'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { deepFreeze } from './deepFreeze'

/**
 * Options of `selfAssessment`.
 *
 * @example
 * selfAssessment(stage1, evaluatePlan(stage1, { asOf }), { next: stage2Draft })
 */
export interface SelfAssessmentOptions {
  /** The next stage's plan (e.g. `carryForward(...).plan`): says where each action went and which pillars it covers. */
  readonly next?: Plan
  /** The framework the plan follows. Default: the built-in taxonomy the plan names, else the Technician Commitment. */
  readonly taxonomy?: Taxonomy
  /** The weights the assessment was made with, if not the defaults (for the per-pillar progress figures). */
  readonly weights?: Partial<StatusWeights>
}

/**
 * What shows an action's progress: its success measures, notes, status text and update history.
 *
 * @example
 * reflection.actions[0]?.evidence.updates.map((u) => `${u.at}: ${u.note}`)
 */
export interface ActionEvidence {
  readonly successMeasures: readonly string[]
  /** The status as the plan wrote it ("In progress [several new schemes under discussion]"). */
  readonly status: string
  readonly notes: string | null
  /** The progress history up to the assessment date, oldest first. */
  readonly updates: readonly {
    readonly at: string
    readonly by: string | null
    readonly status: string | null
    readonly note: string | null
  }[]
}

/**
 * Where a carried action sits in the next plan.
 *
 * @example
 * action.carriedTo // { planId: 'oxford-2021-2023', actionId: '5', ref: '5' }
 */
export interface CarriedTo extends ActionLink {
  readonly ref: string | null
}

/**
 * One action's reflection: its rating with the reasons, the evidence, whether it was achieved and where it
 * went next.
 *
 * @example
 * const overdue = reflection.actions.filter((a) => a.rating === 'overdue' && a.carriedTo === null)
 */
export interface ActionReflection {
  readonly actionId: string
  readonly ref: string | null
  readonly title: string
  readonly section: string | null
  readonly pillars: readonly string[]
  readonly owners: readonly string[]
  /** The target as the plan wrote it, and its due date. */
  readonly target: string
  readonly due: IsoDate | null
  readonly rating: Rag
  readonly late: boolean
  readonly state: StatusState
  /** Why it has its rating, in the scoring rules' words. */
  readonly reasons: readonly string[]
  /** Complete as of the assessment date. */
  readonly achieved: boolean
  readonly evidence: ActionEvidence
  /** The next plan's action that continues it, or null (not carried, or no next plan given). */
  readonly carriedTo: CarriedTo | null
}

/**
 * One pillar's reflection: its scores, expected against actual progress, and its place in the next plan.
 *
 * @example
 * reflection.pillars.filter((p) => p.inNextPlan === 0).map((p) => p.name)
 */
export interface PillarReflection {
  readonly code: string
  readonly name: string
  readonly required: boolean
  readonly actions: number
  readonly achieved: number
  readonly open: number
  readonly overdue: number
  readonly atRisk: number
  /** Weighted completion, 0–1, as `evaluatePlan` scores it; null when no action counts. */
  readonly completion: number | null
  /** Mean elapsed share of the dated actions' working windows, 0–1, or null when none is dated. */
  readonly expected: number | null
  /** Mean weighted progress of the same actions, 0–1, or null. */
  readonly actual: number | null
  /** Of this pillar's actions, how many the next plan continues (null without a next plan). */
  readonly carriedForward: number | null
  /** Actions in the next plan tagged with this pillar (null without a next plan). */
  readonly inNextPlan: number | null
}

/**
 * How a plan covers an optional theme (the Technician Commitment's fifth theme, Evaluating Impact).
 *
 * @example
 * reflection.evaluatingImpact?.message // 'Evaluating Impact (E): 11 actions in this plan, 11 in the next.'
 */
export interface ThemeCoverage {
  readonly code: string
  readonly name: string
  readonly actions: number
  readonly achieved: number
  readonly actionIds: readonly string[]
  readonly inNextPlan: number | null
  readonly message: string
}

/**
 * The headline figures of a self-assessment.
 *
 * @example
 * const { completion, expected, actual } = reflection.headline
 */
export interface SelfAssessmentHeadline {
  readonly actions: number
  readonly achieved: number
  readonly open: number
  readonly cancelled: number
  readonly completion: number | null
  readonly expected: number | null
  readonly actual: number | null
  /** `expected - actual`: positive when the plan is behind. */
  readonly gap: number | null
  readonly ratingCounts: Readonly<Record<Rag, number>>
  /** Open actions the next plan continues, and open actions it does not (null without a next plan). */
  readonly carriedForward: number | null
  readonly openNotCarried: number | null
}

/**
 * A structured reflection on a plan at the end of its stage: what a signatory submits with its next plan.
 * Frozen plain data; render it with `selfAssessmentToMarkdown`, `selfAssessmentToRows` or the widgets'
 * `SelfAssessmentReport`.
 *
 * @example
 * const reflection: SelfAssessment = selfAssessment(plan, evaluatePlan(plan, { asOf }))
 */
export interface SelfAssessment {
  readonly planId: string
  readonly title: string | null
  readonly institution: string | null
  readonly stage: PlanStage | null
  readonly period: PlanPeriod
  readonly asOf: IsoDate
  readonly nextPlanId: string | null
  readonly headline: SelfAssessmentHeadline
  /** The taxonomy's required pillars, in its order. */
  readonly pillars: readonly PillarReflection[]
  /** The optional fifth theme, or null when the taxonomy has none. */
  readonly evaluatingImpact: ThemeCoverage | null
  readonly actions: readonly ActionReflection[]
  /** The assessment's findings, then the reflection's own (pillars missing from the next plan, broken links). */
  readonly findings: readonly Finding[]
}

/**
 * Reflects on a plan at the end of its stage: per action, the rating with its reasons (exactly as the
 * assessment has them), the evidence (success measures, notes, status text, update history), whether it was
 * achieved and — given the next plan — which of its actions continues it; per pillar, the scores, expected
 * against actual progress and coverage in the next plan; the headline figures; and how the plan covers
 * Evaluating Impact. Flags required pillars with no action in the next plan. Pure.
 *
 * Throws `ValidationError` when the assessment is of another plan or of other actions.
 *
 * @example
 * const assessment = evaluatePlan(stage1, { asOf: '2020-11-15' })
 * const { plan: stage2 } = carryForward(stage1, { asOf: '2020-11-15', newPlanId: 'uni-2021', period })
 * const reflection = selfAssessment(stage1, assessment, { next: stage2 })
 * reflection.headline.completion // e.g. 0.53
 * reflection.actions[0]?.carriedTo // { planId: 'uni-2021', actionId: '1', ref: '1' }
 */
export function selfAssessment(
  previous: Plan,
  assessment: PlanAssessment,
  options: SelfAssessmentOptions = {},
): SelfAssessment {
  const judged = assessment.actions
  checkMatch(previous, assessment)
  const taxonomy = options.taxonomy ?? getTaxonomy(previous.taxonomy) ?? technicianCommitment
  const weights: StatusWeights = { ...defaultStatusWeights, ...options.weights }
  const next = options.next ?? null
  const findings: Finding[] = [...assessment.findings]

  const carriedTo = new Map<string, CarriedTo>()
  const previousIds = new Set(previous.actions.map((action) => action.id))
  for (const action of next?.actions ?? []) {
    const link = action.continues
    if (link === undefined || link.planId !== previous.id) continue
    if (!previousIds.has(link.actionId)) {
      findings.push({
        code: 'continues-unknown-action',
        severity: 'warning',
        actionId: action.id,
        message: `Action "${action.title}" of plan "${next!.id}" says it continues action "${link.actionId}" of plan "${previous.id}", which has no such action.`,
        fix: 'Correct the link (continues.actionId) or remove it.',
      })
      continue
    }
    // When the next plan splits an action in two, the first part is where it went.
    if (!carriedTo.has(link.actionId))
      carriedTo.set(link.actionId, { planId: next!.id, actionId: action.id, ref: action.ref })
  }

  const actions: ActionReflection[] = previous.actions.map((action, index) => {
    const a = judged[index]!
    return {
      actionId: action.id,
      ref: action.ref,
      title: action.title,
      section: action.section,
      pillars: action.pillars,
      owners: action.owners,
      target: action.target.text,
      due: action.target.due,
      rating: a.rating,
      late: a.late,
      state: a.state,
      reasons: a.reasons.map((reason) => reason.message),
      achieved: a.rating === 'complete',
      evidence: evidenceOf(action, assessment.asOf),
      carriedTo: carriedTo.get(action.id) ?? null,
    }
  })

  const inNext = (code: string) =>
    next === null ? null : next.actions.filter((a) => a.pillars.includes(code)).length
  const pillars: PillarReflection[] = taxonomy.pillars
    .filter((pillar) => !pillar.optional)
    .map((pillar) => {
      const score = assessment.pillars.find((p) => p.code === pillar.code)
      const members = previous.actions.flatMap((action, index) =>
        action.pillars.includes(pillar.code) ? [index] : [],
      )
      let dated = 0
      let expectedSum = 0
      let actualSum = 0
      for (const index of members) {
        const a = judged[index]!
        const weight = weights[a.state]
        if (a.expectedProgress === null || weight === null) continue
        dated++
        expectedSum += a.expectedProgress
        actualSum += a.actualProgress ?? weight
      }
      const inNextPlan = inNext(pillar.code)
      if (inNextPlan === 0) {
        findings.push({
          code: 'pillar-not-in-next-plan',
          severity: 'error',
          actionId: null,
          pillar: pillar.code,
          message: `The next plan ("${next!.id}") has no action for ${pillar.name} (${pillar.code}), a required pillar.`,
          fix: `Add at least one ${pillar.name} action to the next plan, or tag the actions that serve it with "${pillar.code}".`,
        })
      }
      return {
        code: pillar.code,
        name: pillar.name,
        required: true,
        actions: members.length,
        achieved: score?.complete ?? 0,
        open: score?.open ?? 0,
        overdue: score?.overdue ?? 0,
        atRisk: score?.atRisk ?? 0,
        completion: score?.completion ?? null,
        expected: dated === 0 ? null : expectedSum / dated,
        actual: dated === 0 ? null : actualSum / dated,
        carriedForward:
          next === null ? null : members.filter((i) => carriedTo.has(previous.actions[i]!.id)).length,
        inNextPlan,
      }
    })

  const theme = fifthTheme(taxonomy)
  let evaluatingImpact: ThemeCoverage | null = null
  if (theme !== null) {
    const ids = actions.filter((a) => a.pillars.includes(theme.code))
    const inNextPlan = inNext(theme.code)
    const label = `${theme.name} (${theme.code})`
    const here =
      ids.length === 0
        ? 'no action in this plan'
        : `${ids.length} action${ids.length === 1 ? '' : 's'} in this plan`
    const there = inNextPlan === null ? '' : `, ${inNextPlan} in the next`
    evaluatingImpact = {
      code: theme.code,
      name: theme.name,
      actions: ids.length,
      achieved: ids.filter((a) => a.achieved).length,
      actionIds: ids.map((a) => a.actionId),
      inNextPlan,
      message: `${label}: ${here}${there}.`,
    }
    if (ids.length === 0 && (inNextPlan === null || inNextPlan === 0)) {
      findings.push({
        code: 'theme-not-covered',
        severity: 'info',
        actionId: null,
        message: `No action evaluates impact: ${label} is optional, but reviewers look for how you will measure what the plan changed.`,
        fix: `Consider actions that measure the plan's effect (surveys, uptake figures), tagged "${theme.code}".`,
      })
    }
  }

  const open = judged.filter((a) => a.open)
  const carriedOpen = next === null ? null : open.filter((a) => carriedTo.has(a.actionId)).length
  const headline: SelfAssessmentHeadline = {
    actions: judged.length,
    achieved: assessment.ratingCounts.complete,
    open: open.length,
    cancelled: judged.filter((a) => a.state === 'cancelled').length,
    completion: assessment.completion,
    expected: assessment.progress.expected,
    actual: assessment.progress.actual,
    gap: assessment.progress.gap,
    ratingCounts: { ...assessment.ratingCounts },
    carriedForward: carriedOpen,
    openNotCarried: carriedOpen === null ? null : open.length - carriedOpen,
  }

  return deepFreeze(
    structuredClone({
      planId: previous.id,
      title: previous.title,
      institution: previous.institution,
      stage: previous.stage ?? null,
      period: previous.period,
      asOf: assessment.asOf,
      nextPlanId: next?.id ?? null,
      headline,
      pillars,
      evaluatingImpact,
      actions,
      findings,
    }),
  )
}

function checkMatch(plan: Plan, assessment: PlanAssessment): void {
  const problems: ValidationProblem[] = []
  if (assessment.planId !== plan.id) {
    problems.push({
      path: 'assessment.planId',
      message: `The assessment is of plan "${assessment.planId}", not "${plan.id}".`,
    })
  }
  const judged = assessment.actions
  if (judged.length !== plan.actions.length || judged.some((a, i) => a.actionId !== plan.actions[i]!.id)) {
    problems.push({
      path: 'assessment.actions',
      message:
        'The assessment does not list the plan’s actions in order: the plan changed after it was assessed.',
    })
  }
  if (problems.length > 0) {
    throw new ValidationError('Assess the plan again (evaluatePlan) and pass that assessment.', problems)
  }
}

function evidenceOf(action: Action, asOf: IsoDate): ActionEvidence {
  const bound = dayBound(asOf)
  return {
    successMeasures: action.successMeasures,
    status: statusOn(action, bound).text,
    notes: action.notes,
    updates: action.updates
      .filter((update) => update.at < bound)
      .map((update) => ({
        at: update.at,
        by: update.by,
        status: update.status?.text ?? null,
        note: update.note,
      })),
  }
}

/** The taxonomy's Evaluating Impact theme: the pillar named so, else its first optional pillar. */
function fifthTheme(taxonomy: Taxonomy): Pillar | null {
  const optional = taxonomy.pillars.filter((pillar) => pillar.optional)
  return optional.find((pillar) => /evaluating impact/i.test(pillar.name)) ?? optional[0] ?? null
}
