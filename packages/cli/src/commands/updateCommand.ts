import { ConflictError, parseStatus, type ProgressUpdate, type Status } from '@techcommit/core'
import { defineCommand } from '../defineCommand'
import { DataError, UsageError } from '../errors'
import { findAction } from '../findAction'
import { noSuchPlan } from '../noSuchPlan'
import { dbOption, defaultDatabaseFile, openStore } from '../openStore'
import { terminalLine } from '../terminalText'

/** `techcommit update`: records a progress update on one stored action, with history. */
export const updateCommand = defineCommand({
  name: 'update',
  summary: 'Record a progress update on a stored action (kept in its history).',
  args: '<plan> <action>',
  minArgs: 2,
  maxArgs: 2,
  description: `Records a progress update on one action of a stored plan (the action by its id or ref): a new
status read as a status cell is ("Complete (16/04/18)", "In progress", "On hold"), a percentage and/or a note.
The update is appended to the action's history against the revision just read, so an update that races
another is refused (exit 1) instead of lost.`,
  options: {
    status: {
      type: 'string',
      value: 'text',
      description: 'The new status, e.g. "Complete" or "In progress".',
    },
    percent: { type: 'string', value: 'n', description: 'Percent complete, 0–100.' },
    note: { type: 'string', value: 'text', description: 'A note to keep with the update.' },
    by: { type: 'string', value: 'name', description: 'Who made the update.' },
    db: dbOption,
  },
  examples: [
    'techcommit update oxford-2018-2020 3 --status "Complete" --note "Webpage live" --db plans.db',
    'techcommit update oxford-2018-2020 5 --percent 40 --db plans.db',
  ],
  run: async ({ args, options }, io) => {
    const [planId, actionName] = args as [string, string]
    if (options.status === undefined && options.percent === undefined && options.note === undefined)
      throw new UsageError('say what changed with --status, --percent or --note, e.g. --status "Complete".')
    const percent = options.percent === undefined ? undefined : parsePercent(options.percent)
    const filename = options.db ?? defaultDatabaseFile
    const store = await openStore(filename, io, { create: false })
    try {
      const stored = await store.getPlan(planId)
      if (stored === null) throw noSuchPlan(planId, filename)
      const action = findAction(stored.plan.actions, actionName, planId)
      let status: Status | null = options.status === undefined ? null : parseStatus(options.status)
      if (percent !== undefined) status = { ...(status ?? action.status), percent }
      const update: ProgressUpdate = {
        at: io.now(),
        by: options.by ?? null,
        status,
        target: null,
        note: options.note ?? null,
      }
      let revision: number
      try {
        ;({ revision } = await store.recordUpdate(stored.plan.id, action.id, update, {
          expectedRevision: stored.revision,
        }))
      } catch (error) {
        if (error instanceof ConflictError)
          throw new DataError(
            `plan "${terminalLine(planId)}" changed while this update was being recorded (now at revision ${error.currentRevision}); nothing was written. Run the command again.`,
          )
        throw error
      }
      const what =
        status === null
          ? 'a note'
          : `status ${status.state}${status.percent === null ? '' : ` (${status.percent}%)`}`
      io.stdout(
        `recorded ${what} on action ${terminalLine(action.ref ?? action.id)} of "${terminalLine(planId)}" at revision ${revision}\n`,
      )
    } finally {
      await store.close()
    }
    return 0
  },
})

function parsePercent(text: string): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100)
    throw new UsageError(
      `--percent needs a number from 0 to 100, e.g. --percent 40; got "${terminalLine(text)}".`,
    )
  return value
}
