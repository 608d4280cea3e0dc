// Every code sample in README.md and docs/ is extracted from the Markdown, type-checked with the repository's
// strict compiler options and run, so samples cannot drift from the code:
// - ```ts / ```tsx blocks: each is its own module, run after samplePrelude.ts (which gives `plan`, `action`,
//   `asOf`, … to fragments); a ```text output block right after one must equal what it prints;
// - ```sh blocks: each `techcommit …` / `pnpm techcommit …` line runs through runCli in a folder holding the
//   examples and `action-plan.csv` (.xlsx, .docx), one folder per page, and must exit 0. Setup lines (install, build, pack, git, cd) are not run.
// A block whose info string says `skip` is a file of the reader's own project (e.g. the adapter guide's) and
// is neither checked nor run; `no-run` is type-checked only (a list of every option, not a program).
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { nodeIo, runCli } from '../packages/cli/src/index'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = join(root, 'docs', '.samples')
const fixture = join(work, 'cwd')
const tsFixture = join(work, 'cwd-ts')

interface Block {
  readonly doc: string
  readonly line: number
  readonly lang: string
  readonly flags: readonly string[]
  readonly code: string
  /** The ```text output block right after it, if any. */
  output?: string
}

function markdownFiles(): string[] {
  const found = ['README.md']
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.md')) found.push(path)
    }
  }
  walk('docs')
  return found.sort()
}

function blocksOf(doc: string): Block[] {
  const lines = readFileSync(join(root, doc), 'utf8').split('\n')
  const blocks: Block[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S+)(.*)$/.exec(lines[i]!)
    if (!open) continue
    const start = i
    const body: string[] = []
    for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) body.push(lines[i]!)
    const [lang, flags] = [open[1]!, open[2]!.trim().split(/\s+/).filter(Boolean)]
    const code = `${body.join('\n')}\n`
    const previous = blocks.at(-1)
    if (lang === 'text' && flags.includes('output') && previous) previous.output = code
    else blocks.push({ doc, line: start + 1, lang, flags, code })
  }
  return blocks
}

const blocks = markdownFiles().flatMap(blocksOf)
const codeBlocks = blocks.filter(
  (b) => ['ts', 'tsx', 'typescript'].includes(b.lang) && !b.flags.includes('skip'),
)
const shellBlocks = blocks.filter((b) => ['sh', 'bash', 'shell'].includes(b.lang))
const label = (b: Block) => `${b.doc}:${b.line}`
const moduleName = (b: Block, index: number) =>
  `${String(index).padStart(2, '0')}-${b.doc.replace(/[^a-z0-9]+/gi, '-')}-${b.line}.${b.lang === 'tsx' ? 'tsx' : 'ts'}`

function prepare(): string[] {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(fixture, { recursive: true })
  symlinkSync(join(root, 'examples'), join(fixture, 'examples'))
  for (const name of ['action-plan.csv', 'export.csv'])
    cpSync(join(root, 'examples/data/oxford-2018-2020.csv'), join(fixture, name))
  // The same plan as a workbook and a Word document, for the Office adapter's command lines.
  for (const ext of ['xlsx', 'docx'])
    cpSync(
      join(root, `packages/adapter-office/test/fixtures/oxford-2018-2020.${ext}`),
      join(fixture, `action-plan.${ext}`),
    )
  // The code samples run in a copy, so what they write (a store, a report) is not in the shell blocks' folders.
  cpSync(fixture, tsFixture, { recursive: true, verbatimSymlinks: true })
  const toRoot = relative(work, root)
  // The samples import the packages by name, as a reader's project would: link them (and the libraries the
  // samples name) into a node_modules beside them; the source export condition resolves them to src/.
  const links: Record<string, string> = {
    '@techcommit/core': 'packages/core',
    '@techcommit/adapter-csv': 'packages/adapter-csv',
    '@techcommit/adapter-sqlite': 'packages/adapter-sqlite',
    '@techcommit/adapter-office': 'packages/adapter-office',
    '@techcommit/adapter-postgres': 'packages/adapter-postgres',
    '@techcommit/react-widgets': 'packages/react-widgets',
    '@techcommit/cli': 'packages/cli',
    effect: 'packages/core/node_modules/effect',
    react: 'packages/react-widgets/node_modules/react',
    '@types/react': 'packages/react-widgets/node_modules/@types/react',
    'react-dom': 'packages/react-widgets/node_modules/react-dom',
    '@types/react-dom': 'packages/react-widgets/node_modules/@types/react-dom',
  }
  for (const [name, target] of Object.entries(links)) {
    mkdirSync(join(work, 'node_modules', name, '..'), { recursive: true })
    symlinkSync(join(root, target), join(work, 'node_modules', name))
  }
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      extends: `${toRoot}/tsconfig.base.json`,
      compilerOptions: { noEmit: true, types: ['node', 'react'] },
      include: ['*.ts', '*.tsx'],
    }),
  )
  // The runner's config also covers the packages' sources: tsx applies a config only to the files it includes,
  // and would compile the widgets' .tsx outside it with the classic JSX transform (no React in scope).
  writeFileSync(
    join(work, 'tsconfig.run.json'),
    JSON.stringify({
      extends: './tsconfig.json',
      include: ['*.ts', '*.tsx', `${toRoot}/packages/*/src/**/*`],
    }),
  )
  cpSync(join(root, 'docs/samplePrelude.ts'), join(work, 'prelude.ts'))
  const names = codeBlocks.map((block, index) => {
    const name = moduleName(block, index)
    writeFileSync(join(work, name), `// ${label(block)}\n${block.code}export {}\n`)
    return name
  })
  const runnable = names.filter((_name, index) => !codeBlocks[index]!.flags.includes('no-run'))
  // One process runs every sample in turn, in the fixture folder, and reports what each printed.
  writeFileSync(
    join(work, 'run.ts'),
    `import './prelude.ts'
process.chdir(${JSON.stringify(tsFixture)})
const results: Record<string, { ok: boolean; output: string; error?: string }> = {}
for (const name of ${JSON.stringify(runnable)}) {
  let output = ''
  const log = console.log
  const warn = console.warn
  console.log = (...args: unknown[]) => { output += args.map(String).join(' ') + '\\n' }
  console.warn = () => {}
  try {
    await import('./' + name)
    results[name] = { ok: true, output }
  } catch (error) {
    results[name] = { ok: false, output, error: error instanceof Error ? error.stack ?? error.message : String(error) }
  } finally {
    console.log = log
    console.warn = warn
  }
}
process.stdout.write(JSON.stringify(results))
`,
  )
  return names
}

