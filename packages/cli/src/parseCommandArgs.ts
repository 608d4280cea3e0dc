import { parseArgs } from 'node:util'
import type { Command, OptionSpec } from './defineCommand'
import { UsageError } from './errors'

/** Flags every command takes, beside its own. */
export const globalOptions = {
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
  verbose: { type: 'boolean', description: 'Print stack traces of unexpected errors.' },
} as const satisfies Record<string, OptionSpec>

/** A command line read against a command's schema. */
export interface ParsedCommandLine {
  readonly args: readonly string[]
  readonly options: Readonly<Record<string, unknown>>
  readonly help: boolean
  readonly verbose: boolean
}

/**
 * Reads a command's arguments against its schema with `node:util` `parseArgs` in strict mode: a flag the
 * command does not take, a missing value, a value outside `choices` or the wrong number of arguments is a
 * `UsageError` whose message says what the command takes.
 *
 * @example
 * parseCommandArgs(validateCommand, ['plan.csv', '--format', 'json']).options.format // 'json'
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedCommandLine {
  const options = { ...command.options, ...globalOptions }
  const helpHint = `Run "techcommit ${command.name} --help" to see what it takes.`
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(options).map(([name, spec]) => [
          name,
          {
            type: spec.type,
            ...('short' in spec && spec.short ? { short: spec.short } : {}),
            ...('multiple' in spec && spec.multiple ? { multiple: true } : {}),
          },
        ]),
      ),
    })
  } catch (error) {
    throw new UsageError(`${describeParseError(error, command)} ${helpHint}`)
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  const help = values.help === true
  const verbose = values.verbose === true
  if (!help) {
    const count = parsed.positionals.length
    if (count < command.minArgs) throw new UsageError(`${command.name} needs ${command.args}. ${helpHint}`)
    if (count > command.maxArgs)
      throw new UsageError(
        `${command.name} takes ${command.maxArgs === 0 ? 'no arguments' : command.args}; got ${count}: ${parsed.positionals.map((a) => JSON.stringify(a)).join(' ')}. ${helpHint}`,
      )
    for (const [name, spec] of Object.entries(command.options)) {
      const given = values[name]
      if (spec.required && given === undefined)
        throw new UsageError(
          `${command.name} needs --${name}${spec.choices ? ` (${spec.choices.join(' or ')}), e.g. --${name} ${spec.choices[0]}` : ''}. ${helpHint}`,
        )
      if (spec.choices === undefined || given === undefined) continue
      for (const value of Array.isArray(given) ? given : [given])
        if (typeof value === 'string' && !spec.choices.includes(value))
          throw new UsageError(
            `--${name} takes ${spec.choices.join(', ')}; got "${value}". E.g. --${name} ${spec.choices[0]}.`,
          )
    }
  }
  const commandValues: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(command.options))
    commandValues[name] = values[name] ?? (spec.type === 'boolean' ? false : spec.multiple ? [] : undefined)
  return { args: parsed.positionals, options: commandValues, help, verbose }
}

function describeParseError(error: unknown, command: Command): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: string }).code
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '?'
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${command.name} does not take ${flag}.`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing|ambiguous/.test(message)) return `${flag} needs a value.`
    return `${flag} does not take a value.`
  }
  return message
}
