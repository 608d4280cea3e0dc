import { type Finding, formatImportExplanation, lintPlan } from '@techcommit/core'
import { defineCommand } from '../defineCommand'
import { textOrJsonOption } from '../formatOption'
import { expandInputs } from '../expandInputs'
import { formatIssue } from '../formatIssue'
import { readPlanInput, tableOption } from '../readPlanInput'
import { terminalJson, terminalLine } from '../terminalText'

/** `techcommit validate`: import problems (file:row:column) then data-quality findings. */
export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'List import problems and data-quality findings; exit 1 on errors.',
  args: '<file|folder>...',
  minArgs: 1,
  maxArgs: Number.POSITIVE_INFINITY,
  description: `Reads each plan file and lists its import problems as file:row:column: severity: message [code],
then its data-quality findings (no owner, no success measure, no date, …) with a fix for each. Exits 1 when
any file has import errors (with --strict, data-quality errors too). --format json prints one JSON document
for all files. --explain also prints how each table was read: which row is the header, each column's field
with its confidence and the evidence, and which rows were titles, sections or skipped — and how to force a
column when a guess is wrong.`,
  options: {
    format: textOrJsonOption,
    strict: { type: 'boolean', description: 'Count data-quality errors as errors too.' },
    explain: {
      type: 'boolean',
      description:
        'Also print how each table was read: header row, column fields with confidence, structure rows.',
    },
    table: tableOption,
  },
  examples: [
    'techcommit validate examples/data',
    'techcommit validate plan.csv --format json',
    'techcommit validate plan.xlsx --explain',
  ],
  run: async ({ args, options }, io) => {
    const files = await expandInputs(args, io)
    const results = []
    let errors = 0
    for (const file of files) {
      const { plan, issues, explanation } = await readPlanInput(file, io, { table: options.table })
      const findings = lintPlan(plan)
      errors += issues.filter((issue) => issue.severity === 'error').length
      if (options.strict) errors += findings.filter((finding) => finding.severity === 'error').length
      if (options.format === 'json') {
        results.push({
          file,
          planId: plan.id,
          actions: plan.actions.length,
          issues,
          findings,
          ...(options.explain ? { explanation } : {}),
        })
        continue
      }
      // One write per file, and a map from action id to ref: a 92,000-action file must not print line by
      // line or search the plan once per finding.
      const refs = new Map(plan.actions.map((action) => [action.id, action.ref ?? action.id]))
      const lines = [
        `${terminalLine(file)}: ${plan.actions.length} actions, ${issues.length} import issues, ${findings.length} findings`,
        ...issues.map((issue) => `  ${formatIssue(file, issue)}`),
        ...findings.map((finding) => `  ${formatFinding(finding, refs)}`),
      ]
      if (options.explain)
        lines.push(
          '  How the table was read:',
          ...(explanation === null
            ? ['    a techcommit JSON plan: no table to read.']
            : formatImportExplanation(explanation)
                .split('\n')
                .filter((line) => line !== '')
                .map((line) => `    ${terminalLine(line)}`)),
        )
      io.stdout(`${lines.join('\n')}\n`)
    }
    if (options.format === 'json') io.stdout(terminalJson({ files: results, errors }))
    return errors > 0 ? 1 : 0
  },
})

function formatFinding(finding: Finding, refs: ReadonlyMap<string, string>): string {
  const ref = finding.actionId === null ? undefined : refs.get(finding.actionId)
  const where = ref === undefined ? 'plan' : `action ${terminalLine(ref)}`
  return `${where}: ${finding.severity}: ${terminalLine(finding.message)} Fix: ${terminalLine(finding.fix)} [${finding.code}]`
}
