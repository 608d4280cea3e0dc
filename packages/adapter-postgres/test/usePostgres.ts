import { describe, inject, it } from 'vitest'

let counter = 0

/**
 * The connection string of the test server, or null when PostgreSQL is missing — in which case a failing
 * test (or, with TECHCOMMIT_SKIP_POSTGRES=1, a skipped one) says so.
 */
export function usePostgres(): string | null {
  const postgres = inject('postgres')
  if ('connectionString' in postgres) return postgres.connectionString
  const skip = process.env.TECHCOMMIT_SKIP_POSTGRES === '1'
  describe('PostgreSQL server', () => {
    ;(skip ? it.skip : it)(`is needed: ${postgres.missing}`, () => {
      throw new Error(postgres.missing)
    })
  })
  if (skip) console.warn(`SKIPPED adapter-postgres tests: ${postgres.missing}`)
  return null
}

/** A schema name no other test uses, so each store starts empty. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${process.pid}_${++counter}`
}
