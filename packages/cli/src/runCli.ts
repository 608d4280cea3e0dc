import {
  ConflictError,
  ImportError,
  NotFoundError,
  StorageError,
  TechcommitError,
  ValidationError,
} from '@techcommit/core'
import { commands } from './commands/index'
import type { Command } from './defineCommand'
import { DataError, exitCodes, UsageError } from './errors'
import { formatCommandHelp, formatMainHelp } from './formatHelp'
import type { CliIo } from './io'
import { isNodeError } from './nodeIo'
import { parseCommandArgs } from './parseCommandArgs'
import { terminalDocument, terminalLine } from './terminalText'
import { cliVersion } from './version'

/**
 * Runs the techcommit command line with the given arguments and returns the exit code: 0 done, 1 the data
 * has errors, 2 usage or input that cannot be read, 70 a bug. Every failure is one line on stderr naming the
 * problem and the fix; a stack trace is printed only with `--verbose`.
 *
 * @example
 * const code = await runCli(['report', 'examples/data', '--as-of', '2019-12-31'], nodeIo())
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] !== undefined ? findCommand(rest[0]) : undefined
    io.stdout(topic ? formatCommandHelp(topic) : formatMainHelp(commands))
    return name === undefined ? exitCodes.usage : exitCodes.ok
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${cliVersion}\n`)
    return exitCodes.ok
  }
  const verbose = argv.includes('--verbose')
  const command = findCommand(name)
  if (command === undefined) {
    const hint = name.startsWith('-')
      ? 'Put the command first'
      : `Commands: ${commands.map((c) => c.name).join(', ')}`
    io.stderr(`techcommit: unknown command "${terminalLine(name)}". ${hint}; run "techcommit --help".\n`)
    return exitCodes.usage
  }
  try {
    const parsed = parseCommandArgs(command, rest)
    if (parsed.help) {
      io.stdout(formatCommandHelp(command))
      return exitCodes.ok
    }
    return await command.run({ args: parsed.args, options: parsed.options }, io)
  } catch (error) {
    const { code, message } = describeFailure(error)
    io.stderr(`techcommit ${command.name}: ${terminalLine(message)}\n`)
    if (verbose && error instanceof Error && error.stack)
      // A stack begins with the message, which can quote a cell or an id: strip it as the message is.
      io.stderr(`${terminalDocument(error.stack)}\n`)
    else if (code === exitCodes.internal)
      io.stderr('Run again with --verbose for the stack trace, and please report it.\n')
    return code
  }
}

function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === name || command.aliases?.includes(name))
}

/** The exit code and one-line message of anything a command threw. */
function describeFailure(error: unknown): { code: number; message: string } {
  if (error instanceof UsageError) return { code: exitCodes.usage, message: error.message }
  if (error instanceof DataError) return { code: exitCodes.dataErrors, message: error.message }
  if (error instanceof ConflictError)
    return {
      code: exitCodes.dataErrors,
      message: `${error.message} Nothing was written; run the command again.`,
    }
  if (error instanceof ValidationError || error instanceof ImportError)
    return { code: exitCodes.dataErrors, message: error.message }
  if (error instanceof NotFoundError)
    return {
      code: exitCodes.usage,
      message: `no plan "${error.planId}"${error.actionId === null ? '' : ` action "${error.actionId}"`} in the store. See the stored plans with: techcommit list`,
    }
  if (error instanceof StorageError) return { code: exitCodes.usage, message: error.message }
  // Other library errors (a CSV record over a size limit, …) are about the data, and say how to fix it.
  if (error instanceof TechcommitError) return { code: exitCodes.dataErrors, message: error.message }
  if (isNodeError(error)) {
    const path = error.path === undefined ? '' : ` "${error.path}"`
    const reasons: Record<string, string> = {
      ENOENT: `cannot find${path}. Check the path.`,
      ENOTDIR: `cannot find${path}. Check the path.`,
      EISDIR: `${path.trim()} is a folder. Name a file.`,
      EACCES: `permission denied on${path}. Check its permissions.`,
      EPERM: `permission denied on${path}. Check its permissions.`,
      ENOSPC: 'the disk is full. Free some space and run again.',
      EROFS: `${path.trim()} is on a read-only file system. Choose another place.`,
    }
    const reason = error.code === undefined ? undefined : reasons[error.code]
    if (reason !== undefined) return { code: exitCodes.usage, message: reason }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { code: exitCodes.internal, message: `unexpected failure: ${message}` }
}
