import { exportPlanCsv } from '@techcommit/adapter-csv'
import type { Plan } from '@techcommit/core'
import { defineCommand, type OptionSpec } from '../defineCommand'
import { formatIssue, hasErrors } from '../formatIssue'
import { readPlanInput, tableOption } from '../readPlanInput'
import { terminalJson, terminalLine } from '../terminalText'
import { outOption, writeOutput } from '../writeOutput'

/** `--to` / `--format` of the commands that write a whole plan. */
export const planFormatOption = {
  type: 'string',
  value: 'format',
  choices: ['json', 'csv'],
  required: true,
  description: 'Write the plan as techcommit JSON (the Plan model) or the canonical CSV layout.',
} as const satisfies OptionSpec

/**
 * A plan as a document: techcommit's JSON model, or the canonical CSV (BOM, every field quoted,
 * formula-safe), which both read back to the same plan, id included.
 *
 * @example
 * formatPlanDocument(plan, 'json').startsWith('{') // true
 */
export function formatPlanDocument(plan: Plan, format: 'json' | 'csv'): string {
  return format === 'json' ? terminalJson(plan) : exportPlanCsv(plan, { bom: true })
}

/** `techcommit convert`: one plan file to JSON or the canonical CSV, keeping the plan id. */
export const convertCommand = defineCommand({
  name: 'convert',
  summary: 'Convert a plan file to techcommit JSON or the canonical CSV layout.',
  args: '<in>',
  minArgs: 1,
  maxArgs: 1,
  description: `Reads one plan file and writes it as techcommit's JSON model or as the canonical CSV layout (BOM,
every field quoted, formula-safe). Both read back to the same plan, id included, so convert round trips keep
the id. A file whose import has errors is not converted (exit 1).`,
  options: {
    to: planFormatOption,
    out: outOption,
    'plan-id': { type: 'string', value: 'id', description: 'Give the plan this id.' },
    table: tableOption,
  },
  examples: [
    'techcommit convert action-plan.csv --to json --out plan.json',
    'techcommit convert plan.json --to csv > plan.csv',
  ],
  run: async ({ args, options }, io) => {
    const file = args[0]!
    const to = options.to as 'json' | 'csv'
    const { plan, issues } = await readPlanInput(file, io, {
      planId: options['plan-id'],
      table: options.table,
    })
    for (const issue of issues) if (issue.severity !== 'info') io.stderr(`${formatIssue(file, issue)}\n`)
    if (hasErrors(issues)) {
      io.stderr(`${terminalLine(file)}: not converted: the import has errors. Fix them and run again.\n`)
      return 1
    }
    await writeOutput(io, options.out, formatPlanDocument(plan, to), `${plan.actions.length} actions`)
    return 0
  },
})
