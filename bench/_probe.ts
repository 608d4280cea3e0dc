import { Plan } from '../packages/core/src/model/plan'
import { validatePlan } from '../packages/core/src/model/validatePlan'
import { parseStorablePlan } from '../packages/core/src/store/parseStorablePlan'
const STATES = ['not-started', 'in-progress', 'complete', 'ongoing', 'on-hold', 'unknown'] as const
const mk = (i: number) => ({ id: `A${i + 1}`, ref: String(i + 1), title: `Hold a technician showcase event in faculty ${i % 40} and publish the outcomes`, description: 'Work with the Technical Managers Forum to run an annual event that makes technical staff visible.', section: `Theme ${1 + (i % 12)}`, pillars: ['V', 'C'], pillarsText: 'V, C', owners: ['SRM'], ownersText: 'SRM',
  target: { text: '2019-03-04', kind: 'due', start: '2019-03-04', end: '2019-03-04', due: '2019-03-04', precision: 'day', confidence: 1, warnings: [], parts: [], alternatives: [] },
  successMeasures: ['Event held', 'Attendance above 60 %'], status: { text: 'x', state: STATES[i % 6], completedOn: null, percent: null, reportedRag: null, note: null }, notes: null, updates: [], extra: [{ column: 'Budget', value: String(i) }] })
const plan = { id: 'bench', institution: 'U', title: 'T', period: { text: '2018–2021', start: '2018-01-01', end: '2021-12-31' }, taxonomy: 'technician-commitment', dateContext: {}, actions: Array.from({ length: 100000 }, (_, i) => mk(i)) }
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000 }
const t = (name: string, f: () => unknown) => { const c = cpu(); const w = performance.now(); f(); console.log(name, (cpu() - c).toFixed(0), (performance.now() - w).toFixed(0)) }
for (let r = 0; r < 4; r++) {
  t('zod', () => Plan.safeParse(plan))
  t('validatePlan', () => validatePlan(plan))
  t('parseStorable', () => parseStorablePlan(plan))
  t('stringify', () => { for (const a of plan.actions) JSON.stringify(a) })
}
