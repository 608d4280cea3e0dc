import { parseTargetDate } from '../packages/core/src/dates/parseTargetDate'
const ctx = process.env.REF ? { referenceDate: process.env.REF } : undefined
for (const s of process.argv.slice(2)) {
  const r = parseTargetDate(s, ctx)
  console.log(
    JSON.stringify(s),
    r.kind,
    r.start,
    r.due,
    JSON.stringify(r.parts.map((p) => [p.kind, p.start, p.due])),
    r.warnings.join('; '),
  )
}
