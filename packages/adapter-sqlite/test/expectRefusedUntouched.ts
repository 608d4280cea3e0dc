import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { StorageError } from '@techcommit/core'
import { expect } from 'vitest'
import { openSqlitePlanStore } from '../src/openSqlitePlanStore'

/** The paths this process still holds open under `filename` (Linux `/proc`). */
export function openHandlesTo(filename: string): string[] {
  const targets: string[] = []
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`)
      if (target.startsWith(filename)) targets.push(target)
    } catch {
      // The fd closed while we listed them (the listing's own handle): not ours.
    }
  }
  return targets
}

/**
 * Opens `filename` and expects a refusal: a `StorageError` whose message matches `message`, the file not
 * changed by a byte and no handle left open; with `sidecars: 'none'` (the default, for files that are not
 * techcommit databases) also no -wal or -shm beside it. A techcommit file in WAL mode may get its sidecars
 * back while SQLite reads its header: pass `sidecars: 'allowed'`. Returns the error for more checks.
 */
export function expectRefusedUntouched(
  filename: string,
  message: RegExp,
  sidecars: 'none' | 'allowed' = 'none',
): StorageError {
  const before = readFileSync(filename)
  let error: unknown
  try {
    openSqlitePlanStore({ filename })
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(StorageError)
  expect((error as Error).message).toMatch(message)
  expect(readFileSync(filename).equals(before)).toBe(true)
  if (sidecars === 'none') {
    expect(existsSync(`${filename}-wal`)).toBe(false)
    expect(existsSync(`${filename}-shm`)).toBe(false)
  }
  expect(openHandlesTo(filename)).toEqual([])
  return error as StorageError
}
