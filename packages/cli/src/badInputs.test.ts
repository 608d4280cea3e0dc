// Each bad input the issue lists: the exit code a script can rely on, one line on stderr naming the problem
// and the fix, no stack trace, nothing written or overwritten.
import Database from 'better-sqlite3'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { example, run, scratchDir } from './testSupport'

const scratch = scratchDir()
const db = join(scratch, 'plans.db')
const file = (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}
/** One line on stderr, no stack trace. */
const oneLine = (err: string) => {
  expect(err.trim().split('\n')).toHaveLength(1)
  expect(err).not.toMatch(/\n\s+at /)
}

const empty = file('empty.csv', '')
const binary = file(
  'binary.csv',
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]),
)
const headerless = file('headerless.csv', 'lorem ipsum dolor\nsit amet\n')
const badJson = file('bad.json', '{"id": "x", "actions": 3}')
const brokenJson = file('broken.json', '{"id": ')
const folder = join(scratch, 'a-folder')
mkdirSync(folder)

beforeAll(async () => {
  expect((await run(['import', example('oxford-2018-2020.csv'), '--db', db, '--plan-id', 'plan'])).code).toBe(
    0,
  )
})

async function storedActions(): Promise<number> {
  const { out } = await run(['list', '--db', db, '--format', 'json'])
  return (JSON.parse(out) as { actionCount: number }[])[0]!.actionCount
}

describe('input that cannot be read exits 2 with one line', () => {
  it.each([
    ['a missing file', ['validate', join(scratch, 'nope.csv')], 'no such file'],
    ['a folder given to convert', ['convert', folder, '--to', 'json'], 'is a folder'],
    ['an empty file', ['validate', empty], 'is empty'],
    ['a binary file', ['validate', binary], 'binary data'],
    ['broken JSON', ['validate', brokenJson], 'not valid JSON'],
    ['an SQLite file given as a plan', ['report', db], 'is an SQLite database'],
    ['a folder with no plan files', ['validate', folder], 'holds no .csv'],
  ])('%s', async (_name, argv, message) => {
    const { code, out, err } = await run(argv)
    expect(code).toBe(2)
    expect(err).toContain(message)
    expect(out).toBe('')
    oneLine(err)
  })

  it('a file it has no permission to read', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), {
      code: 'EACCES',
      path: 'secret.csv',
    })
    const { code, err } = await run(['validate', 'secret.csv'], {
      pathKind: async () => 'file',
      readFile: () => Promise.reject(denied),
    })
    expect(code).toBe(2)
    expect(err).toContain('permission denied')
    oneLine(err)
  })

  it.each([
    ['a --db that does not exist', () => join(scratch, 'missing.db'), 'no techcommit database'],
    ['a --db that is a text file', () => example('oxford-2018-2020.csv'), 'not an SQLite file'],
    ['a --db that is a folder', () => folder, 'is a folder'],
    [
      'a --db of another application',
      () => {
        const other = join(scratch, 'other-app.db')
        const raw = new Database(other)
        raw.exec('CREATE TABLE notes (body TEXT)')
        raw.close()
        return other
      },
      'another application',
    ],
  ])('%s', async (_name, dbPath, message) => {
    const path = dbPath()
    const { code, err } = await run(['list', '--db', path])
    expect(code).toBe(2)
    expect(err).toContain(message)
    oneLine(err)
  })

  it('an import into an SQLite file of another application leaves it untouched', async () => {
    const other = join(scratch, 'other-app-2.db')
    const raw = new Database(other)
    raw.exec('CREATE TABLE notes (body TEXT)')
    raw.close()
    expect((await run(['import', example('oxford-2018-2020.csv'), '--db', other])).code).toBe(2)
    const check = new Database(other, { readonly: true })
    const tables = check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all()
    check.close()
    expect(tables).toEqual([{ name: 'notes' }])
  })
})

describe('usage errors exit 2 with one line', () => {
  it.each([
    [
      'a flag the command does not take',
      ['validate', example('oxford-2018-2020.csv'), '--html', 'x', '--as-of', 'nonsense'],
      'does not take --html',
    ],
    ['an unknown command', ['frobnicate'], 'unknown command "frobnicate"'],
    [
      'a malformed --as-of',
      ['report', example('oxford-2018-2020.csv'), '--as-of', '31/12/2020'],
      'YYYY-MM-DD',
    ],
    [
      'a day that does not exist',
      ['report', example('oxford-2018-2020.csv'), '--as-of', '2019-02-29'],
      'got "2019-02-29"',
    ],
    [
      'a value outside the choices',
      ['convert', example('oxford-2018-2020.csv'), '--to', 'xml'],
      '--to takes json, csv',
    ],
    ['a required flag left out', ['convert', example('oxford-2018-2020.csv')], 'needs --to'],
    [
      'a flag without its value',
      ['report', example('oxford-2018-2020.csv'), '--as-of'],
      '--as-of needs a value',
    ],
    ['too many arguments', ['convert', 'a.csv', 'b.csv', '--to', 'json'], 'takes <in>'],
    ['no arguments', ['validate'], 'needs <file|folder>...'],
    ['files and a store together', ['report', example('oxford-2018-2020.csv'), '--db', 'x.db'], 'not both'],
  ])('%s', async (_name, argv, message) => {
    const { code, err } = await run(argv)
    expect(code).toBe(2)
    expect(err).toContain(message)
    oneLine(err)
  })
})

