import { ImportError } from '../errors'
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
): TableToPlanResult {
  const checked = Plan.safeParse(plan)
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
  // On success, zod's copy of the plan: nothing shared with the caller's rows or options.
  return { plan: checked.success ? checked.data : plan, issues: capped, explanation }
}
