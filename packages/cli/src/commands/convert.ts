import { exportPlanCsv } from '@techcommit/adapter-csv'
import { type CliIo, UsageError } from '../io'
import { formatIssue, loadPlan } from '../loadPlan'
import type { CliFlags } from '../runCli'

/** `techcommit convert <file> --to json|csv`: writes the plan as JSON or as the canonical CSV layout. */
export async function convertCommand(args: readonly string[], flags: CliFlags, io: CliIo): Promise<number> {
  const [file] = args
  if (file === undefined || args.length > 1)
    throw new UsageError('give exactly one input file, e.g. techcommit convert plan.csv --to json.')
  if (flags.to !== 'json' && flags.to !== 'csv')
    throw new UsageError('choose an output format with --to json or --to csv.')
  const { plan, issues } = await loadPlan(file, io, { strict: flags.strict })
  for (const issue of issues) if (issue.severity !== 'info') io.stderr(`${formatIssue(file, issue)}\n`)
  const output =
    flags.to === 'json' ? `${JSON.stringify(plan, null, 2)}\n` : exportPlanCsv(plan, { bom: true })
  if (flags.out === undefined) io.stdout(output)
  else {
    await io.writeFile(flags.out, output)
    io.stderr(`wrote ${plan.actions.length} actions to ${flags.out}\n`)
  }
  return issues.some((issue) => issue.severity === 'error') ? 1 : 0
}
