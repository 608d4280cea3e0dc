// @techcommit/adapter-sqlite — a durable PlanStore on an SQLite file (better-sqlite3). The Effect Layer lives
// in `@techcommit/adapter-sqlite/effect`, so this entry never loads effect.
export { openSqlitePlanStore, type SqlitePlanStore, type SqlitePlanStoreOptions } from './openSqlitePlanStore'
export { schemaVersion } from './migrations'
