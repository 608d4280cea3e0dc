import { StorageError } from '@techcommit/core'
import type pg from 'pg'
import { postgresMigrations, postgresSchemaVersion } from './migrations'

/**
 * Bring `schema` up to this build's version. Everything happens in one transaction under a transaction-level
 * advisory lock keyed on the schema name, so two app servers starting at once migrate once: the second waits,
 * then finds nothing left to do. A schema that holds tables but no `schema_migrations` belongs to someone
 * else and is refused untouched; one migrated by a newer release is refused too.
 *
 * @example
 * await migrate(pool, 'techcommit')
 */
export async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const s = `"${schema}"`
  // Already current: write nothing, take no lock. This is also what lets a store open on a read replica.
  const { rows: found } = await pool.query<{ versions: string | null }>(
    'SELECT to_regclass($1)::text AS versions',
    [`${s}.schema_migrations`],
  )
  if (found[0]?.versions != null) {
    const { rows } = await pool.query<{ newest: number | null }>(
      `SELECT max(version) AS newest FROM ${s}.schema_migrations`,
    )
    if (rows[0]?.newest === postgresSchemaVersion) return
  }
  const client = await pool.connect()
  let broken: Error | undefined
  const onError = (error: Error) => {
    broken = error // the connection dropped: the failing query reports it
  }
  client.on('error', onError)
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`techcommit schema ${schema}`])
    const { rows: tables } = await client.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    )
    const names = tables.map((row) => row.table_name)
    if (names.length > 0 && !names.includes('schema_migrations')) {
      throw new StorageError(
        `The PostgreSQL schema "${schema}" already holds tables that are not techcommit's (${names.slice(0, 5).join(', ')}); it was not changed. Pass another schema name (option schema) for the plan store.`,
      )
    }
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`)
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.schema_migrations (
         version integer PRIMARY KEY,
         description text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    )
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${s}.schema_migrations`)
    const applied = new Set(rows.map((row) => row.version))
    const newest = Math.max(0, ...applied)
    if (newest > postgresSchemaVersion) {
      throw new StorageError(
        `The PostgreSQL schema "${schema}" is at version ${newest}, but this @techcommit/adapter-postgres only knows versions up to ${postgresSchemaVersion}. A newer release migrated it: upgrade @techcommit/adapter-postgres on this server too. Nothing was changed.`,
      )
    }
    for (const migration of postgresMigrations) {
      if (applied.has(migration.version)) continue
      await client.query(migration.sql(s))
      await client.query(`INSERT INTO ${s}.schema_migrations (version, description) VALUES ($1, $2)`, [
        migration.version,
        migration.description,
      ])
    }
    await client.query('COMMIT')
  } catch (error) {
    try {
      await client.query('ROLLBACK')
    } catch (rollbackError) {
      broken = rollbackError as Error
    }
    throw error
  } finally {
    client.off('error', onError)
    client.release(broken)
  }
}
