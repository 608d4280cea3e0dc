import { readCsvRowsSync } from '../packages/adapter-csv/src/index'
import { tableToPlan } from '../packages/core/src/index'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const HEADER = ['No.','Action','Description','Pillar','Responsible','Target date','Success measure','Status','Notes']
const TARGETS = ['Dec. 2019','Q3 2020','Ongoing','Summer 2020','31/03/2021','Year 2','Sept. 18','2019-2020']
const STATUSES = ['In progress', 'Complete', 'Not started', 'On hold', 'Complete - June 2019', '']
const PILLARS = ['V', 'R, C', 'Visibility', 'C, S', 'V, R, C, S', 'Career Development']
const OWNERS = ['HR / Faculty Managers','Technical Forum','SRM','Head of Technical Services; OD','Jo Bloggs']
function row(i: number): string[] { return [String(i),`Establish a technician network for area ${i % 97}, with "termly" meetings`, i % 4 === 0 ? 'Hold termly meetings across faculties,\nshare minutes on the intranet' : 'Publish case studies', PILLARS[i % PILLARS.length]!, OWNERS[i % OWNERS.length]!, TARGETS[i % TARGETS.length]!, 'Network launched; 50% of technicians attend', STATUSES[i % STATUSES.length]!, i % 10 === 0 ? 'Delayed by lab refurbishment' : ''] }
const quoteRow = (cells: readonly string[]): string => `${cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')}\r\n`
const parts = [`\uFEFF${quoteRow(HEADER)}`]
for (let i = 1; i <= 100000; i++) parts.push(quoteRow(row(i)))
const bytes = new TextEncoder().encode(parts.join(''))
const rd: number[] = [], tp: number[] = []
for (let r = 0; r < 8; r++) {
  gc(); let t = performance.now(); const read = readCsvRowsSync(bytes); rd.push(performance.now() - t)
  t = performance.now(); const res = tableToPlan(read.rows); tp.push(performance.now() - t)
  if (res.plan.actions.length !== 100000) throw new Error('x')
}
rd.sort((a,b)=>a-b); tp.sort((a,b)=>a-b)
console.log('read', rd.map(x=>x.toFixed(0)).join(' '), '\ntableToPlan', tp.map(x=>x.toFixed(0)).join(' '))
