import type { OptionSpec } from './defineCommand'

/**
 * `--format text|json`, shared by the commands that print a listing.
 *
 * @example
 * options: { format: textOrJsonOption, db: dbOption }
 */
export const textOrJsonOption = {
  type: 'string',
  value: 'format',
  choices: ['text', 'json'],
  defaultText: 'text',
  description: 'Output format.',
} as const satisfies OptionSpec
