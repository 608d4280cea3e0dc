import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StorageError } from '@techcommit/core'
import { buildTestPlan } from '@techcommit/core/testing'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { expectRefusedUntouched } from '../test/expectRefusedUntouched'
import { openSqlitePlanStore } from './openSqlitePlanStore'

const dir = mkdtempSync(join(tmpdir(), 'techcommit-damaged-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Overwrite the root page of `table` with garbage, as a failing disk or a bad copy would. */
function damageTable(filename: string, table: string): void {
  const db = new Database(filename, { readonly: true })
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const { rootpage } = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(table) as {
    rootpage: number
  }
  db.close()
  const fd = openSync(filename, 'r+')
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootpage - 1) * pageSize)
  closeSync(fd)
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the call to be refused')
}

describe('a damaged SQLite file', () => {
  it('reports a read of a damaged table as StorageError telling how to restore from backup()', async () => {
    const filename = join(dir, 'read.db')
    const store = openSqlitePlanStore({ filename })
    await store.savePlan(buildTestPlan({ id: 'p', actionCount: 40 }))
    await store.backup(join(dir, 'read-backup.db'))
    await store.close()
    damageTable(filename, 'action_versions')

    const damaged = openSqlitePlanStore({ filename })
    const error = await rejection(damaged.getPlan('p'))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toMatch(/is damaged/)
    expect(error.message).toMatch(/store\.backup\(\)/)
    expect(error.message).toContain(`${filename}-wal`)
    await damaged.close()

    // The way the message describes works: the backup opens with the plan intact.
    const restored = openSqlitePlanStore({ filename: join(dir, 'read-backup.db') })
    expect((await restored.getPlan('p'))?.plan.actions).toHaveLength(40)
    await restored.close()
  })

  it('refuses a save into a file that fails quick_check, and writes nothing', async () => {
    const filename = join(dir, 'save.db')
    const store = openSqlitePlanStore({ filename })
    await store.savePlan(buildTestPlan({ id: 'p', actionCount: 40 }))
    await store.close()
    damageTable(filename, 'action_versions')
    const before = readFileSync(filename)

    const damaged = openSqlitePlanStore({ filename })
    const error = await rejection(damaged.savePlan(buildTestPlan({ id: 'q' })))
    expect(error).toBeInstanceOf(StorageError)
    expect(error.message).toMatch(/is damaged \(quick_check: .+\).*backup\(\)/s)
    await damaged.close()
    expect(readFileSync(filename).equals(before)).toBe(true)
  })
})

describe('a file whose schema page is damaged', () => {
  it('is refused at open with the same restore-from-backup advice, and left as it was', async () => {
    const filename = join(dir, 'open.db')
    const store = openSqlitePlanStore({ filename })
    await store.savePlan(buildTestPlan({ id: 'p' }))
    await store.close()
    // Page 1 after the 100-byte file header holds the root of sqlite_schema.
    const fd = openSync(filename, 'r+')
    writeSync(fd, Buffer.alloc(3000, 0xa5), 0, 3000, 100)
    closeSync(fd)
    expectRefusedUntouched(filename, /is damaged.*backup\(\)/s, 'allowed')
  })
})
