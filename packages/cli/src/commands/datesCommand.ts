import { type DateReadingContext, formatTargetDate, parseTargetDate } from '@techcommit/core'
import { defineCommand } from '../defineCommand'
import { textOrJsonOption } from '../formatOption'
import { UsageError } from '../errors'
import { requireIsoDate } from '../requireIsoDate'
import { terminalJson, terminalLine } from '../terminalText'

/** `techcommit dates "<text>"` (alias `explain-date`): how one target-date cell is read. */
export const datesCommand = defineCommand({
  name: 'dates',
  aliases: ['explain-date'],
  summary: 'Show how a target-date cell is read.',
  args: '"<text>"',
  minArgs: 1,
  maxArgs: Number.POSITIVE_INFINITY,
  description: `Reads one target-date cell as the importer would and shows the reading: kind, due date, window,
precision, confidence, warnings, the parts of a cell with several dates, and alternative readings.`,
  options: {
    'year-label': {
      type: 'string',
      value: 'label=year',
      multiple: true,
      description: 'A year label the plan uses, e.g. "Year 1=2019".',
    },
    column: { type: 'string', value: 'label', description: 'The column the cell sat under, e.g. "Year 1".' },
    'reference-date': {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'Anchors two-digit years and undated periods.',
    },
    'plan-start': {
      type: 'string',
      value: 'YYYY-MM-DD',
      description:
        'The day the plan starts: anchors "Year 2", "within 18 months" and other plan-relative wordings.',
    },
    'financial-year-start': {
      type: 'string',
      value: 'month',
      description: 'The month (1-12) the financial year starts in, for "FY21" and financial quarters.',
      defaultText: '4 (April)',
    },
    'academic-years': {
      type: 'boolean',
      description: 'Read "2021-2022" as the academic year 2021/22, not two calendar years.',
    },
    'month-first': {
      type: 'boolean',
      description: 'Read numeric dates month first, as US plans write them ("5/1/2017" is 1 May 2017).',
    },
    format: textOrJsonOption,
  },
  examples: [
    'techcommit dates "Aug. 18"',
    'techcommit dates "Q2" --year-label "Year 1=2019" --column "Year 1"',
    'techcommit dates "Q3 FY2022" --financial-year-start 7',
    'techcommit dates "9/25/2017" --month-first',
  ],
  run: async ({ args, options }, io) => {
    const context: DateReadingContext = { yearLabels: parseYearLabels(options['year-label']) }
    if (options['plan-start'] !== undefined)
      context.planStart = requireIsoDate(options['plan-start'], '--plan-start')
    if (options['financial-year-start'] !== undefined)
      context.financialYearStartMonth = readMonth(options['financial-year-start'])
    if (options['academic-years']) context.yearPairs = 'academic'
    if (options['month-first']) context.numericDates = 'month-first'
    if (options.column !== undefined) context.column = options.column
    if (options['reference-date'] !== undefined)
      context.referenceDate = requireIsoDate(options['reference-date'], '--reference-date')
    const target = parseTargetDate(args.join(' '), context)
    if (options.format === 'json') {
      io.stdout(terminalJson(target))
      return 0
    }
    const lines = [
      `text:       ${JSON.stringify(terminalLine(target.text))}`,
      `reading:    ${terminalLine(formatTargetDate(target))}`,
      `kind:       ${target.kind}`,
      `due:        ${target.due ?? '—'}`,
      `window:     ${target.start ?? '—'} … ${target.end ?? '—'}`,
      `precision:  ${target.precision ?? '—'}`,
      `confidence: ${target.confidence.toFixed(2)}`,
    ]
    for (const warning of target.warnings) {
      lines.push(`warning:    ${terminalLine(warning)}`)
      // Point to the flags for what the warning names, except those already given.
      const flags = contextFlags
        .filter(([field]) => warning.includes(field) && !isGiven(context, field))
        .map(([, flag]) => flag)
      if (flags.length > 0) lines.push(`            on the command line: ${flags.join(', ')}`)
    }
    for (const part of target.parts)
      lines.push(
        `part:       ${JSON.stringify(terminalLine(part.text))} → ${terminalLine(formatTargetDate({ ...part, parts: [], alternatives: [] }))}`,
      )
    for (const alt of target.alternatives)
      lines.push(`or:         ${terminalLine(formatTargetDate({ ...alt, parts: [], alternatives: [] }))}`)
    io.stdout(`${lines.join('\n')}\n`)
    return 0
  },
})

function parseYearLabels(values: readonly string[]): Record<string, number> {
  const labels: Record<string, number> = Object.create(null)
  for (const value of values) {
    const match = /^(.{1,40})=\s*(\d{4})$/.exec(value.trim())
    if (!match?.[1] || !match[2])
      throw new UsageError(
        `--year-label needs "Label=YYYY", e.g. --year-label "Year 1=2019"; got "${terminalLine(value)}".`,
      )
    labels[match[1].trim()] = Number(match[2])
  }
  return labels
}

/** The context fields core's warnings name, and the flag that sets each here. */
function isGiven(context: DateReadingContext, field: keyof DateReadingContext): boolean {
  const value = context[field]
  return field === 'yearLabels' ? Object.keys(value ?? {}).length > 0 : value !== undefined
}

const contextFlags: readonly (readonly [field: keyof DateReadingContext, flag: string])[] = [
  ['planStart', '--plan-start'],
  ['yearLabels', '--year-label'],
  ['financialYearStartMonth', '--financial-year-start'],
  ['referenceDate', '--reference-date'],
  ['yearPairs', '--academic-years'],
  ['numericDates', '--month-first'],
]

/** A month number 1–12 from `--financial-year-start`. */
function readMonth(text: string): number {
  if (!/^(?:[1-9]|1[0-2])$/.test(text.trim()))
    throw new UsageError(
      `--financial-year-start takes a month number 1-12, e.g. 4 for April or 7 for July; got "${terminalLine(text)}".`,
    )
  return Number(text.trim())
}
