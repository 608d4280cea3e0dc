// One of several processes updating the same actions of one plan with expectedRevision. Waits for "go" on
// stdin, then records <count> updates, retrying after each conflict; prints one JSON line per attempt.
// Usage: node --conditions=@techcommit/source --import tsx concurrentUpdater.ts <url> <schema> <worker> <count> <workers>
import { ConflictError } from '@techcommit/core'
import { openPostgresPlanStore } from '../../src/openPostgresPlanStore'

const [connectionString, schema, worker, countText, workersText] = process.argv.slice(2)
const count = Number(countText)
const index = Number(worker!.slice(1))
const store = await openPostgresPlanStore({ connectionString: connectionString!, schema: schema! })
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`)

process.stdout.write('ready\n')
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()))

for (let i = 0; i < count; i++) {
  const note = `${worker}#${i}`
  const actionId = `A${1 + ((i + index) % 3)}`
  for (;;) {
    const current = await store.getPlan('shared')
    if (current === null) throw new Error('plan "shared" is missing')
    // A person reads, thinks, then saves: leave a gap in which the other writers can get in first.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * Number(workersText)))
    try {
      const { revision } = await store.recordUpdate(
        'shared',
        actionId,
        { at: '2026-01-05T09:00:00.000Z', by: worker!, status: null, target: null, note },
        { expectedRevision: current.revision },
      )
      print({ ok: true, note, actionId, revision })
      break
    } catch (error) {
      if (!(error instanceof ConflictError)) {
        print({ ok: false, unexpected: String(error), tag: (error as { _tag?: string })._tag ?? null })
        process.exit(1)
      }
      print({ ok: false, conflict: true, expected: error.expectedRevision, current: error.currentRevision })
    }
  }
}
await store.close()
process.exit(0)
