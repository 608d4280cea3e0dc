import { defineCommand } from '../defineCommand'
import { textOrJsonOption } from '../formatOption'
import { dbOption, defaultDatabaseFile, openStore } from '../openStore'
import { terminalJson, terminalLine } from '../terminalText'

/** `techcommit list`: the plans in the store. */
export const listCommand = defineCommand({
  name: 'list',
  summary: 'List the plans in the store.',
  args: '',
  minArgs: 0,
  maxArgs: 0,
  description:
    'Lists every plan in the store: its id, action count, revision, when it was saved and its title.',
  options: { db: dbOption, format: textOrJsonOption },
  examples: ['techcommit list --db plans.db'],
  run: async ({ options }, io) => {
    const filename = options.db ?? defaultDatabaseFile
    const store = await openStore(filename, io, { create: false })
    try {
      const plans = await store.listPlans()
      if (options.format === 'json') {
        io.stdout(terminalJson(plans))
        return 0
      }
      if (plans.length === 0) {
        io.stdout(`no plans in ${terminalLine(filename)} yet. Add one with: techcommit import plan.csv\n`)
        return 0
      }
      const width = Math.max(4, ...plans.map((plan) => terminalLine(plan.id).length))
      const lines = [`${'plan'.padEnd(width)}  actions  revision  saved                     title`]
      for (const plan of plans) {
        const title = [plan.title, plan.institution].filter((part) => part !== null).join(' — ')
        lines.push(
          `${terminalLine(plan.id).padEnd(width)}  ${String(plan.actionCount).padStart(7)}  ${String(plan.revision).padStart(8)}  ${plan.savedAt.padEnd(24)}  ${terminalLine(title) || '—'}`,
        )
      }
      io.stdout(`${lines.join('\n')}\n`)
    } finally {
      await store.close()
    }
    return 0
  },
})
