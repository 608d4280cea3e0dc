// @techcommit/cli — the `techcommit` command, also callable from code (tests, other tools).
export { runCli, type CliFlags } from './runCli'
export { type CliIo, UsageError } from './io'
export { nodeIo } from './nodeIo'
export { defaultDatabaseFile } from './commands/importPlan'