const names = prepare()
const require = createRequire(import.meta.url)

describe('code samples in README.md and docs/', () => {
  it('type-check with the strict compiler options', () => {
    const tsc = require.resolve('typescript/bin/tsc')
    const result = spawnSync(process.execPath, [tsc, '-p', join(work, 'tsconfig.json')], { encoding: 'utf8' })
    // Name the Markdown file and line of each failing sample, not the generated module.
    const failures = result.stdout.replace(
      /(\d\d-[\w-]+-(\d+)\.tsx?)\((\d+),\d+\)/g,
      (_m, file: string, _l, row) => {
        const block = codeBlocks[names.indexOf(file)]
        return block ? `${block.doc}:${block.line + Number(row) - 1}` : file
      },
    )
    expect(failures).toBe('')
    expect(result.status).toBe(0)
  })

  it('run, and print what their output blocks say', () => {
    const result = spawnSync(
      process.execPath,
      ['--conditions=@techcommit/source', '--import', 'tsx', join(work, 'run.ts')],
      {
        encoding: 'utf8',
        cwd: work,
        env: { ...process.env, TSX_TSCONFIG_PATH: join(work, 'tsconfig.run.json') },
      },
    )
    expect(result.stderr).toBe('')
    const results = JSON.parse(result.stdout) as Record<
      string,
      { ok: boolean; output: string; error?: string }
    >
    const problems: string[] = []
    codeBlocks.forEach((block, index) => {
      if (block.flags.includes('no-run')) return
      const outcome = results[names[index]!]
      if (!outcome?.ok) problems.push(`${label(block)}: ${outcome?.error ?? 'did not run'}`)
      else if (block.output !== undefined && outcome.output !== block.output)
        problems.push(
          `${label(block)}: printed ${JSON.stringify(outcome.output)}, the page says ${JSON.stringify(block.output)}`,
        )
    })
    expect(problems).toEqual([])
  })

  it.each(shellBlocks.map((block) => [label(block), block] as const))(
    '%s: techcommit commands exit 0',
    async (_label, block) => {
      const commands = block.code
        .replace(/\\\n\s*/g, ' ') // a line ending in \ continues on the next
        .split('\n')
        .map((line) => line.replace(/^\$ /, '').replace(/\s+#.*$/, ''))
        .map((line) => /^(?:npx -y pnpm@10 (?:-s )?|pnpm (?:-s )?)?techcommit (.*)$/.exec(line)?.[1])
        .filter((rest) => rest !== undefined)
      const io = {
        ...nodeIo(),
        stdout: () => {},
        stderr: (text: string) => void errors.push(text),
        stdoutIsTerminal: false,
      }
      const errors: string[] = []
      const cwd = process.cwd()
      // The shell blocks of one page run in order in one folder, as a reader following the page would.
      const shellFixture = join(work, `sh-${block.doc.replace(/\W+/g, '-')}`)
      if (!existsSync(shellFixture))
        cpSync(fixture, shellFixture, { recursive: true, verbatimSymlinks: true })
      process.chdir(shellFixture)
      try {
        for (const command of commands) {
          const argv = splitShellWords(command.split(/\s+(?:\||>|&&)\s+/)[0]!)
          expect(await runCli(argv, io), `techcommit ${command}\n${errors.join('')}`).toBe(0)
        }
      } finally {
        process.chdir(cwd)
      }
    },
  )
})

/** Shell words with "double" and 'single' quotes, enough for the documentation's command lines. */
function splitShellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!)
}