describe('data with errors exits 1 and is never saved over a good plan', () => {
  it.each([
    ['a header-less file', headerless, 'header-not-found'],
    ['JSON that is not a plan', badJson, 'invalid-plan-json'],
  ])('%s', async (_name, path, message) => {
    const imported = await run(['import', path, '--db', db, '--plan-id', 'plan'])
    expect(imported.code).toBe(1)
    expect(imported.err).toContain(message)
    expect(imported.err).toContain('not saved')
    expect(await storedActions()).toBe(15)
    expect((await run(['validate', path])).code).toBe(1)
    const report = await run(['report', path])
    expect(report.code).toBe(1)
    expect(report.out).toBe('')
  })

  it.each([
    ['an empty file', empty],
    ['a binary file', binary],
  ])('%s is refused before the store is touched', async (_name, path) => {
    expect((await run(['import', path, '--db', db, '--plan-id', 'plan'])).code).toBe(2)
    expect(await storedActions()).toBe(15)
  })

  it('a record over the size limit', async () => {
    const huge = file('huge.csv', `Action,Timescale\n"${'x'.repeat(1_000_001)}",Dec. 18\n`)
    const { code, err } = await run(['validate', huge])
    expect(code).toBe(1)
    expect(err).toMatch(/^techcommit validate: .*maxRecordChars/)
    oneLine(err)
  })

  it('another plan under the same id is refused without --replace, and replaced with it', async () => {
    const other = example('cardiff-2018-2020.csv')
    const refused = await run(['import', other, '--db', db, '--plan-id', 'plan'])
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('--replace')
    expect(await storedActions()).toBe(15)
    expect((await run(['import', other, '--db', db, '--plan-id', 'plan', '--replace'])).code).toBe(0)
    expect(await storedActions()).toBe(18)
    expect(
      (await run(['import', example('oxford-2018-2020.csv'), '--db', db, '--plan-id', 'plan', '--replace']))
        .code,
    ).toBe(0)
  })

  it('--plan-id with several files is a usage error', async () => {
    expect(
      (await run(['import', example('oxford-2018-2020.csv'), empty, '--plan-id', 'x', '--db', db])).code,
    ).toBe(2)
  })
})

describe('output files', () => {
  it('a missing parent folder is an error and is not created', async () => {
    const out = join(scratch, 'missing', 'dir', 'x.json')
    const { code, err } = await run([
      'convert',
      example('oxford-2018-2020.csv'),
      '--to',
      'json',
      '--out',
      out,
    ])
    expect(code).toBe(2)
    expect(err).toContain('does not exist')
    expect(existsSync(join(scratch, 'missing'))).toBe(false)
    oneLine(err)
  })

  it('an --out that is a folder is an error and leaves no temporary file', async () => {
    const before = readdirSync(scratch)
    const { code, err } = await run([
      'report',
      example('oxford-2018-2020.csv'),
      '--format',
      'html',
      '--out',
      folder,
    ])
    expect(code).toBe(2)
    expect(err).toContain('is a folder')
    expect(readdirSync(scratch)).toEqual(before)
    expect(readdirSync(folder)).toEqual([])
  })
})

describe('unexpected failures', () => {
  const boom = () => Promise.reject(new Error('disk on fire'))

  it('print one line and a hint, exit 70', async () => {
    const { code, err } = await run(['validate', 'plan.csv'], {
      pathKind: async () => 'file',
      readFile: boom,
    })
    expect(code).toBe(70)
    expect(err).toMatch(/^techcommit validate: unexpected failure: disk on fire\nRun again with --verbose/)
    expect(err).not.toMatch(/\n\s+at /)
  })

  it('print the stack with --verbose', async () => {
    const { err } = await run(['validate', 'plan.csv', '--verbose'], {
      pathKind: async () => 'file',
      readFile: boom,
    })
    expect(err).toMatch(/\n\s+at /)
  })
})
