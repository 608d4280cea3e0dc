import type { Plan } from '../model/plan'
import { canonicalColumns, canonicalLinkColumns, canonicalPlanLabels } from './canonicalColumns'

/**
 * Writes a plan as a table in techcommit's canonical layout: a header row (`Id, Ref, Title, Description,
 * Section, Pillars, Owners, Target, Target column, Success measures, Status, Notes, Updates`, then
 * `Continues plan, Continues action` when any action continues an earlier plan's action, then one column per
 * `extra` field), one row per action, then a blank row and the plan's details as `Label | value` rows
 * (id, title, institution, period, taxonomy, date context, stage, signed on, previous plan id). Every row has
 * the header's width.
 *
 * Parsed fields are written as their text (`pillarsText`, `ownersText`, `target.text`, `status.text`), so
 * `tableToPlan(planToRows(plan))` gives back the same plan whenever the plan's parsed values are what its texts
 * read as — true of every plan built with the parsers and of most plans `tableToPlan` produced. An ordinary table's
 * owner and status cells are read further than the parsers read them ("HR (lead)" is owner "HR", a status written as
 * prose); such an action comes back with the parsers' reading of its text. Success measures are one per line;
 * updates are JSON.
 *
 * @example
 * const rows = planToRows(plan)
 * rows[0]?.slice(0, 3) // ['Id', 'Ref', 'Title']
 * tableToPlan(rows).plan // deep-equals plan
 */
export function planToRows(plan: Plan): string[][] {
  const slots = extraSlots(plan)
  // Also when the first two extra columns happen to carry the link columns' names: written empty in front of
  // them, they keep those extra columns from being read back as links.
  const links =
    plan.actions.some((action) => action.continues !== undefined) ||
    (slots[0]?.name === canonicalLinkColumns[0] && slots[1]?.name === canonicalLinkColumns[1])
  const header = [
    ...canonicalColumns.map((column) => column.header),
    ...(links ? canonicalLinkColumns : []),
    ...slots.map((slot) => slot.name),
  ]
  const width = header.length
  const rows: string[][] = [header]

  for (const action of plan.actions) {
    const extraCells = slots.map(() => '')
    const seen = new Map<string, number>()
    for (const field of action.extra) {
      const occurrence = seen.get(field.column) ?? 0
      seen.set(field.column, occurrence + 1)
      const slot = slots.findIndex((s) => s.name === field.column && s.occurrence === occurrence)
      if (slot >= 0) extraCells[slot] = field.value
    }
    rows.push([
      action.id,
      action.ref ?? '',
      action.title,
      action.description ?? '',
      action.section ?? '',
      action.pillarsText !== '' ? action.pillarsText : action.pillars.join(', '),
      action.ownersText !== '' ? action.ownersText : action.owners.join(' / '),
      action.target.text,
      action.target.column ?? '',
      action.successMeasures.join('\n'),
      action.status.text,
      action.notes ?? '',
      action.updates.length > 0 ? JSON.stringify(action.updates) : '',
      ...(links ? [action.continues?.planId ?? '', action.continues?.actionId ?? ''] : []),
      ...extraCells,
    ])
  }

  const details: string[][] = [[canonicalPlanLabels.planId, plan.id]]
  if (plan.title !== null) details.push([canonicalPlanLabels.title, plan.title])
  if (plan.institution !== null) details.push([canonicalPlanLabels.institution, plan.institution])
  const { period } = plan
  if (period.text !== null || period.start !== null || period.end !== null) {
    details.push([canonicalPlanLabels.period, period.text ?? '', period.start ?? '', period.end ?? ''])
  }
  details.push([canonicalPlanLabels.taxonomy, plan.taxonomy])
  const context = plan.dateContext
  if (context.referenceDate !== undefined)
    details.push([canonicalPlanLabels.referenceDate, context.referenceDate])
  if (context.planStart !== undefined) details.push([canonicalPlanLabels.planStart, context.planStart])
  if (context.planEnd !== undefined) details.push([canonicalPlanLabels.planEnd, context.planEnd])
  for (const [label, year] of Object.entries(context.yearLabels ?? {})) {
    details.push([canonicalPlanLabels.yearLabel, label, String(year)])
  }
  if (context.academicYearStartMonth !== undefined) {
    details.push([canonicalPlanLabels.academicYearStartMonth, String(context.academicYearStartMonth)])
  }
  if (context.quarterBasis !== undefined)
    details.push([canonicalPlanLabels.quarterBasis, context.quarterBasis])
  if (context.column !== undefined) details.push([canonicalPlanLabels.dateColumn, context.column])
  if (plan.stage !== undefined) details.push([canonicalPlanLabels.stage, String(plan.stage)])
  if (plan.signedOn !== undefined) details.push([canonicalPlanLabels.signedOn, plan.signedOn])
  if (plan.previousPlanId !== undefined)
    details.push([canonicalPlanLabels.previousPlanId, plan.previousPlanId])

  rows.push([])
  rows.push(...details)
  return rows.map((row) =>
    row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row,
  )
}

// Slots are (column name, n-th use of that name in an action). Each action's fields give an order its slots
// must keep; the slots are sorted to honour all of them (a topological sort, ties by first use), so any plan
// whose actions agree on the order of their extra columns re-imports with every action's order intact.
function extraSlots(plan: Plan): { name: string; occurrence: number }[] {
  const keyOf = (name: string, occurrence: number) => JSON.stringify([name, occurrence])
  const slots = new Map<string, { name: string; occurrence: number; order: number }>()
  const after = new Map<string, Set<string>>()
  const incoming = new Map<string, number>()
  for (const action of plan.actions) {
    const seen = new Map<string, number>()
    let previous: string | null = null
    for (const field of action.extra) {
      const occurrence = seen.get(field.column) ?? 0
      seen.set(field.column, occurrence + 1)
      const key = keyOf(field.column, occurrence)
      if (!slots.has(key)) {
        slots.set(key, { name: field.column, occurrence, order: slots.size })
        after.set(key, new Set())
        incoming.set(key, 0)
      }
      if (previous !== null && !after.get(previous)!.has(key)) {
        after.get(previous)!.add(key)
        incoming.set(key, incoming.get(key)! + 1)
      }
      previous = key
    }
  }
  const result: { name: string; occurrence: number }[] = []
  const done = new Set<string>()
  while (done.size < slots.size) {
    const pending = [...slots.entries()].filter(([key]) => !done.has(key))
    // The first-used slot with nothing left before it; on a cycle (actions disagree), simply the first-used.
    const [key, slot] = pending.find(([k]) => incoming.get(k) === 0) ?? pending[0]!
    done.add(key)
    result.push({ name: slot.name, occurrence: slot.occurrence })
    for (const next of after.get(key)!) incoming.set(next, incoming.get(next)! - 1)
  }
  return result
}
