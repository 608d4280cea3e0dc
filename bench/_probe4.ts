import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqlitePlanStore } from '../packages/adapter-sqlite/src/index'
const STATES = ['not-started', 'in-progress', 'complete', 'ongoing', 'on-hold', 'unknown'] as const
const mk = (i: number) => ({ id: `A${i + 1}`, ref: String(i + 1), title: `Hold a technician showcase event in faculty ${i % 40} and publish the outcomes`, description: 'Work with the Technical Managers Forum to run an annual event that makes technical staff visible.', section: `Theme ${1 + (i % 12)}`, pillars: i % 3 ? ['V', 'C'] : ['S'], pillarsText: 'V, C', owners: ['SRM'], ownersText: 'SRM',
  target: { text: '2019-03-04', kind: 'due', start: '2019-03-04', end: '2019-03-04', due: `20${18 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`, precision: 'day', confidence: 1, warnings: [], parts: [], alternatives: [] },
  successMeasures: ['Event held', 'Attendance above 60 %'], status: { text: 'x', state: STATES[i % 6], completedOn: null, percent: null, reportedRag: null, note: null }, notes: null, updates: [], extra: [{ column: 'Budget', value: String(i) }] })
const plan = { id: 'bench', institution: 'U', title: 'T', period: { text: '2018–2021', start: '2018-01-01', end: '2021-12-31' }, taxonomy: 'technician-commitment', dateContext: {}, actions: Array.from({ length: 100000 }, (_, i) => mk(i)) } as any
const dir = mkdtempSync(join(tmpdir(), 'p4-'))
for (let r = 0; r < 4; r++) {
  const store = openSqlitePlanStore({ filename: join(dir, `${r}.db`), now: () => '2019-06-30T12:00:00.000Z' })
  const c = process.cpuUsage(); await store.savePlan(plan); const u = process.cpuUsage(c); console.log(((u.user + u.system) / 1000).toFixed(0)); await store.close()
}
