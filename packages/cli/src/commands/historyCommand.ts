import { NotFoundError, type PlanHistoryEntry } from '@techcommit/core'
import { defineCommand } from '../defineCommand'
import { textOrJsonOption } from '../formatOption'
import { dbOption, defaultDatabaseFile, openStore } from '../openStore'
import { terminalJson, terminalLine } from '../terminalText'
import { findActionId } from '../findAction'
import { noSuchPlan } from '../noSuchPlan'

/** `techcommit history`: a plan's audit trail, or one action's. */
export const historyCommand = defineCommand({
  name: 'history',
  summary: "Show a stored plan's history: saves, updates and deletes.",
  args: '<plan> [action]',
  minArgs: 1,
  maxArgs: 2,
  description: `Shows the audit trail of a stored plan, oldest first: every save (import), progress update and
delete, with its revision and time. Name an action (its id or ref) to see only its updates.`,
  options: { db: dbOption, format: textOrJsonOption },
  examples: [
    'techcommit history oxford-2018-2020 --db plans.db',
    'techcommit history oxford-2018-2020 1 --db plans.db',
  ],
  run: async ({ args, options }, io) => {
    const [planId, actionName] = args as [string, string | undefined]
    const filename = options.db ?? defaultDatabaseFile
    const store = await openStore(filename, io, { create: false })
    try {
      // findActionId checks that the plan exists (so a misspelt plan is not read as an action without updates).
      const actionId =
        actionName === undefined ? undefined : await findActionId(store, planId, actionName, filename)
      const entries = await store.history(planId, actionId).catch((error: unknown) => {
        // A deleted plan keeps its history; only an id never saved is not found.
        throw error instanceof NotFoundError ? noSuchPlan(planId, filename) : error
      })
      if (options.format === 'json') io.stdout(terminalJson(entries))
      else if (entries.length === 0)
        // An action nobody has updated yet: not an error, and the message says how to record one.
        io.stdout(
          `no updates recorded on action ${terminalLine(actionName ?? '')} of "${terminalLine(planId)}" yet. Record one with: techcommit update ${terminalLine(planId)} ${terminalLine(actionName ?? '')} --status "In progress" --db ${terminalLine(filename)}\n`,
        )
      else io.stdout(`${entries.map(formatEntry).join('\n')}\n`)
    } finally {
      await store.close()
    }
    return 0
  },
})

function formatEntry(entry: PlanHistoryEntry): string {
  const head = `revision ${String(entry.revision).padStart(3)}  ${entry.recordedAt}  ${entry.kind.padEnd(6)}`
  if (entry.update === null) return head.trimEnd()
  const { update } = entry
  const parts = [
    `action ${terminalLine(entry.actionId ?? '')}`,
    update.by === null ? null : `by ${terminalLine(update.by)}`,
    update.status === null
      ? null
      : `status ${update.status.state}${update.status.percent === null ? '' : ` ${update.status.percent}%`}`,
    update.target === null ? null : `target ${terminalLine(update.target.text)}`,
    update.note === null ? null : `note "${terminalLine(update.note)}"`,
  ]
  return `${head}  ${parts.filter((part) => part !== null).join(' · ')}`
}
