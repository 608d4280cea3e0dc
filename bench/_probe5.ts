import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { PerformanceObserver } from 'node:perf_hooks'
import { readCsvRowsSync, importCsvPlan } from '../packages/adapter-csv/src/index'
import { tableToPlan } from '../packages/core/src/index'
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
let gcMs = 0
new PerformanceObserver((l) => { for (const e of l.getEntries()) gcMs += e.duration }).observe({ entryTypes: ['gc'] })
const HEADER = ['No.','Action','Description','Pillar','Responsible','Target date','Success measure','Status','Notes']
const TARGETS = ['Dec. 2019','Q3 2020','Ongoing','Summer 2020','31/03/2021','Year 2','Sept. 18','2019-2020']
const STATUSES = ['In progress','Complete','Not started','On hold','Complete - June 2019','']
const PILLARS = ['V','R, C','Visibility','C, S','V, R, C, S','Career Development']
const OWNERS = ['HR / Faculty Managers','Technical Forum','SRM','Head of Technical Services; OD','Jo Bloggs']
const row = (i: number) => [String(i), `Establish a technician network for area ${i % 97}, with "termly" meetings`, i % 4 === 0 ? 'Hold termly meetings across faculties,\nshare minutes on the intranet' : 'Publish case studies', PILLARS[i % 6]!, OWNERS[i % 5]!, TARGETS[i % 8]!, 'Network launched; 50% of technicians attend', STATUSES[i % 6]!, i % 10 === 0 ? 'Delayed by lab refurbishment' : '']
const q = (c: string[]) => `${c.map((x) => `"${x.replaceAll('"', '""')}"`).join(',')}\r\n`
const N = Number(process.argv[2] ?? 100000)
const parts = [`\uFEFF${q(HEADER)}`]; for (let i = 1; i <= N; i++) parts.push(q(row(i)))
const bytes = new TextEncoder().encode(parts.join(''))
const res: Record<string, number[]> = { read: [], table: [], full: [], readGc: [], tableGc: [], fullGc: [], readCpu: [], tableCpu: [], fullCpu: [] }
const cpuMs = (u: { user: number; system: number }) => (u.user + u.system) / 1000
for (let r = 0; r < Number(process.argv[3] ?? 6); r++) {
  gc(); await new Promise((r) => setTimeout(r, 10)); let g = gcMs; let t = performance.now(); let cpu = process.cpuUsage()
  const rows = readCsvRowsSync(bytes).rows
  res.read.push(performance.now() - t); res.readCpu.push(cpuMs(process.cpuUsage(cpu))); await new Promise((r) => setTimeout(r, 10)); res.readGc.push(gcMs - g)
  g = gcMs; t = performance.now(); cpu = process.cpuUsage()
  const p = tableToPlan(rows)
  res.table.push(performance.now() - t); res.tableCpu.push(cpuMs(process.cpuUsage(cpu))); await new Promise((r) => setTimeout(r, 10)); res.tableGc.push(gcMs - g)
  if (p.plan.actions.length !== N) throw new Error('n')
  gc(); await new Promise((r) => setTimeout(r, 10)); g = gcMs; t = performance.now(); cpu = process.cpuUsage()
  const f = await importCsvPlan(bytes)
  res.full.push(performance.now() - t); res.fullCpu.push(cpuMs(process.cpuUsage(cpu))); await new Promise((r) => setTimeout(r, 10)); res.fullGc.push(gcMs - g)
}
const med = (x: number[]) => Math.min(...x.slice(1)).toFixed(0)
console.log(Object.entries(res).map(([k, v]) => `${k} ${med(v)}`).join('  '))
