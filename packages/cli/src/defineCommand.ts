import type { CliIo } from './io'

/**
 * One flag of a command. The help text, the parser and docs/reference/cli.md are all generated from these.
 *
 * @example
 * const db: OptionSpec = { type: 'string', value: 'path', description: 'the SQLite file' }
 */
export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly description: string
  /** The placeholder shown in help, e.g. `path` → `--db <path>`. */
  readonly value?: string
  readonly short?: string
  /** The flag may be repeated; its values arrive as an array. */
  readonly multiple?: boolean
  /** The only values accepted. */
  readonly choices?: readonly string[]
  /** The command cannot run without it. */
  readonly required?: boolean
  /** Shown in help; applied by the command. */
  readonly defaultText?: string
}

/**
 * What a command receives for each of its flags: a boolean, an array for a repeatable flag, a string for a
 * required one, else a string or undefined.
 *
 * @example
 * type Values = OptionValues<{ db: { type: 'string'; description: 'the store' } }> // { readonly db: string | undefined }
 */
export type OptionValues<Options extends Record<string, OptionSpec>> = {
  readonly [Name in keyof Options]: Options[Name]['type'] extends 'boolean'
    ? boolean
    : Options[Name]['multiple'] extends true
      ? readonly string[]
      : Options[Name]['required'] extends true
        ? string
        : string | undefined
}

/**
 * A command: its name, its arguments and its flags (the schema), and what it does.
 *
 * @example
 * export const listCommand = defineCommand({
 *   name: 'list', summary: 'List the plans in a store.', args: '', minArgs: 0, maxArgs: 0,
 *   options: { db: dbOption },
 *   run: async ({ options }, io) => { … return 0 },
 * })
 */
export interface CommandSpec<Options extends Record<string, OptionSpec>> {
  readonly name: string
  readonly aliases?: readonly string[]
  /** One line, for the command list. */
  readonly summary: string
  /** The positional arguments as help shows them, e.g. `<file|folder>...`. */
  readonly args: string
  readonly minArgs: number
  /** `Infinity` for any number. */
  readonly maxArgs: number
  /** What the command does, a few sentences, shown by `techcommit <command> --help`. */
  readonly description: string
  readonly options: Options
  readonly examples: readonly string[]
  /** Returns the exit code; throws `UsageError` (2) or `DataError` (1) with a one-line message. */
  readonly run: (
    input: { args: readonly string[]; options: OptionValues<Options> },
    io: CliIo,
  ) => Promise<number>
}

/**
 * A command with its option types erased, as the registry holds it.
 *
 * @example
 * const byName = (name: string): Command | undefined => commands.find((command) => command.name === name)
 */
export interface Command extends Omit<CommandSpec<Record<string, OptionSpec>>, 'run'> {
  readonly run: (
    input: { args: readonly string[]; options: Readonly<Record<string, unknown>> },
    io: CliIo,
  ) => Promise<number>
}

/**
 * Declares a command; the flag values `run` receives are typed from the option schema.
 *
 * @example
 * const hello = defineCommand({
 *   name: 'hello', summary: 'Say hello.', description: 'Says hello.', args: '<name>', minArgs: 1, maxArgs: 1,
 *   options: { shout: { type: 'boolean', description: 'in capitals' } }, examples: ['techcommit hello Ada'],
 *   run: async ({ args, options }, io) => (io.stdout(options.shout ? 'HELLO\n' : `hello ${args[0]}\n`), 0),
 * })
 */
export function defineCommand<const Options extends Record<string, OptionSpec>>(
  spec: CommandSpec<Options>,
): Command {
  return spec as unknown as Command
}
