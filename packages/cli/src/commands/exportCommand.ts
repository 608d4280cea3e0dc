import { defineCommand } from '../defineCommand'
import { dbOption, defaultDatabaseFile, openStore } from '../openStore'
import { terminalLine } from '../terminalText'
import { outOption, writeOutput } from '../writeOutput'
import { formatPlanDocument, planFormatOption } from './convertCommand'
import { noSuchPlan } from '../noSuchPlan'

/** `techcommit export`: a stored plan as JSON or the canonical CSV. */
export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Write a stored plan as techcommit JSON or the canonical CSV layout.',
  args: '<plan>',
  minArgs: 1,
  maxArgs: 1,
  description: `Reads a plan from the store and writes it as techcommit's JSON model (the document the widgets'
embed and "techcommit report" read) or as the canonical CSV layout. Either imports back to the same plan.`,
  options: { format: planFormatOption, db: dbOption, out: outOption },
  examples: ['techcommit export oxford-2018-2020 --format json --db plans.db --out oxford.json'],
  run: async ({ args, options }, io) => {
    const planId = args[0]!
    const filename = options.db ?? defaultDatabaseFile
    const store = await openStore(filename, io, { create: false })
    try {
      const stored = await store.getPlan(planId)
      if (stored === null) throw noSuchPlan(planId, filename)
      const { plan } = stored
      const document = formatPlanDocument(plan, options.format as 'json' | 'csv')
      await writeOutput(
        io,
        options.out,
        document,
        `plan "${terminalLine(plan.id)}" (revision ${stored.revision})`,
      )
    } finally {
      await store.close()
    }
    return 0
  },
})
