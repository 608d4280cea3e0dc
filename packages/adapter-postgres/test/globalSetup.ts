// vitest globalSetup for adapter-postgres: one throwaway server for the whole run. Tests that need it read
// `inject('postgres')`; when PostgreSQL is not installed they fail with the reason (or skip, loudly, when
// TECHCOMMIT_SKIP_POSTGRES=1 is set), never pass silently.
import type { TestProject } from 'vitest/node'
import { type PostgresServer, startPostgresServer } from './postgresServer'

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { connectionString: string } | { missing: string }
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  let server: PostgresServer | undefined
  try {
    server = await startPostgresServer({ fast: true })
    project.provide('postgres', { connectionString: server.connectionString })
  } catch (error) {
    project.provide('postgres', { missing: error instanceof Error ? error.message : String(error) })
  }
  return () => server?.destroy()
}
