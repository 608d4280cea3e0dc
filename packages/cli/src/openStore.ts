import type { SqlitePlanStore } from '@techcommit/adapter-sqlite'
import { UsageError } from './errors'
import type { CliIo } from './io'
import type { OptionSpec } from './defineCommand'

/**
 * The CLI's store file when `--db` is not given, relative to the working directory.
 *
 * @example
 * await openStore(options.db ?? defaultDatabaseFile, io, { create: true })
 */
export const defaultDatabaseFile = './techcommit.db'

/** The `--db` flag, the same on every command that reads or writes the store. */
export const dbOption = {
  type: 'string',
  value: 'path',
  description: 'The SQLite store file.',
  defaultText: defaultDatabaseFile,
} as const satisfies OptionSpec

const sqliteMagic = 'SQLite format 3\0'

/**
 * Opens the SQLite store after checking the file is one techcommit can use: a missing file is created only
 * when `create` is set (import); a file that is not SQLite, or an SQLite database of another application, or
 * one written by a newer techcommit, is a `UsageError` (exit 2) and is never touched.
 *
 * @example
 * const store = await openStore('./techcommit.db', io, { create: false })
 * try { console.log(await store.listPlans()) } finally { await store.close() }
 */
export async function openStore(
  filename: string,
  io: CliIo,
  options: { readonly create: boolean },
): Promise<SqlitePlanStore> {
  // Loaded lazily: the native SQLite module is only needed by the commands that use a store.
  const { openSqlitePlanStore, schemaVersion } = await import('@techcommit/adapter-sqlite')
  const kind = await io.pathKind(filename)
  if (kind === null && !options.create)
    throw new UsageError(
      `no techcommit database at "${filename}". Import a plan first (techcommit import plan.csv --db ${filename}) or check --db.`,
    )
  if (kind === 'directory')
    throw new UsageError(
      `--db "${filename}" is a folder. Name a database file, e.g. --db ${filename}/techcommit.db.`,
    )
  if (kind !== null) {
    const head = await io.readHead(filename, 100)
    if (head.length > 0) {
      const text = String.fromCharCode(...head.subarray(0, 16))
      if (text !== sqliteMagic)
        throw new UsageError(`"${filename}" is not a techcommit database (not an SQLite file). Check --db.`)
      const view = new DataView(head.buffer, head.byteOffset, head.byteLength)
      const schemaCookie = head.length >= 44 ? view.getUint32(40) : 0
      const userVersion = head.length >= 64 ? view.getUint32(60) : 0
      if (userVersion === 0 && schemaCookie !== 0)
        throw new UsageError(
          `"${filename}" is an SQLite database of another application, not a techcommit store. Check --db.`,
        )
      if (userVersion > schemaVersion)
        throw new UsageError(
          `"${filename}" was written by a newer techcommit (schema ${userVersion}, this one reads up to ${schemaVersion}). Upgrade @techcommit/cli.`,
        )
    }
  }
  return openSqlitePlanStore({ filename, busyTimeoutMs: 10_000 })
}
