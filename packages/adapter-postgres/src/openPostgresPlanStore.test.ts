import { runPlanStoreConformance } from '@techcommit/core/testing'
import pg from 'pg'
import { afterAll } from 'vitest'
import { freshSchema, usePostgres } from '../test/usePostgres'
import { openPostgresPlanStore } from './openPostgresPlanStore'

const connectionString = usePostgres()

if (connectionString !== null) {
  // One pool shared by every store of the suite, as a host application would share its own.
  const pool = new pg.Pool({ connectionString, max: 8 })
  afterAll(() => pool.end())
  runPlanStoreConformance('postgres', ({ now }) =>
    openPostgresPlanStore({ pool, schema: freshSchema('conf'), now }),
  )
}
