import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import type { Taxonomy } from '../model/taxonomySchema'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import type { Finding } from './types'

/**
 * Options of `lintPlan`.
 *
 * @example
 * lintPlan(plan, { taxonomy: technicianCommitment })
 */
export interface LintPlanOptions {
  /** The framework pillar codes are checked against. Default `technicianCommitment`. */
  readonly taxonomy?: Taxonomy
  /** Targets read with less confidence than this (0–1) are flagged for a check. Default 0.5. */
  readonly minDateConfidence?: number
}

// Imported cells are hostile text: quote at most this much of one in a message.
const QUOTE_LIMIT = 60

/**
 * The data-quality review a self-assessment panel would give a plan: actions with no owner, no success
 * measure, no date or a date that could not be read, vague targets ("On-going" with no review date), dates
 * past the plan period, refs shared by several actions (one finding per ref, naming every action that uses
 * it), unknown pillars, and so on. Each finding has a stable `code`, a
 * severity, the action concerned and a hint on how to fix it. Findings about the whole plan come first, then
 * each action's in plan order. Needs no date: it judges the plan as written.
 *
 * @example
 * for (const finding of lintPlan(plan)) console.log(`${finding.severity}: ${finding.message} ${finding.fix}`)
 * // warning: Action 5 has no owner. Name the person or group responsible for it.
 */
export function lintPlan(plan: Plan, options: LintPlanOptions = {}): Finding[] {
  const taxonomy = options.taxonomy ?? technicianCommitment
  const minConfidence = options.minDateConfidence ?? 0.5
  const known = new Set(taxonomy.pillars.map((pillar) => pillar.code))
  const planStart = plan.period.start ?? plan.dateContext.planStart ?? null
  const planEnd = plan.period.end ?? plan.dateContext.planEnd ?? null
  const actions = plan.actions
  const findings: Finding[] = []

  if (actions.length === 0) {
    findings.push(
      planFinding(
        'empty-plan',
        'error',
        'The plan has no actions.',
        'Import the action table, or add actions.',
      ),
    )
  }
  if (planStart === null && planEnd === null) {
    findings.push(
      planFinding(
        'no-plan-period',
        'info',
        'The plan gives no period, so target dates cannot be checked against it.',
        'Set the plan period (e.g. 2019-01-01 to 2020-12-31).',
      ),
    )
  }
  const withoutStatus = actions.filter((action) => action.status.text.trim() === '').length
  const noStatusAtAll = actions.length > 0 && withoutStatus === actions.length
  if (noStatusAtAll) {
    findings.push(
      planFinding(
        'no-status-reported',
        'info',
        'No action reports a status, so progress can only be judged from dates.',
        'Add a status column ("Not started", "In progress", "Complete (dd/mm/yy)").',
      ),
    )
  }

  // Every action of each ref, in plan order: a shared ref is one finding, at the first action that uses it.
  const refs = new Map<string, Action[]>()
  for (const action of actions) {
    const ref = normaliseRef(action.ref)
    if (ref === null) continue
    const sharing = refs.get(ref)
    if (sharing === undefined) refs.set(ref, [action])
    else sharing.push(action)
  }
  const seenIds = new Set<string>()

  for (const action of actions) {
    const label = labelOf(action)
    const add = (code: string, severity: Finding['severity'], message: string, fix: string) =>
      findings.push({ code, severity, actionId: action.id, message, fix })

    if (seenIds.has(action.id)) {
      add(
        'duplicate-id',
        'error',
        `${label} has the id "${quote(action.id)}", which an earlier action already uses.`,
        'Give every action a unique id; the store and comparisons match actions by id.',
      )
    }
    seenIds.add(action.id)
    const ref = normaliseRef(action.ref)
    const sharing = ref === null ? undefined : refs.get(ref)
    if (sharing !== undefined && sharing.length > 1 && sharing[0] === action) {
      add(
        'duplicate-ref',
        'warning',
        sharedRefMessage(action.ref ?? '', sharing),
        'Number actions uniquely across the plan (e.g. prefix a second table\'s numbers: "C1", "C2").',
      )
    }

    if (action.title.trim() === '') {
      add('no-title', 'error', `${label} has no title.`, 'Say what the action is in a short sentence.')
    }
    if (action.owners.length === 0) {
      add('no-owner', 'warning', `${label} has no owner.`, 'Name the person or group responsible for it.')
    }
    if (!action.successMeasures.some((measure) => measure.trim() !== '')) {
      add(
        'no-success-measure',
        'warning',
        `${label} has no success measure.`,
        'Say how you will know it is done, e.g. "webpage live with contact details".',
      )
    }
    if (action.pillars.length === 0) {
      add(
        'no-pillar',
        'warning',
        `${label} is not mapped to any pillar.`,
        'Tag it with the pillar(s) it serves (V, R, C, S).',
      )
    }
    for (const code of action.pillars) {
      if (!known.has(code)) {
        add(
          'unknown-pillar',
          'warning',
          `${label} names the pillar "${quote(code)}", which ${taxonomy.name} does not define.`,
          `Use one of: ${taxonomy.pillars.map((pillar) => pillar.code).join(', ')}.`,
        )
      }
    }
    if (!noStatusAtAll && action.status.text.trim() === '') {
      add(
        'no-status',
        'info',
        `${label} reports no status.`,
        'Record where it stands ("In progress", "Complete").',
      )
    }
    if (action.status.state === 'complete' && action.status.completedOn === null) {
      add(
        'complete-without-date',
        'info',
        `${label} is complete but gives no completion date.`,
        'Add the date it was completed, e.g. "Complete (16/04/18)", so lateness and trends can be judged.',
      )
    }
    lintTarget(action, label, planStart, planEnd, minConfidence, add)
  }
  return findings
}

