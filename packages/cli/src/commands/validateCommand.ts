import { type Finding, lintPlan } from '@techcommit/core'
import { defineCommand } from '../defineCommand'
import { textOrJsonOption } from '../formatOption'
import { expandInputs } from '../expandInputs'
import { formatIssue } from '../formatIssue'
import { readPlanInput } from '../readPlanInput'
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
for all files.`,
  options: {
    format: textOrJsonOption,
    strict: { type: 'boolean', description: 'Count data-quality errors as errors too.' },
    // `--explain` (how the table was read) plugs in here once core exports the import explanation.
  },
  examples: ['techcommit validate examples/data', 'techcommit validate plan.csv --format json'],
  run: async ({ args, options }, io) => {
    const files = await expandInputs(args, io)
    const results = []
    let errors = 0
    for (const file of files) {
      const { plan, issues } = await readPlanInput(file, io)
      const findings = lintPlan(plan)
      errors += issues.filter((issue) => issue.severity === 'error').length
      if (options.strict) errors += findings.filter((finding) => finding.severity === 'error').length
      if (options.format === 'json') {
        results.push({ file, planId: plan.id, actions: plan.actions.length, issues, findings })
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
