// docs/reference/cli.md shows the help of every command; this keeps it equal to what --help prints.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commands } from './commands/index'
import { formatCommandHelp, formatMainHelp } from './formatHelp'
import { repoRoot } from './testSupport'

const reference = readFileSync(join(repoRoot, 'docs/reference/cli.md'), 'utf8')
const commandsSection = reference.slice(reference.indexOf('\n## Commands'))

/** The first ```text block after `start` in the page. */
function textBlockAfter(start: number): string | undefined {
  return /```text\n([\s\S]*?)```/.exec(commandsSection.slice(start))?.[1]
}

describe('docs/reference/cli.md', () => {
  it('shows the main help as techcommit --help prints it', () => {
    expect(textBlockAfter(0)).toBe(formatMainHelp(commands))
  })

  it.each(commands.map((command) => [command.name, command] as const))(
    'shows "%s --help" as it prints',
    (name, command) => {
      const heading = commandsSection.indexOf(`\n### ${name}\n`)
      expect(heading, `a "### ${name}" section`).toBeGreaterThan(0)
      expect(textBlockAfter(heading)).toBe(formatCommandHelp(command))
    },
  )

  it('documents no command that does not exist', () => {
    const documented = [...commandsSection.matchAll(/\n### (\S+)\n/g)].map((match) => match[1])
    expect(documented).toEqual(commands.map((command) => command.name))
  })
})
