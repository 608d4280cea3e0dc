// One of several processes updating the same actions of one plan with expectedRevision (see
// concurrency.test.ts).
// Usage: node --conditions=@techcommit/source --import tsx concurrentUpdater.ts <url> <schema> <worker index> <count> <workers>
import { recordUpdatesWithRetries } from '@techcommit/core/testing'
import { waitForGo } from '../../../../scripts/testing/spawnLineWorker'
import { openPostgresPlanStore } from '../../src/openPostgresPlanStore'

const [connectionString, schema, indexText, countText, workersText] = process.argv.slice(2)
const store = await openPostgresPlanStore({ connectionString: connectionString!, schema: schema! })
await waitForGo()
const ok = await recordUpdatesWithRetries({
  store,
  planId: 'shared',
  worker: `w${indexText}`,
  index: Number(indexText),
  count: Number(countText),
  maxPauseMs: 4 * Number(workersText),
  emit: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
})
await store.close()
process.exit(ok ? 0 : 1)
