import type { Command, OptionSpec } from './defineCommand'
import { globalOptions } from './parseCommandArgs'

/** `--db <path>`, `-h, --help`. */
function flagLabel(name: string, spec: OptionSpec): string {
  const value = spec.type === 'string' ? ` <${spec.value ?? 'value'}>` : ''
  return `${spec.short ? `-${spec.short}, ` : ''}--${name}${value}`
}

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  const rows = Object.entries(options).map(([name, spec]) => {
    const extras = [
      spec.required ? 'required' : null,
      spec.choices ? `one of ${spec.choices.join(', ')}` : null,
      spec.defaultText ? `default ${spec.defaultText}` : null,
      spec.multiple ? 'repeatable' : null,
    ].filter((extra) => extra !== null)
    const text =
      extras.length === 0
        ? spec.description
        : `${spec.description.replace(/\.$/, '')} (${extras.join('; ')}).`
    return [flagLabel(name, spec), text] as const
  })
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, text]) => `  ${label.padEnd(width)}  ${text}`)
}

/**
 * The usage line of a command, e.g. `techcommit convert <in> --to <format> [--out <path>]`.
 *
 * @example
 * formatUsage(convertCommand) // 'techcommit convert <in> [options]'
 */
export function formatUsage(command: Command): string {
  return `techcommit ${command.name}${command.args ? ` ${command.args}` : ''} [options]`
}

/**
 * `techcommit <command> --help`, generated from the command's option schema.
 *
 * @example
 * io.stdout(formatCommandHelp(reportCommand))
 */
export function formatCommandHelp(command: Command): string {
  const lines = [`Usage: ${formatUsage(command)}`, '', command.description, '']
  if (command.aliases?.length) lines.push(`Alias: ${command.aliases.join(', ')}`, '')
  lines.push('Options:', ...optionLines({ ...command.options, ...globalOptions }), '')
  if (command.examples.length > 0) lines.push('Examples:', ...command.examples.map((e) => `  ${e}`), '')
  return `${lines.join('\n').trimEnd()}\n`
}

/**
 * `techcommit --help`: every command with its summary, then the exit codes.
 *
 * @example
 * io.stdout(formatMainHelp(commands))
 */
export function formatMainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return `techcommit — import, check, store and report on Technician Commitment action plans

Usage: techcommit <command> [arguments] [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     Show help; "techcommit <command> --help" shows a command's options.
  --version      Print the version.
  --verbose      Print stack traces of unexpected errors.

Exit codes:
  0   done
  1   the data has errors (validate found errors, an import was refused)
  2   usage, or input that cannot be read (missing, a folder, no permission, not a table,
      not a techcommit database)
  70  a bug in techcommit: please report it with the --verbose output
`
}
