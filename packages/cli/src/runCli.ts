import { parseArgs } from 'node:util'
import { carryForwardCli } from './commands/carryForward'
import { convertCommand } from './commands/convert'
import { explainDateCommand } from './commands/explainDate'
import { importCommand } from './commands/importPlan'
import { reportCommand } from './commands/report'
import { selfAssessmentCli } from './commands/selfAssessment'
import { validateCommand } from './commands/validate'
import { type CliIo, UsageError } from './io'

const HELP = `techcommit — import, check and report on Technician Commitment action plans

Usage:
  techcommit report <file.csv|folder>... [--as-of YYYY-MM-DD] [--json] [--html <report.html>]
      Import each plan, assess every action as of a date and print a progress report
      (or write it as a self-contained HTML page).
  techcommit validate <file.csv> [--strict]
      List import problems and data-quality findings. Exit 1 when there are errors.
  techcommit convert <file.csv> --to json|csv [--out <path>]
      Convert a plan export to techcommit's JSON model or its canonical CSV layout.
  techcommit explain-date "<text>" [--year-label "Year 1=2019"]... [--column "Year 1"] [--reference-date YYYY-MM-DD]
      Show how a target-date cell is read.
  techcommit import <file.csv> [--db ./techcommit.db]
      Save a plan into an SQLite store (default file ./techcommit.db).
  techcommit carry-forward <plan> --to <new-id> [--period 2021-2023] [--as-of YYYY-MM-DD] [--include <id>]...
                           [--stage 2] [--out draft.json] [--db ./techcommit.db]
      Draft the next stage's plan from the open actions, each linked to its original; list what was carried,
      what was left and why. Saves the draft to the store (default ./techcommit.db unless --out is given).
  techcommit self-assessment <plan> [--next <id|file>] [--as-of YYYY-MM-DD] [--format markdown|html|csv]
                             [--out <file>] [--db ./techcommit.db]
      The end-of-stage reflection: RAG rating, reasons and evidence per action and pillar, what was carried.

Options:
  -h, --help     Show this help.
`

/** Parsed command-line flags shared by the commands. */
export interface CliFlags {
  readonly asOf: string | undefined
  readonly json: boolean
  readonly strict: boolean
  readonly to: string | undefined
  readonly out: string | undefined
  readonly html: string | undefined
  readonly db: string | undefined
  readonly yearLabel: readonly string[]
  readonly column: string | undefined
  readonly referenceDate: string | undefined
}

/**
 * Runs the techcommit command line with the given arguments and returns the exit code
 * (0 ok, 1 the input has errors, 2 a usage error).
 *
 * @example
 * const code = await runCli(['report', 'examples/data'], nodeIo())
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    io.stderr(
      `techcommit: ${error instanceof Error ? error.message : String(error)}\nRun "techcommit --help" for usage.\n`,
    )
    return 2
  }
  const { values, positionals } = parsed
  const [command, ...args] = positionals
  if (values.help || command === undefined || command === 'help') {
    io.stdout(HELP)
    return command === undefined && !values.help ? 2 : 0
  }
  const flags: CliFlags = {
    asOf: values['as-of'],
    json: values.json ?? false,
    strict: values.strict ?? false,
    to: values.to,
    out: values.out,
    html: values.html,
    db: values.db,
    yearLabel: values['year-label'] ?? [],
    column: values.column,
    referenceDate: values['reference-date'],
  }
  try {
    switch (command) {
      case 'report':
        return await reportCommand(args, flags, io)
      case 'validate':
        return await validateCommand(args, flags, io)
      case 'convert':
        return await convertCommand(args, flags, io)
      case 'explain-date':
        return explainDateCommand(args, flags, io)
      case 'import':
        return await importCommand(args, flags, io)
      case 'carry-forward':
        return await carryForwardCli(
          args,
          flags,
          { period: values.period, include: values.include, stage: values.stage },
          io,
        )
      case 'self-assessment':
        return await selfAssessmentCli(args, flags, { next: values.next, format: values.format }, io)
      default:
        throw new UsageError(
          `unknown command "${command}". Commands: report, validate, convert, explain-date, import, carry-forward, self-assessment.`,
        )
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`techcommit ${command}: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      html: { type: 'string' },
      db: { type: 'string' },
      'year-label': { type: 'string', multiple: true },
      column: { type: 'string' },
      'reference-date': { type: 'string' },
      period: { type: 'string' },
      include: { type: 'string', multiple: true },
      stage: { type: 'string' },
      next: { type: 'string' },
      format: { type: 'string' },
    },
  })
}
