import type { Command } from '../defineCommand'
import { carryForwardCliCommand } from './carryForward'
import { convertCommand } from './convertCommand'
import { datesCommand } from './datesCommand'
import { exportCommand } from './exportCommand'
import { historyCommand } from './historyCommand'
import { importCommand } from './importCommand'
import { listCommand } from './listCommand'
import { reportCommand } from './reportCommand'
import { selfAssessmentCliCommand } from './selfAssessment'
import { updateCommand } from './updateCommand'
import { validateCommand } from './validateCommand'

/**
 * Every `techcommit` command, in the order help lists them. A new command is one line here.
 *
 * @example
 * commands.map((command) => command.name) // ['import', 'validate', 'convert', 'report', …]
 */
export const commands: readonly Command[] = [
  importCommand,
  validateCommand,
  convertCommand,
  reportCommand,
  listCommand,
  historyCommand,
  updateCommand,
  exportCommand,
  datesCommand,
  carryForwardCliCommand,
  selfAssessmentCliCommand,
]
