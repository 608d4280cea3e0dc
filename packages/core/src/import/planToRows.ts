import type { Action } from '../model/action'
import type { Plan } from '../model/plan'
import { parseOwners } from '../owners/parseOwners'
import { parseStatus } from '../status/parseStatus'
import {
  canonicalColumns,
  canonicalLinkColumns,
  canonicalOptionalColumns,
  canonicalPlanLabels,
  canonicalReadingColumns,
  StatusAsRead,
} from './canonicalColumns'

// What a status holds besides its text, in the schema's order: the keys a Status (as read) cell writes.
const statusKeys = StatusAsRead.keyof().options

/**
 * Writes a plan as a table in techcommit's canonical layout: a header row (`Id, Ref, Title, Description,
 * Section, Pillars, Owners, Target, Target column, Success measures, Status, Notes, Updates`, then
 * `Continues plan, Continues action` when any action continues an earlier plan's action, then
 * `Owners (as read)` and `Status (as read)` each when some action needs it, then one column per `extra` field),
 * one row per action, then a blank row and the plan's details as `Label | value` rows (id, title, institution,
 * period, taxonomy, date context, stage, signed on, previous plan id). Every row has the header's width.
 *
 * Parsed fields are written as their text (`pillarsText`, `ownersText`, `target.text`, `status.text`). An
 * ordinary table's owner and status cells are read further than the parsers read that text ("HR (lead)" is
 * owner "HR"; a status written as prose is complete): for such an action the owners (a JSON list) or the status
 * without its text (a JSON object) are also written in the as-read column, which `tableToPlan` prefers to the
 * text. So `tableToPlan(planToRows(plan))` gives back the same plan for every plan built with the parsers and
 * every plan `tableToPlan` produced; a plan that needs none of the optional columns is written as before them.
 * Success measures are one per line; updates are JSON.
 *
 * @example
 * const rows = planToRows(plan)
 * rows[0]?.slice(0, 3) // ['Id', 'Ref', 'Title']
 * tableToPlan(rows).plan // deep-equals plan
 */
export function planToRows(plan: Plan): string[][] {
  const slots = extraSlots(plan)
  const readings = plan.actions.map(readingCells)
  const wanted = {
    links: plan.actions.some((action) => action.continues !== undefined),
    owners: readings.some((cells) => cells.owners !== ''),
    status: readings.some((cells) => cells.status !== ''),
  }
  const optional = optionalColumns(
    wanted,
    slots.map((slot) => slot.name),
  )
  const header = [
    ...canonicalColumns.map((column) => column.header),
    ...(optional.links ? canonicalLinkColumns : []),
    ...(optional.owners ? [canonicalReadingColumns.owners] : []),
    ...(optional.status ? [canonicalReadingColumns.status] : []),
    ...slots.map((slot) => slot.name),
  ]
  const width = header.length
  const rows: string[][] = [header]

  plan.actions.forEach((action, index) => {
    const extraCells = slots.map(() => '')
    const seen = new Map<string, number>()
    for (const field of action.extra) {
      const occurrence = seen.get(field.column) ?? 0
      seen.set(field.column, occurrence + 1)
      const slot = slots.findIndex((s) => s.name === field.column && s.occurrence === occurrence)
      if (slot >= 0) extraCells[slot] = field.value
    }
    const reading = readings[index]!
    rows.push([
      action.id,
      action.ref ?? '',
      action.title,
      action.description ?? '',
      action.section ?? '',
      action.pillarsText !== '' ? action.pillarsText : action.pillars.join(', '),
      reading.ownersText,
      action.target.text,
      action.target.column ?? '',
      action.successMeasures.join('\n'),
      action.status.text,
      action.notes ?? '',
      action.updates.length > 0 ? JSON.stringify(action.updates) : '',
      ...(optional.links ? [action.continues?.planId ?? '', action.continues?.actionId ?? ''] : []),
      ...(optional.owners ? [reading.owners] : []),
      ...(optional.status ? [reading.status] : []),
      ...extraCells,
    ])
  })

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

// The Owners cell (the owners' text, or the owners joined with "/" when there is none) and, for an action whose
// owners or status the plain parsers would not read back from that text and the status text, the reading itself
// as JSON for the "as read" columns; '' when the text reads back as it is.
function readingCells(action: Action): { ownersText: string; owners: string; status: string } {
  const ownersText = action.ownersText !== '' ? action.ownersText : action.owners.join(' / ')
  const reread = ownersText === '' ? [] : parseOwners(ownersText).owners
  const plain = parseStatus(action.status.text)
  const sameStatus = statusKeys.every((key) => plain[key] === action.status[key])
  const sameOwners =
    reread.length === action.owners.length && reread.every((owner, i) => owner === action.owners[i])
  return {
    ownersText,
    owners: sameOwners ? '' : JSON.stringify(action.owners),
    status: sameStatus ? '' : JSON.stringify(action.status, statusKeys),
  }
}

// The optional columns to write: those some action needs, and more when the first extra columns carry their
// names (each is then written, empty if unneeded, in front of them, so that they come back as extra columns).
// The reader takes optional columns in a fixed order, so each pass adds the one it would take by mistake.
function optionalColumns(
  wanted: { links: boolean; owners: boolean; status: boolean },
  extraNames: readonly string[],
): { links: boolean; owners: boolean; status: boolean } {
  const chosen = { ...wanted }
  for (;;) {
    const written = [
      ...(chosen.links ? canonicalLinkColumns : []),
      ...(chosen.owners ? [canonicalReadingColumns.owners] : []),
      ...(chosen.status ? [canonicalReadingColumns.status] : []),
    ]
    const found = canonicalOptionalColumns([
      ...canonicalColumns.map((column) => column.header),
      ...written,
      ...extraNames.slice(0, 4),
    ])
    if (found.links !== null && !chosen.links) chosen.links = true
    else if (found.owners !== null && !chosen.owners) chosen.owners = true
    else if (found.status !== null && !chosen.status) chosen.status = true
    else return chosen
  }
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
