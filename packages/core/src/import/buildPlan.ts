import { ImportError } from '../errors'
import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { Plan } from '../model/plan'
import type { DateContext } from '../model/targetDate'
import type { Taxonomy } from '../model/taxonomySchema'
import { slugify } from './assignActionIds'
import { createImportIssue } from './createImportIssue'
import type { ImportExplanation } from './explainImport'
import type { TableToPlanOptions, TableToPlanResult } from './tableToPlan'

const maxIssues = 1_000

/**
 * The plan's id: the slug of the file name when the caller names the file, else of the title, else `plan-` and a
 * hash of its action titles, so two untitled files never share an id. The file name comes first because many
 * plans share a generic title ("Technician Commitment Action Plan"), and two institutions' plans must not
 * replace each other in a store; a file name is what the user chose and can see.
 */
export function planIdFrom(
  title: string | null,
  fileName: string | undefined,
  actions: readonly { readonly title: string }[],
): string {
  const base = fileName?.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '')
  const fromFile = base !== undefined ? slugify(base) : ''
  if (fromFile !== '') return fromFile
  const fromTitle = title !== null ? slugify(title) : ''
  if (fromTitle !== '') return fromTitle
  // FNV-1a over the action titles: the same table always gets the same id.
  let hash = 0x811c9dc5
  for (const action of actions) {
    for (let i = 0; i < action.title.length; i++) {
      hash ^= action.title.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193) >>> 0
    }
  }
  return `plan-${hash.toString(16).padStart(8, '0')}`
}

export function emptyPlan(
  options: TableToPlanOptions,
  taxonomy: Taxonomy,
  title: string | null,
  dateContext: DateContext,
): Plan {
  const planTitle = options.title !== undefined ? options.title : title
  return {
    id: options.planId ?? planIdFrom(planTitle, options.fileName, []),
    institution: options.institution ?? null,
    title: planTitle,
    period: options.period ?? { text: null, start: null, end: null },
    taxonomy: taxonomy.id,
    dateContext,
    actions: [],
  }
}

const PlanDetails = Plan.omit({ actions: true })

/**
 * Validates the finished plan against the model, as `Plan.safeParse` would, at a fraction of its cost on a large
 * table (zod rebuilds some twenty nested objects per action; on 100,000 rows that was a third of the import).
 *
 * Everything in an action that a parser made from cell text is checked with the model's zod schemas, once per
 * distinct result, by the parse cache (`TargetDate`, `Status`, the owner and pillar lists) and by `buildAction`
 * (targets joined from several cells); the progress updates of the canonical layout are checked with
 * `ProgressUpdate` as they are read. `buildAction` copies those checked values field by field into each action.
 * The remaining fields are valid by construction (cell text is always a string after `sanitizeRows`; the id
 * comes from `assignActionIds`), and {@link isBuiltAction} checks every action for exactly those fields, with a
 * non-empty id. `actionsChecked` says all of that passed; the plan's own details are then checked here with the
 * zod schema. When anything fails, the whole plan goes through `Plan.safeParse`, which reports each problem with
 * its path, exactly as before.
 */
function validatePlan(plan: Plan, actionsChecked: boolean): ReturnType<typeof Plan.safeParse> {
  if (actionsChecked) {
    const details = PlanDetails.safeParse(plan)
    if (details.success) {
      // zod's copy of the details, so the plan never shares the caller's options objects (period, dateContext).
      return { success: true, data: { ...details.data, actions: plan.actions } }
    }
  }
  return Plan.safeParse(plan)
}

const isText = (value: unknown): value is string => typeof value === 'string'
const isTextOrNull = (value: unknown): boolean => value === null || typeof value === 'string'
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isText)

/**
 * The fields of `Action` that are not parser results, checked by hand for every action as it is built (see
 * {@link validatePlan}); the id, set afterwards, is checked when it is set.
 */
export function isBuiltAction(action: Action): boolean {
  return (
    isText(action.id) &&
    isTextOrNull(action.ref) &&
    isText(action.title) &&
    isTextOrNull(action.description) &&
    isTextOrNull(action.section) &&
    isTextList(action.pillars) &&
    isText(action.pillarsText) &&
    isTextList(action.owners) &&
    isText(action.ownersText) &&
    isTextList(action.successMeasures) &&
    isTextOrNull(action.notes) &&
    Array.isArray(action.updates) &&
    Array.isArray(action.extra) &&
    action.extra.every((item) => isText(item.column) && isText(item.value)) &&
    typeof action.target === 'object' &&
    action.target !== null &&
    typeof action.status === 'object' &&
    action.status !== null
  )
}

/**
 * The last step of an import: validates the assembled plan against the model, lists the first 1,000 issues
 * (and how many more there were), and throws {@link ImportError} in strict mode when any is an error.
 *
 * @example
 * buildPlan(plan, issues, { strict: true }, explanation) // throws when an issue is an error
 */
export function buildPlan(
  plan: Plan,
  issues: ImportIssue[],
  options: TableToPlanOptions,
  explanation: ImportExplanation,
  actionsChecked = false,
): TableToPlanResult {
  const checked = validatePlan(plan, actionsChecked)
  if (!checked.success) {
    for (const problem of checked.error.issues.slice(0, 20)) {
      const path = problem.path.map(String)
      const actionIndex = path[0] === 'actions' ? Number(path[1]) : Number.NaN
      const action = Number.isInteger(actionIndex) ? plan.actions[actionIndex] : undefined
      issues.push(
        createImportIssue(
          'invalid-plan',
          'error',
          null,
          null,
          null,
          `The imported plan does not pass validation at ${path.join('.')}${action ? ` (action "${action.id}")` : ''}: ${problem.message}. Check the options passed to tableToPlan (planId must not be empty) and the cell it came from.`,
        ),
      )
    }
  }
  const total = issues.length
  const capped =
    total > maxIssues
      ? [
          ...issues.slice(0, maxIssues),
          createImportIssue(
            'too-many-issues',
            'info',
            null,
            null,
            null,
            `${total - maxIssues} more issues were found and not listed. Fix the ones above and import again.`,
          ),
        ]
      : issues
  if (options.strict === true && capped.some((issue) => issue.severity === 'error')) {
    const errors = capped.filter((issue) => issue.severity === 'error')
    throw new ImportError(
      `The table could not be imported cleanly: ${errors.length} error${errors.length === 1 ? '' : 's'}, first: ${errors[0]!.message}`,
      capped,
    )
  }
  // On success, the validated plan: its actions hold no object in common (buildAction copies the cached parser
  // results) and nothing shared with the options.
  return { plan: checked.success ? checked.data : plan, issues: capped, explanation }
}
