import { streamPlan, validatePlan } from '../packages/core/src/model/validatePlan'
import { streamStorablePlan } from '../packages/core/src/store/parseStorablePlan'
const STATES = ['not-started', 'in-progress', 'complete', 'ongoing', 'on-hold', 'unknown'] as const
const mk = (i: number) => ({ id: `A${i + 1}`, ref: String(i + 1), title: `Hold a technician showcase event in faculty ${i % 40} and publish the outcomes`, description: 'Work with the Technical Managers Forum to run an annual event that makes technical staff visible.', section: `Theme ${1 + (i % 12)}`, pillars: i % 3 ? ['V', 'C'] : ['S'], pillarsText: 'V, C', owners: ['SRM'], ownersText: 'SRM',
  target: { text: '2019-03-04', kind: 'due', start: '2019-03-04', end: '2019-03-04', due: `20${18 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`, precision: 'day', confidence: 1, warnings: [], parts: [], alternatives: [] },
  successMeasures: ['Event held', 'Attendance above 60 %'], status: { text: 'x', state: STATES[i % 6], completedOn: null, percent: null, reportedRag: null, note: null }, notes: null, updates: [], extra: [{ column: 'Budget', value: String(i) }] })
const plan = { id: 'bench', institution: 'U', title: 'T', period: { text: '2018–2021', start: '2018-01-01', end: '2021-12-31' }, taxonomy: 'technician-commitment', dateContext: {}, actions: Array.from({ length: 100000 }, (_, i) => mk(i)) } as any
const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000 }
const t = (name: string, f: () => unknown) => { const c = cpu(); f(); return cpu() - c }
const res: Record<string, number[]> = {}
let sink = 0
for (let r = 0; r < 8; r++) {
  for (const [name, f] of Object.entries({
    validatePlan: () => validatePlan(plan),
    streamPlan: () => streamPlan(plan, { header: () => {}, action: (a) => { sink += a.id.length } }),
    streamStorable: () => streamStorablePlan(plan, { header: () => {}, action: (a) => { sink += a.id.length } }),
    stringifyOnly: () => { for (const a of plan.actions) sink += JSON.stringify(a).length },
    streamStorable_stringify: () => streamStorablePlan(plan, { header: () => {}, action: (a) => { sink += JSON.stringify(a).length } }),
  })) (res[name] ??= []).push(t(name, f))
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(26), v.sort((a, b) => a - b)[4]!.toFixed(0), v.map((x) => x.toFixed(0)).join(' '))
const res2: Record<string, number[]> = {}
const re = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
for (let r = 0; r < 8; r++) {
  for (const [name, f] of Object.entries({
    streamPlan: () => streamPlan(plan, { header: () => {}, action: (a) => { sink += a.id.length } }),
    streamSet: () => { const s = new Set<string>(); streamPlan(plan, { header: () => {}, action: (a) => { if (s.has(a.id)) sink++; s.add(a.id) } }) },
    streamRe: () => { streamPlan(plan, { header: () => {}, action: (a) => { if (re.test(a.id)) sink++ } }) },
    streamWf: () => { streamPlan(plan, { header: () => {}, action: (a) => { if (!(a.id as any).isWellFormed()) sink++ } }) },
  })) (res2[name] ??= []).push(t(name, f))
}
for (const [k, v] of Object.entries(res2)) console.log(k.padEnd(26), v.sort((a, b) => a - b)[4]!.toFixed(0), v.map((x) => x.toFixed(0)).join(' '))
