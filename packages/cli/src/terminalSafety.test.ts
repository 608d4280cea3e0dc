// Text from a file never reaches the terminal with control characters or escapes in it; colour only when
// asked for; help, version and progress.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { commands } from './commands/index'
import { nodeIo } from './nodeIo'
import { renderReportText } from './report/renderReportText'
import { buildReport } from './report/buildReport'
import { readPlanInput } from './readPlanInput'
import { example, run, scratchDir } from './testSupport'
import { writeFileSync } from 'node:fs'
import { cliVersion } from './version'

const scratch = scratchDir()
const hostile = join(scratch, 'hostile.csv')
writeFileSync(
  hostile,
  [
    '"Plan \u001b[31mRED\u001b[0m title\u0007"',
    'Ref,Action,Responsible,Timescale,Status',
    '"1\u001b]0;pwned\u0007","Do the \u009b2J thing\u202e evil","SM\u001b[2J","Dec. 18","In progress\u0008"',
    '"2","Second \r\naction","\u001bcAB","Jan. 19","Not started"',
  ].join('\r\n'),
)
const db = join(scratch, 'hostile.db')
// Anything a terminal would act on. Newlines are the CLI's own line ends.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const unsafeExceptLineEnds = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/

describe('control characters from a file', () => {
  it.each([
    ['validate', ['validate', hostile]],
    ['import', ['import', hostile, '--db', db]],
    ['list', ['list', '--db', db]],
    ['history', ['history', 'hostile', '--db', db]],
    ['update', ['update', 'hostile', '2', '--status', 'Complete', '--db', db]],
    ['report text', ['report', hostile, '--as-of', '2019-01-01']],
    ['report markdown', ['report', hostile, '--format', 'markdown', '--as-of', '2019-01-01']],
    ['report json', ['report', hostile, '--format', 'json']],
    ['convert json', ['convert', hostile, '--to', 'json']],
    ['a missing file named with escapes', ['validate', join(scratch, 'x\u001b[2J.csv')]],
    ['a command named with escapes', ['\u001b[2Jfrob']],
    ['the stack trace of --verbose', ['history', 'no\u001b[2Jsuch', '--db', db, '--verbose']],
    ['history of one action, as JSON', ['history', 'hostile', '2', '--db', db, '--format', 'json']],
  ])('never reach stdout or stderr: %s', async (_name, argv) => {
    const { out, err } = await run(argv)
    expect(out + err).not.toMatch(unsafe)
  })

  it.each([
    ['convert to CSV', ['convert', hostile, '--to', 'csv'], '\u001b[31mRED'],
    [
      'self-assessment as CSV',
      ['self-assessment', hostile, '--format', 'csv', '--as-of', '2019-01-01'],
      'SM\u001b[2J',
    ],
    [
      'self-assessment as HTML',
      ['self-assessment', hostile, '--format', 'html', '--as-of', '2019-01-01'],
      'the \u009b2J thing',
    ],
  ])(
    'are stripped from a document printed on a terminal, and kept in a pipe: %s',
    async (_name, argv, kept) => {
      const terminal = await run(argv, { stdoutIsTerminal: true })
      expect(terminal.code).toBe(0)
      expect(terminal.out).not.toMatch(unsafeExceptLineEnds)
      const pipe = await run(argv)
      expect(pipe.code).toBe(0)
      expect(pipe.out).toContain(kept)
    },
  )
})

describe('colour', () => {
  it('is used only when the io asks for it (a terminal without NO_COLOR)', async () => {
    const { plan } = await readPlanInput(example('oxford-2018-2020.csv'), nodeIo())
    const report = buildReport([{ plan, source: 'oxford', issues: [] }], '2020-12-31')
    expect(renderReportText(report, { color: true })).toContain('\u001b[31mOVERDUE\u001b[0m')
    expect(renderReportText(report, { color: false })).not.toContain('\u001b')
  })

  it('is off when NO_COLOR is set', () => {
    const saved = process.env.NO_COLOR
    process.env.NO_COLOR = '1'
    try {
      expect(nodeIo().color).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR
      else process.env.NO_COLOR = saved
    }
  })
})

describe('progress bar', () => {
  it('is drawn on stderr only when stderr is a terminal', async () => {
    const args = [
      'import',
      example('oxford-2018-2020.csv'),
      example('cardiff-2018-2020.csv'),
      '--db',
      join(scratch, 'p.db'),
    ]
    const terminal = await run(args, { stderrIsTerminal: true })
    expect(terminal.err).toContain('\r\u001b[2K[')
    expect(terminal.err).toContain('2/2')
    const piped = await run(args)
    expect(piped.err).toBe('')
  })
})

describe('help and version', () => {
  it('prints the version', async () => {
    expect((await run(['--version'])).out).toBe(`${cliVersion}\n`)
  })

  it.each(commands.map((command) => [command.name]))(
    '%s --help lists every flag of its schema',
    async (name) => {
      const { code, out } = await run([name, '--help'])
      expect(code).toBe(0)
      const command = commands.find((c) => c.name === name)!
      for (const flag of Object.keys(command.options)) expect(out).toContain(`--${flag}`)
      expect(out).toContain('--verbose')
    },
  )

  it('lists every command', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    for (const command of commands) expect(out).toContain(`  ${command.name} `)
  })

  it('exits 2 with help when no command is given', async () => {
    expect((await run([])).code).toBe(2)
  })
})
