import { parseTargetDate } from '../work/main/packages/core/src/dates/parseTargetDate'
const ctx = JSON.parse(process.argv[2] ?? '{}')
for (const t of process.argv.slice(3)) {
  const r = parseTargetDate(t, ctx)
  console.log(JSON.stringify(t), '→', r.kind, r.start, r.due, r.precision, r.confidence, JSON.stringify(r.warnings), r.parts.length ? JSON.stringify(r.parts.map(p=>[p.text,p.kind,p.due,p.warnings])) : '', r.alternatives.length? 'alt:'+r.alternatives.map(a=>a.due).join(','):'')
}
