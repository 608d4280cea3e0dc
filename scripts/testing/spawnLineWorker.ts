// Test support shared by the packages' tests (not shipped): a child process that prints "ready", waits for
// a line on stdin, then prints one JSON line per event, collected here.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'

/** A running child: its JSON lines so far, a promise for "ready", one for its exit code, its stderr. */
export interface LineWorker<Line> {
  readonly child: ChildProcessWithoutNullStreams
  readonly lines: Line[]
  readonly ready: Promise<void>
  readonly done: Promise<number | null>
  readonly stderr: () => string
  /** Lets the child start (it waits for a line on stdin after printing "ready"). */
  readonly go: () => void
}

/** Runs `script` with tsx and the source condition, from `cwd`, with `args`. */
export function spawnLineWorker<Line>(
  cwd: string,
  script: string,
  args: readonly string[],
): LineWorker<Line> {
  const child = spawn(
    process.execPath,
    ['--conditions=@techcommit/source', '--import', 'tsx', script, ...args],
    {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  )
  const lines: Line[] = []
  let pending = ''
  let stderr = ''
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk
    const complete = pending.split('\n')
    pending = complete.pop() ?? ''
    for (const line of complete) {
      if (line === 'ready') markReady()
      else lines.push(JSON.parse(line) as Line)
    }
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, lines, ready, done, stderr: () => stderr, go: () => child.stdin.end('go\n') }
}

/** What a child calls first: say "ready", then wait for the parent's go. */
export async function waitForGo(): Promise<void> {
  process.stdout.write('ready\n')
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()))
}
