import { readCsvRowsSync } from '../packages/adapter-csv/src/index'
import { tableToPlan } from '../packages/core/src/index'
const HEADER = ['No.','Action','Description','Pillar','Responsible','Target date','Success measure','Status','Notes']
const TARGETS = ['Dec. 2019','Q3 2020','Ongoing','Summer 2020','31/03/2021','Year 2','Sept. 18','2019-2020']
const STATUSES = ['In progress','Complete','Not started','On hold','Complete - June 2019','']
const PILLARS = ['V','R, C','Visibility','C, S','V, R, C, S','Career Development']
const OWNERS = ['HR / Faculty Managers','Technical Forum','SRM','Head of Technical Services; OD','Jo Bloggs']
const row = (i: number) => [String(i), `Establish a technician network for area ${i % 97}, with "termly" meetings`, i % 4 === 0 ? 'Hold termly meetings across faculties,\nshare minutes on the intranet' : 'Publish case studies', PILLARS[i % 6]!, OWNERS[i % 5]!, TARGETS[i % 8]!, 'Network launched; 50% of technicians attend', STATUSES[i % 6]!, i % 10 === 0 ? 'Delayed by lab refurbishment' : '']
const q = (c: string[]) => `${c.map((x) => `"${x.replaceAll('"', '""')}"`).join(',')}\r\n`
const N = 50000
const parts = [`\uFEFF${q(HEADER)}`]; for (let i = 1; i <= N; i++) parts.push(q(row(i)))
const rows = readCsvRowsSync(new TextEncoder().encode(parts.join(''))).rows
const ts: number[] = []
for (let r = 0; r < 25; r++) { const t = performance.now(); tableToPlan(rows); ts.push(performance.now() - t) }
console.log('min', Math.min(...ts).toFixed(0))
