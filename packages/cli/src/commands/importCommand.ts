import { ConflictError, type Plan } from '@techcommit/core'
import { defineCommand } from '../defineCommand'
import { UsageError } from '../errors'
import { expandInputs } from '../expandInputs'
import { formatIssue, hasErrors } from '../formatIssue'
import { dbOption, defaultDatabaseFile, openStore } from '../openStore'
import { createProgressBar } from '../progressBar'
import { readPlanInput, tableOption } from '../readPlanInput'
import { terminalLine } from '../terminalText'

const shownErrors = 10

/** `techcommit import`: plan files into the SQLite store, all or nothing per file. */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'Save plan files into the SQLite store, all or nothing per file.',
  args: '<file|folder>...',
  minArgs: 1,
  maxArgs: Number.POSITIVE_INFINITY,
  description: `Reads each plan file (CSV, TSV or techcommit JSON; a folder means the plan files in it) and saves it
into the store as a new revision, keeping the history. A file whose import has errors is not saved (exit 1).
A stored plan is only replaced by a file holding the same plan (same title and institution; for an untitled
plan, at least half the same action titles) unless --replace is given. The plan id is the one a techcommit export carries, else the file name without its extension.`,
  options: {
    db: dbOption,
    'plan-id': { type: 'string', value: 'id', description: 'Save under this plan id (one file only).' },
    replace: {
      type: 'boolean',
      description: 'Replace a stored plan with the same id even when the file holds another plan.',
    },
    table: tableOption,
  },
  examples: [
    'techcommit import examples/data --db plans.db',
    'techcommit import action-plan.csv --plan-id uni-2024 --db plans.db',
  ],
  run: async ({ args, options }, io) => {
    const files = await expandInputs(args, io)
    if (options['plan-id'] !== undefined && files.length > 1)
      throw new UsageError(
        `--plan-id names one plan, but ${files.length} files were given. Import them one by one.`,
      )
    const filename = options.db ?? defaultDatabaseFile
    const store = await openStore(filename, io, { create: true })
    const progress = createProgressBar(io, files.length)
    let refused = 0
    try {
      for (const [index, file] of files.entries()) {
        progress.step(index, file)
        const shownFile = terminalLine(file)
        const { plan, issues } = await readPlanInput(file, io, {
          planId: options['plan-id'],
          table: options.table,
        })
        if (hasErrors(issues)) {
          const errors = issues.filter((issue) => issue.severity === 'error')
          for (const issue of errors.slice(0, shownErrors)) io.stderr(`${formatIssue(file, issue)}\n`)
          if (errors.length > shownErrors) io.stderr(`… and ${errors.length - shownErrors} more errors\n`)
          io.stderr(
            `${shownFile}: not saved: ${errors.length} import error${errors.length === 1 ? '' : 's'}. Fix the file (techcommit validate "${shownFile}") and import it again.\n`,
          )
          refused++
          continue
        }
        const saved = await savePlanOnce(store, plan, options.replace)
        if (saved.refused !== undefined) {
          io.stderr(`${shownFile}: not saved: ${saved.refused}\n`)
          refused++
          continue
        }
        io.stdout(
          `${shownFile}: saved plan "${terminalLine(plan.id)}" (${plan.actions.length} actions) to ${terminalLine(filename)} at revision ${saved.revision}\n`,
        )
      }
    } finally {
      progress.done()
      await store.close()
    }
    return refused > 0 ? 1 : 0
  },
})

type Store = Awaited<ReturnType<typeof openStore>>

/** Saves against the revision just read; when another import got in between, reads again and retries. */
async function savePlanOnce(
  store: Store,
  plan: Plan,
  replace: boolean,
): Promise<{ revision: number; refused?: undefined } | { refused: string }> {
  for (let attempt = 0; ; attempt++) {
    const existing = await store.getPlan(plan.id)
    if (existing !== null && !replace && !isSamePlan(existing.plan, plan))
      return {
        refused: `the store already holds another plan under the id "${terminalLine(plan.id)}" (${describe(existing.plan)}; this file holds ${describe(plan)}). Give this one another id with --plan-id, or overwrite it with --replace.`,
      }
    try {
      return await store.savePlan(plan, { expectedRevision: existing?.revision ?? 0 })
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 5) throw error
    }
  }
}

/**
 * Two versions of one plan share its title and institution; an untitled plan must also keep at least half of
 * its action titles, so one university's "action-plan.csv" never silently replaces another's.
 */
function isSamePlan(stored: Plan, incoming: Plan): boolean {
  if (stored.title !== incoming.title || stored.institution !== incoming.institution) return false
  if (stored.title !== null) return true
  const storedTitles = new Set(stored.actions.map((action) => action.title))
  const kept = incoming.actions.filter((action) => storedTitles.has(action.title)).length
  return kept * 2 >= Math.max(stored.actions.length, incoming.actions.length)
}

function describe(plan: Plan): string {
  const name = [plan.title, plan.institution].filter((part) => part !== null).join(', ')
  return name === '' ? `an untitled plan of ${plan.actions.length} actions` : `"${terminalLine(name)}"`
}
