import { lintPlan } from '@techcommit/core'
import { type CliIo, UsageError } from '../io'
import { formatIssue, loadPlan } from '../loadPlan'
import type { CliFlags } from '../runCli'

/** `techcommit validate <file>`: import problems (file:row:column) then data-quality findings. */
export async function validateCommand(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  if (args.length === 0)
    throw new UsageError('give one or more plan files, e.g. techcommit validate plan.csv.')
  let errors = 0
  for (const file of args) {
    const { plan, issues } = await loadPlan(file, io)
    const findings = lintPlan(plan)
    if (flags.json) {
      io.stdout(`${JSON.stringify({ file, actions: plan.actions.length, issues, findings }, null, 2)}\n`)
    } else {
      io.stdout(
        `${file}: ${plan.actions.length} actions, ${issues.length} import issues, ${findings.length} findings\n`,
      )
      for (const issue of issues) io.stdout(`  ${formatIssue(file, issue)}\n`)
      for (const finding of findings) {
        const action = finding.actionId === null ? null : plan.actions.find((a) => a.id === finding.actionId)
        const where = action ? `action ${action.ref ?? action.id}` : 'plan'
        io.stdout(
          `  ${where}: ${finding.severity}: ${finding.message} Fix: ${finding.fix} [${finding.code}]\n`,
        )
      }
    }
    errors += issues.filter((i) => i.severity === 'error').length
    if (flags.strict) errors += findings.filter((f) => f.severity === 'error').length
  }
  return errors > 0 ? 1 : 0
}