function lintTarget(
  action: Action,
  label: string,
  planStart: string | null,
  planEnd: string | null,
  minConfidence: number,
  add: (code: string, severity: Finding['severity'], message: string, fix: string) => void,
): void {
  const target = action.target
  const text = target.text.trim()
  const due = target.due
  const kind = target.kind
  if (text === '') {
    add(
      'no-target-date',
      'warning',
      `${label} has no target date.`,
      'Give a month or a date it should be done by.',
    )
    return
  }
  if (due === null && kind === 'unknown') {
    add(
      'unparseable-date',
      'error',
      `${label}: the target "${quote(text)}" could not be read as a date.`,
      'Write it as a month and year ("June 2020"), a date ("30/06/2020") or a quarter with its year ("Q2 2020").',
    )
    return
  }
  if (
    due === null &&
    (kind === 'ongoing' || kind === 'started' || kind === 'recurring' || kind === 'multiple')
  ) {
    add(
      'vague-target',
      'warning',
      `${label}: the target "${quote(text)}" is open-ended, with no review date.`,
      'Add a date to review it by, e.g. "On-going, review June 2020".',
    )
    return
  }
  if (due !== null && target.confidence < minConfidence) {
    add(
      'uncertain-date',
      'info',
      `${label}: the target "${quote(text)}" was read as ${due}, but not confidently.`,
      'Check the reading, or write the date unambiguously ("June 2020" rather than "June 20").',
    )
  }
  if (due !== null && planEnd !== null && due > planEnd) {
    add(
      'past-plan-period',
      'warning',
      `${label} is due ${due}, after the plan period ends (${planEnd}).`,
      'Bring the date inside the period, or carry the action into the next plan.',
    )
  }
  if (due !== null && planStart !== null && due < planStart && action.status.state !== 'complete') {
    add(
      'before-plan-period',
      'info',
      `${label} is due ${due}, before the plan period starts (${planStart}), and is not reported complete.`,
      'Check the date, or mark the action complete if it was carried over finished.',
    )
  }
}

function planFinding(code: string, severity: Finding['severity'], message: string, fix: string): Finding {
  return { code, severity, actionId: null, message, fix }
}

function normaliseRef(ref: string | null): string | null {
  if (ref === null) return null
  const trimmed = ref.trim().toLowerCase()
  return trimmed === '' ? null : trimmed
}

function quote(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text
}

function labelOf(action: Action): string {
  const ref = action.ref?.trim()
  if (ref !== undefined && ref !== '') return `Action ${quote(ref)}`
  const title = action.title.trim()
  return title === '' ? `Action "${quote(action.id)}"` : `"${quote(title)}"`
}

function sectionNote(action: Action): string {
  return action.section === null ? '' : ` (in "${quote(action.section)}")`
}

// A ref shared by a whole sector's worth of rows must not make a message of megabytes.
const NAMED_LIMIT = 10

/**
 * "The ref "1" is used by 2 actions: "Set up the forum" (in "Open actions") and "Publish the webpage" (in
 * "Completed actions")." The actions share their ref, so each is named by its title (or id) and section.
 */
function sharedRefMessage(ref: string, sharing: readonly Action[]): string {
  const names = sharing.slice(0, NAMED_LIMIT).map((action) => {
    const title = action.title.trim()
    const name = title === '' ? `the action with id "${quote(action.id)}"` : `"${quote(title)}"`
    return `${name}${sectionNote(action)}`
  })
  const more = sharing.length - names.length
  const list =
    more > 0
      ? `${names.join(', ')} and ${more} more`
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  return `The ref "${quote(ref.trim())}" is used by ${sharing.length} actions: ${list}.`
}
