import { describe, inject, it } from 'vitest'

let counter = 0

/**
 * The connection string of the test server, or null when PostgreSQL is missing — in which case a failing test
 * says so under CI (which installs it, see .ci/run), and elsewhere a skipped one and a loud warning, so that a
 * fresh clone with only Node and npm runs the rest of the suite (TECHCOMMIT_SKIP_POSTGRES=1 skips under CI too;
 * TECHCOMMIT_REQUIRE_POSTGRES=1 fails outside it).
 */
export function usePostgres(): string | null {
  const postgres = inject('postgres')
  if ('connectionString' in postgres) return postgres.connectionString
  const skip =
    process.env.TECHCOMMIT_SKIP_POSTGRES === '1' ||
    (process.env.CI !== 'true' && process.env.TECHCOMMIT_REQUIRE_POSTGRES !== '1')
  describe('PostgreSQL server', () => {
    ;(skip ? it.skip : it)(`is needed: ${postgres.missing}`, () => {
      throw new Error(postgres.missing)
    })
  })
  if (skip)
    console.warn(
      `\n${'!'.repeat(78)}\n!! SKIPPING POSTGRESQL TESTS: ${postgres.missing}\n!! Install it: apt-get install -y postgresql\n${'!'.repeat(78)}\n`,
    )
  return null
}

/** A schema name no other test uses, so each store starts empty. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${process.pid}_${++counter}`
}
