// @techcommit/cli — the `techcommit` command, also callable from code (tests, other tools).
// argv → runCli → parseCommandArgs (the command's option schema) → command.run(args, options, io).
export { runCli } from './runCli'
export type { CliIo } from './io'
export { nodeIo } from './nodeIo'
export { DataError, exitCodes, UsageError } from './errors'
export { commands } from './commands/index'
export {
  type Command,
  type CommandSpec,
  defineCommand,
  type OptionSpec,
  type OptionValues,
} from './defineCommand'
export { formatCommandHelp, formatMainHelp } from './formatHelp'
export { type PlanInput, type ReadPlanInputOptions, readPlanInput } from './readPlanInput'
export { defaultDatabaseFile } from './openStore'
