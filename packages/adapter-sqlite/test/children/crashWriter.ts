// Saves, updates and deletes plans in a loop until it is killed. Prints one line per committed write.
// Usage: node --conditions=@techcommit/source --import tsx crashWriter.ts <file> <seed>
import { openSqlitePlanStore } from '../../src/openSqlitePlanStore'
import { planForChild } from './planForChild'

const [filename, seedText] = process.argv.slice(2)
let seed = Number(seedText) >>> 0 || 1
// xorshift32: the run is reproducible from its seed.
const random = (): number => {
  seed ^= seed << 13
  seed ^= seed >>> 17
  seed ^= seed << 5
  return (seed >>> 0) / 2 ** 32
}

const store = openSqlitePlanStore({ filename: filename!, busyTimeoutMs: 10_000 })
process.stdout.write('ready\n')
let generation = Number(seedText) * 1000

for (;;) {
  const id = `plan-${Math.floor(random() * 6)}`
  const roll = random()
  const current = await store.getPlan(id)
  if (current !== null && roll < 0.25) {
    const action = current.plan.actions[Math.floor(random() * current.plan.actions.length)]
    if (action === undefined) continue
    const { revision } = await store.recordUpdate(
      id,
      action.id,
      { at: new Date().toISOString(), by: 'crash', status: null, target: null, note: `g${generation}` },
      { expectedRevision: current.revision },
    )
    process.stdout.write(`update ${id} ${revision}\n`)
  } else if (current !== null && roll < 0.3) {
    const { revision } = await store.deletePlan(id)
    process.stdout.write(`delete ${id} ${revision}\n`)
  } else {
    const count = 1 + Math.floor(random() * 1200)
    const { revision } = await store.savePlan(planForChild(id, ++generation, count))
    process.stdout.write(`save ${id} ${revision}\n`)
  }
}
