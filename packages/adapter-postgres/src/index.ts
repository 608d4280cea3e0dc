// @techcommit/adapter-postgres — a PlanStore on PostgreSQL (node-postgres) for a sector hub shared by many app
// servers. The Effect Layer lives in `@techcommit/adapter-postgres/effect`, so this entry never loads effect.
export {
  openPostgresPlanStore,
  type PostgresConnection,
  type PostgresPlanStore,
  type PostgresPlanStoreOptions,
} from './openPostgresPlanStore'
export { postgresSchemaVersion } from './migrations'
