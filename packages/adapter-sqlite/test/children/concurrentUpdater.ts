// One of several processes updating the same actions with expectedRevision (see concurrency.test.ts).
// Usage: node --conditions=@techcommit/source --import tsx concurrentUpdater.ts <file> <worker index> <count>
import { recordUpdatesWithRetries } from '@techcommit/core/testing'
import { waitForGo } from '../../../../scripts/testing/spawnLineWorker'
import { openSqlitePlanStore } from '../../src/openSqlitePlanStore'

const [filename, indexText, countText] = process.argv.slice(2)
const store = openSqlitePlanStore({ filename: filename!, busyTimeoutMs: 20_000 })
await waitForGo()
const ok = await recordUpdatesWithRetries({
  store,
  planId: 'shared',
  worker: `w${indexText}`,
  index: Number(indexText),
  count: Number(countText),
  maxPauseMs: 4,
  emit: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
})
await store.close()
process.exit(ok ? 0 : 1)
