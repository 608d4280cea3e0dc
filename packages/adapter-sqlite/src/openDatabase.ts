import { linkSync, rmSync, statSync } from 'node:fs'
import { StorageError } from '@techcommit/core'
import Database from 'better-sqlite3'
import { applicationId, migrations, schemaVersion } from './migrations'

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const damagedCodes = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_INDEX',
  'SQLITE_CORRUPT_VTAB',
])

/**
 * Whether a driver error means the file itself is damaged (or is not a database at all).
 *
 * @example
 * if (isDamaged(error)) throw damagedFile(filename, error)
 */
export function isDamaged(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && damagedCodes.has(code)
}

/**
 * The `StorageError` for a damaged file: what happened and how to get the plans back from a backup.
 *
 * @example
 * throw damagedFile('./techcommit.db', sqliteError)
 */
export function damagedFile(filename: string, detail: unknown): StorageError {
  const why = typeof detail === 'string' ? detail : messageOf(detail)
  return new StorageError(
    `The SQLite file "${filename}" is damaged (${why}). Stop writing to it and restore it from a backup made with store.backup(): close every program using it, move "${filename}" aside (with any "${filename}-wal" and "${filename}-shm" beside it), copy the latest backup to "${filename}", and open it again.`,
    typeof detail === 'string' ? undefined : { cause: detail },
  )
}

// The tables of schema 1 and 2, written before the application id existed: such a file is ours to upgrade.
const legacyTables = ['action_versions', 'history', 'plan_revisions', 'plans']

function tablesOf(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string
    }[]
  ).map((row) => row.name)
}

/**
 * Look at an existing file read-only and decide whether the store may open it. Throws `StorageError` — with
 * the file left exactly as it was, and no handle left open — for an empty file, a file that is not a
 * database or is damaged, another application's database, and a techcommit file from a newer release.
 */
function inspectExisting(filename: string): void {
  if (statSync(filename).size === 0) {
    throw new StorageError(
      `The file "${filename}" is empty (0 bytes), so it is not a techcommit database; it was not changed. If it should hold your plans it was truncated: restore it from a backup made with store.backup(). To start a new store, delete the empty file or choose a new file name.`,
    )
  }
  let db: Database.Database | undefined
  try {
    db = new Database(filename, { readonly: true, fileMustExist: true })
    const appId = db.pragma('application_id', { simple: true }) as number
    const version = db.pragma('user_version', { simple: true }) as number
    const tables = tablesOf(db)
    if (appId === applicationId) {
      if (version > schemaVersion) {
        throw new StorageError(
          `The SQLite file "${filename}" uses schema version ${version}, but this @techcommit/adapter-sqlite only knows versions up to ${schemaVersion}. It was written by a newer release: upgrade @techcommit/adapter-sqlite (or open an older backup). The file was not changed.`,
        )
      }
      return
    }
    const blank = appId === 0 && version === 0 && tables.length === 0
    const legacy =
      appId === 0 && version >= 1 && version <= 2 && legacyTables.every((name) => tables.includes(name))
    if (blank || legacy) return
    const held = tables.length === 0 ? 'no tables' : `tables ${tables.slice(0, 5).join(', ')}`
    throw new StorageError(
      `The SQLite file "${filename}" is not a techcommit database (application_id ${appId}, user_version ${version}, ${held}); it was not changed. Pass the path of a techcommit database, or a new file name to start one.`,
    )
  } catch (error) {
    if (error instanceof StorageError) throw error
    if (isDamaged(error)) {
      const code = (error as { code: string }).code
      throw code === 'SQLITE_NOTADB'
        ? new StorageError(
            `The file "${filename}" is not an SQLite database, or its header is damaged: ${messageOf(error)}. It was not changed. If it should hold your plans, restore it from a backup made with store.backup(); otherwise pass the path of a techcommit database or a new file name.`,
            { cause: error },
          )
        : damagedFile(filename, error)
    }
    throw new StorageError(`Could not open the SQLite file "${filename}": ${messageOf(error)}.`, {
      cause: error,
    })
  } finally {
    db?.close()
  }
}

function exists(filename: string): boolean {
  try {
    statSync(filename)
    return true
  } catch {
    return false
  }
}

/**
 * Make a new techcommit file at `filename` in one step: build it whole beside the target, then link it into
 * place (a link never replaces a file that appeared meanwhile). A process killed half-way leaves only the
 * `.creating-*` file behind, never a half-made or empty file under the name the user chose — so an empty
 * file under that name is never ours, and open refuses it.
 */
function createDatabase(filename: string, busyTimeoutMs: number): void {
  const building = `${filename}.creating-${process.pid}-${Date.now()}`
  let db: Database.Database | undefined
  try {
    db = new Database(building, { timeout: busyTimeoutMs })
    db.pragma('journal_mode = WAL')
    migrate(db, filename)
    db.close() // the last connection to close checkpoints the WAL into the file and removes it
    db = undefined
    linkSync(building, filename)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return // another process created it first
    throw new StorageError(
      `Could not open the SQLite file "${filename}" to create it: ${messageOf(error)}. Check that the folder exists and is writable.`,
      { cause: error },
    )
  } finally {
    db?.close()
    rmSync(building, { force: true })
  }
}

/**
 * Open a techcommit SQLite file (creating it when missing): check that it is ours, switch on WAL, foreign
 * keys, secure delete and the busy timeout, and apply pending migrations. Anything else is refused untouched.
 *
 * @internal Used by `openSqlitePlanStore` and its tests; not part of the package entry.
 */
export function openDatabase(filename: string, busyTimeoutMs: number): Database.Database {
  const inMemory = filename === ':memory:' || filename === ''
  if (!inMemory) {
    if (!exists(filename)) createDatabase(filename, busyTimeoutMs)
    inspectExisting(filename)
  }
  let db: Database.Database
  try {
    db = new Database(filename, { timeout: busyTimeoutMs })
  } catch (error) {
    throw new StorageError(
      `Could not open the SQLite file "${filename}": ${messageOf(error)}. Check that the folder exists and is writable.`,
      { cause: error },
    )
  }
  try {
    db.pragma('journal_mode = WAL')
    // NORMAL is durable across process crashes in WAL mode; only an OS crash or power cut can lose the
    // last commits, and never corrupts the file.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    // Deleted and overwritten content is zeroed on disk, so purged or erased text does not linger in free
    // pages (erasure also checkpoints the WAL, see openSqlitePlanStore).
    db.pragma('secure_delete = ON')
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`)
    migrate(db, filename)
    return db
  } catch (error) {
    db.close()
    if (error instanceof StorageError) throw error
    if (isDamaged(error)) throw damagedFile(filename, error)
    throw new StorageError(`Could not prepare the SQLite file "${filename}": ${messageOf(error)}.`, {
      cause: error,
    })
  }
}

function migrate(db: Database.Database, filename: string): void {
  const current = () => db.pragma('user_version', { simple: true }) as number
  const ours = () => (db.pragma('application_id', { simple: true }) as number) === applicationId
  if (current() === schemaVersion && ours()) return
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated while we waited for it.
    const found = current()
    if (found > schemaVersion) {
      throw new StorageError(
        `The SQLite file "${filename}" was upgraded to schema ${found} by a newer release while opening.`,
      )
    }
    for (const migration of migrations) {
      if (migration.version > found) db.exec(migration.sql)
    }
    // PRAGMA takes no bound parameters; both values are our own integer constants.
    db.pragma(`user_version = ${schemaVersion}`)
    db.pragma(`application_id = ${applicationId}`)
  }).immediate()
}
