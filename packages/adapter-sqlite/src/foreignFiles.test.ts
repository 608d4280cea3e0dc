import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildTestPlan } from '@techcommit/core/testing'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { applicationId } from './migrations'
import { expectRefusedUntouched, openHandlesTo } from '../test/expectRefusedUntouched'
import { openSqlitePlanStore } from './openSqlitePlanStore'

// A store must never change a file that is not a techcommit database: not a byte, no -wal or -shm beside
// it, no handle left open, and the refusal is a StorageError that says what the file is.

const dir = mkdtempSync(join(tmpdir(), 'techcommit-foreign-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let counter = 0
const freshFile = () => join(dir, `file-${++counter}.db`)

function makeDatabase(filename: string, setup: (db: Database.Database) => void): void {
  const db = new Database(filename)
  setup(db)
  db.close()
}

describe('openSqlitePlanStore on files that are not techcommit databases', () => {
  it("refuses another application's database untouched", () => {
    const filename = freshFile()
    makeDatabase(filename, (db) => {
      db.exec(
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, payee TEXT); INSERT INTO invoices VALUES (1, 'ACME')",
      )
    })
    const error = expectRefusedUntouched(
      filename,
      /is not a techcommit database.*tables invoices.*not changed/,
    )
    expect(error.message).toContain('a new file name')
  })

  it('refuses a database with a table called plans, without adding or changing anything', () => {
    const filename = freshFile()
    makeDatabase(filename, (db) => {
      db.exec("CREATE TABLE plans (id TEXT, budget REAL); INSERT INTO plans VALUES ('estates', 1.5)")
    })
    expectRefusedUntouched(filename, /not a techcommit database.*tables plans/)
    const db = new Database(filename, { readonly: true })
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([
      { name: 'plans' },
    ])
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
    db.close()
  })

  it('refuses a foreign database at user_version 2 with a StorageError, not a raw SqliteError', () => {
    const filename = freshFile()
    makeDatabase(filename, (db) => {
      db.exec('CREATE TABLE settings (k TEXT PRIMARY KEY, v TEXT)')
      db.pragma('user_version = 2')
    })
    const error = expectRefusedUntouched(filename, /application_id 0, user_version 2, tables settings/)
    expect(error.constructor.name).toBe('StorageError')
  })

  it("refuses a file with another application's id even when its tables look like ours", () => {
    const filename = freshFile()
    const ours = freshFile()
    openSqlitePlanStore({ filename: ours }).close()
    writeFileSync(filename, readFileSync(ours))
    makeDatabase(filename, (db) => {
      db.pragma('application_id = 305419896') // 0x12345678
      db.pragma('journal_mode = DELETE') // as another application would keep it
    })
    expectRefusedUntouched(filename, /application_id 305419896/)
  })

  it('refuses a 0-byte file and says it may be a truncated store', () => {
    const filename = freshFile()
    writeFileSync(filename, '')
    expectRefusedUntouched(filename, /empty \(0 bytes\).*restore it from a backup.*choose a new file name/)
    expect(readFileSync(filename).length).toBe(0)
  })

  it('refuses a text file, leaving it as it was', () => {
    const filename = freshFile()
    writeFileSync(filename, 'Action,Owner\nRun a showcase,SRM\n'.repeat(200))
    expectRefusedUntouched(filename, /not an SQLite database/)
  })

  it('opens its own file again, and a file it created stamps the application id', async () => {
    const filename = freshFile()
    const store = openSqlitePlanStore({ filename })
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.close()
    const raw = new Database(filename, { readonly: true })
    expect(raw.pragma('application_id', { simple: true })).toBe(applicationId)
    raw.close()
    const again = openSqlitePlanStore({ filename })
    expect((await again.getPlan('p'))?.revision).toBe(1)
    await again.close()
    expect(openHandlesTo(filename)).toEqual([])
  })
})
