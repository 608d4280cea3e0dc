import { type DateContext, formatTargetDate, parseTargetDate } from '@techcommit/core'
import type { CliFlags } from '../runCli'
import { type CliIo, UsageError } from '../io'
import { requireIsoDate } from '../isoDate'

/** `techcommit explain-date "<text>"`: shows how a target cell is read, with warnings and alternatives. */
export function explainDateCommand(args: readonly string[], flags: CliFlags, io: CliIo): number {
  if (args.length === 0)
    throw new UsageError('give the cell text to explain, e.g. techcommit explain-date "Aug. 18".')
  const context: DateContext = { yearLabels: parseYearLabels(flags.yearLabel) }
  if (flags.column !== undefined) context.column = flags.column
  if (flags.referenceDate !== undefined)
    context.referenceDate = requireIsoDate(flags.referenceDate, '--reference-date')
  const target = parseTargetDate(args.join(' '), context)
  if (flags.json) {
    io.stdout(`${JSON.stringify(target, null, 2)}\n`)
    return 0
  }
  const lines = [
    `text:       ${JSON.stringify(target.text)}`,
    `reading:    ${formatTargetDate(target)}`,
    `kind:       ${target.kind}`,
    `due:        ${target.due ?? '—'}`,
    `window:     ${target.start ?? '—'} … ${target.end ?? '—'}`,
    `precision:  ${target.precision ?? '—'}`,
    `confidence: ${target.confidence.toFixed(2)}`,
  ]
  for (const warning of target.warnings) lines.push(`warning:    ${warning}`)
  for (const part of target.parts)
    lines.push(
      `part:       ${JSON.stringify(part.text)} → ${formatTargetDate({ ...part, parts: [], alternatives: [] })}`,
    )
  for (const alt of target.alternatives)
    lines.push(`or:         ${formatTargetDate({ ...alt, parts: [], alternatives: [] })}`)
  io.stdout(`${lines.join('\n')}\n`)
  return 0
}

function parseYearLabels(values: readonly string[]): Record<string, number> {
  const labels: Record<string, number> = Object.create(null)
  for (const value of values) {
    const match = /^(.{1,40})=\s*(\d{4})$/.exec(value.trim())
    if (!match?.[1] || !match[2])
      throw new UsageError(
        `--year-label needs "Label=YYYY", e.g. --year-label "Year 1=2019"; got "${value}".`,
      )
    labels[match[1].trim()] = Number(match[2])
  }
  return labels
}
