// Starts a throwaway PostgreSQL server for tests and benchmarks: Debian's `postgresql` package (installed by
// .ci/run when missing), a cluster made by `initdb` in a temporary folder, owned by the unprivileged
// `postgres` user when we run as root, listening on a free local port; stopped and removed afterwards.
import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface PostgresServer {
  readonly connectionString: string
  readonly port: number
  readonly dataDir: string
  /** Stop as a crash would (`pg_ctl stop -m immediate`: no checkpoint, recovery on the next start). */
  crash(): void
  /** Start again on the same port and folder. */
  start(): void
  /** Stop cleanly and remove the folder. */
  destroy(): void
}

/** Where Debian keeps the server binaries: /usr/lib/postgresql/<major>/bin (TECHCOMMIT_PG_BIN overrides). */
export function findPostgresBin(): string | null {
  const override = process.env.TECHCOMMIT_PG_BIN
  if (override !== undefined) return existsSync(join(override, 'initdb')) ? override : null
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const majors = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return majors[0] === undefined ? null : join(root, majors[0], 'bin')
}

export const postgresMissing =
  'PostgreSQL is not installed: these tests need a real server. Install it with `apt-get update && apt-get install -y postgresql` (.ci/run does this), or point TECHCOMMIT_PG_BIN at a folder holding initdb and pg_ctl.'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject()))
    })
  })
}

export interface StartPostgresOptions {
  /** Turn off fsync for speed in tests (a crash of the server process still loses nothing committed). */
  readonly fast?: boolean
}

export async function startPostgresServer(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const bin = findPostgresBin()
  if (bin === null) throw new Error(postgresMissing)
  const asRoot = process.getuid?.() === 0
  const dir = mkdtempSync(join(tmpdir(), 'techcommit-pg-'))
  const dataDir = join(dir, 'data')
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool)
    const full = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args
    const result = spawnSync(command, full, { encoding: 'utf8', cwd: dir })
    if (result.status !== 0) {
      throw new Error(
        `${tool} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`,
      )
    }
  }
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync'])
  const port = await freePort()
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=60',
    '-c shared_buffers=32MB',
    ...(options.fast ? ['-c fsync=off', '-c full_page_writes=off'] : []),
  ].join(' ')
  const start = () =>
    run('pg_ctl', ['-D', dataDir, '-l', join(dir, 'server.log'), '-o', settings, '-w', '-t', '60', 'start'])
  start()
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    crash: () => run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']),
    start,
    destroy: () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
      } catch {
        // Already stopped (a test crashed it): removing the folder is all that is left.
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
