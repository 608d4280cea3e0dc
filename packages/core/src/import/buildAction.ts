import type { Action, ExtraField } from '../model/action'
import type { Status } from '../model/status'
import type { DateContext, TargetDate, TargetDateReading } from '../model/targetDate'
import type { Taxonomy } from '../model/taxonomySchema'
import type { ResolvedPillars } from '../taxonomy/resolvePillars'
import { cleanCellText, collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'
import { combineTargetParts } from './combineTargetParts'
import { createImportIssue } from './createImportIssue'
import type { ImportIssue } from '../model/importIssue'
import type { ParseCache } from './createParseCache'
import type { DraftCells } from './DraftCells'

/** A target cell under a year column. */
export interface DraftYearCell {
  readonly label: string
  readonly year: number | null
  readonly text: string
  readonly column: number
}

/** Everything read for one action before its fields are parsed. */
export interface ActionDraft {
  /** 1-based row the action starts on. */
  readonly row: number
  /** Canonical layout: cells are taken exactly as written, with no tidying. */
  readonly verbatim: boolean
  readonly section: string | null
  /** The mapped fields' cells (continuation rows append to them). */
  readonly cells: DraftCells
  readonly flags: { readonly header: string; value: string; readonly column: number }[]
  readonly years: DraftYearCell[]
  readonly extra: { readonly name: string; value: string; readonly column: number }[]
  /** The pillar of the grid block the action sat in. */
  readonly blockPillar: { readonly code: string; readonly header: string } | null
  /** No pillar column: read pillars from the description's prose (a "Rationale" column). */
  readonly pillarsFromDescription: boolean
}

/** What {@link buildAction} needs besides the draft. */
export interface BuildActionContext {
  readonly taxonomy: Taxonomy
  readonly dateContext: DateContext
  /** Where problems go; past its cap they are only counted. */
  readonly issues: ImportIssue[]
  /** The parsers, remembered per distinct text (see {@link createParseCache}). */
  readonly parse: ParseCache
}

/**
 * Turns a draft into an action by handing each cell to its parser: `parseTargetDate` with the plan's date
 * context (and the year column's label), `parseStatus`, `parseOwners` and `resolvePillars`. Every parsed field
 * keeps its text. Problems a reader should fix (an unreadable date, an unknown pillar) are added to
 * `context.issues` as warnings. The id is left empty for `tableToPlan` to fill in once every action's ref is
 * known (ids are unique over the whole plan); it is the first key so the finished action has the model's key
 * order without being copied. The parsers' results come from a cache shared by many actions, so each action
 * gets its own copy of them.
 *
 * @example
 * buildAction(draft, { taxonomy: technicianCommitment, dateContext: {}, issues: [], parse }).title
 */
export function buildAction(draft: ActionDraft, context: BuildActionContext): Action {
  const description = nullable(multiLine(draft, 'description'))
  const sectionCell = draft.cells.has('section') ? nullable(oneLine(draft, 'section')) : null
  const pillars = readPillars(draft, description, context)
  let ownersText: string
  let owners: string[]
  let statusText: string
  let status: Status
  if (draft.verbatim) {
    ownersText = draft.cells.text('owners')
    owners = ownersText === '' ? [] : copyList(context.parse.owners(ownersText).owners)
    statusText = draft.cells.text('status')
    status = context.parse.status(statusText)
  } else {
    // Tidied and parsed in one lookup per cell (see ParseCache.ownersCell).
    const ownersCell = context.parse.ownersCell(draft.cells.text('owners'))
    ownersText = ownersCell.text
    owners = ownersText === '' ? [] : copyList((ownersCell.value ?? context.parse.owners(ownersText)).owners)
    const statusCell = context.parse.statusCell(draft.cells.text('status'))
    statusText = statusCell.text
    status = statusCell.value ?? context.parse.status(statusText)
  }
  const target = readTarget(draft, context)
  const successText = multiLine(draft, 'successMeasures')

  if (target.kind === 'unknown' && hasText(target.text)) {
    const cell = draft.cells.cell('target') ?? draft.years[0]
    context.issues.push(
      createImportIssue(
        'unreadable-date',
        'warning',
        draft.row,
        cell ? cell.column + 1 : null,
        cell && 'header' in cell ? cell.header : (cell?.label ?? null),
        `The target "${clip(target.text)}" is not a date techcommit can read, so the action counts as not dated. Write it like "March 2020", "Q2 2020", "By end of June 2019" or "On-going" (the text is kept as written).`,
      ),
    )
  }
  if (status.state === 'unknown' && hasText(statusText)) {
    const cell = draft.cells.cell('status')!
    context.issues.push(
      createImportIssue(
        'unreadable-status',
        'info',
        draft.row,
        cell.column + 1,
        cell.header,
        `The status "${clip(statusText)}" was not recognised, so its state is "unknown". Words like "Not started", "In progress", "Complete (16/04/18)" or "On hold" are read.`,
      ),
    )
  }

  const extra: ExtraField[] = []
  for (const item of draft.extra) {
    const value = draft.verbatim ? item.value : item.value.trim()
    if (value !== '') extra.push({ column: item.name, value })
  }

  const ref = nullable(oneLine(draft, 'ref'))
  return {
    id: '',
    ref,
    title: oneLine(draft, 'title'),
    description,
    section: sectionCell ?? draft.section,
    pillars: pillars.codes,
    pillarsText: pillars.text,
    owners,
    ownersText,
    target: copyTarget(target),
    successMeasures: splitLines(successText),
    status: copyStatus(status),
    notes: nullable(multiLine(draft, 'notes')),
    updates: [],
    extra,
  }
}

function multiLine(draft: ActionDraft, field: ColumnField): string {
  const text = draft.cells.text(field)
  return draft.verbatim || text === '' ? text : cleanCellText(text)
}

// Without a tag or an entity, tidying a cell and then collapsing it is the same as collapsing it.
const markup = /[<&]/

function oneLine(draft: ActionDraft, field: ColumnField): string {
  const text = draft.cells.text(field)
  if (draft.verbatim) return text
  return collapseWhitespace(markup.test(text) ? cleanCellText(text) : text)
}

function splitLines(text: string): string[] {
  if (text === '') return []
  if (!text.includes('\n')) return hasText(text) ? [text] : []
  return text.split('\n').filter(hasText)
}

/** Target cells are tidied without HTML decoding; one shared options object rather than one per cell. */
const noHtml = { html: false } as const

function nullable(text: string): string | null {
  return text === '' ? null : text
}

function readPillars(
  draft: ActionDraft,
  description: string | null,
  context: BuildActionContext,
): { codes: string[]; text: string } {
  let resolved: ResolvedPillars | null = null
  if (draft.cells.has('pillars')) {
    let text: string
    if (draft.verbatim) {
      text = draft.cells.text('pillars')
      if (!hasText(text)) return { codes: [], text }
      resolved = context.parse.pillars(text)
    } else {
      const cell = context.parse.pillarsCell(draft.cells.text('pillars'))
      text = cell.text
      if (cell.value === null) return { codes: [], text }
      resolved = cell.value
    }
    const { unresolved } = resolved
    if (unresolved.length > 0) {
      const cell = draft.cells.cell('pillars')!
      context.issues.push(
        createImportIssue(
          'unresolved-pillar',
          'warning',
          draft.row,
          cell.column + 1,
          cell.header,
          `"${clip(unresolved.join(', '))}" is not a pillar of ${context.taxonomy.name}. Use the pillar names or codes (${context.taxonomy.pillars.map((p) => `${p.code} ${p.name}`).join(', ')}), or pass a taxonomy that has it.`,
        ),
      )
    }
    return { codes: copyList(resolved.codes), text }
  }
  if (draft.blockPillar) {
    return readableText([draft.blockPillar.code], draft.blockPillar.header, context)
  }
  if (draft.flags.length > 0) {
    const flags = draft.flags.map((flag) => ({ header: flag.header, value: flag.value.trim() }))
    if (flags.every((flag) => flag.value === '')) return { codes: [], text: '' }
    resolved = context.parse.pillars(flags)
    const { unresolved } = resolved
    if (unresolved.length > 0) {
      const first = draft.flags[0]!
      context.issues.push(
        createImportIssue(
          'unresolved-pillar',
          'warning',
          draft.row,
          first.column + 1,
          first.header,
          `The pillar flags "${clip(unresolved.join('; '))}" were not read as ticks. Mark a pillar with "Y", "x" or "✓" and leave the others empty.`,
        ),
      )
    }
    return readableText(copyList(resolved.codes), resolved.text, context)
  }
  if (draft.pillarsFromDescription && description !== null) {
    resolved = context.parse.pillars(description)
    return { codes: copyList(resolved.codes), text: resolved.codes.length > 0 ? description : '' }
  }
  return { codes: [], text: '' }
}

// pillarsText must read back as the same codes, or the canonical export would not re-import to the same plan;
// when a summary (of odd flags) reads differently, the codes themselves are the text.
function readableText(
  codes: string[],
  text: string,
  context: BuildActionContext,
): { codes: string[]; text: string } {
  const again = context.parse.pillars(text).codes
  const same = again.length === codes.length && again.every((code, i) => code === codes[i])
  return { codes, text: same ? text : codes.join(', ') }
}

function readTarget(draft: ActionDraft, context: BuildActionContext): TargetDate {
  if (draft.years.length > 0) {
    const filled = draft.years.filter((cell) => cell.text.trim() !== '')
    if (filled.length === 0) return context.parse.targetDate('', context.dateContext)
    const parts = filled.map((cell) => {
      const text = draft.verbatim ? cell.text : cleanCellText(cell.text, noHtml)
      return readUnderColumn(text, cell.label, cell.year, context)
    })
    if (parts.length === 1) return parts[0]!
    return context.parse.checkTarget(
      combineTargetParts(
        parts.map((part) => part.text).join(' / '),
        filled.map((cell) => cell.label).join(' / '),
        parts,
      ),
    )
  }
  const cellText = draft.cells.text('target')
  const columnText = draft.cells.text('targetColumn')
  const column = draft.verbatim ? columnText : collapseWhitespace(columnText)
  if (column === '' && !draft.verbatim) {
    const cell = context.parse.targetCell(cellText, context.dateContext)
    return cell.value ?? context.parse.targetDate(cell.text, context.dateContext)
  }
  const text = draft.verbatim ? cellText : cleanCellText(cellText, noHtml)
  if (column === '') return context.parse.targetDate(text, context.dateContext)
  // The canonical export writes a multi-column target as "Q2 / Q.E" under "Year 1 / Year 2".
  const texts = text.split(' / ')
  const columns = column.split(' / ')
  if (texts.length > 1 && texts.length === columns.length) {
    return context.parse.checkTarget(
      combineTargetParts(
        text,
        column,
        texts.map((part, i) => readUnderColumn(part, columns[i]!, null, context)),
      ),
    )
  }
  return readUnderColumn(text, column, null, context)
}

const calendarYear = /^(?:19|20)\d{2}$/

function readUnderColumn(
  text: string,
  label: string,
  year: number | null,
  build: BuildActionContext,
): TargetDate {
  const context: DateContext = { ...build.dateContext, column: label }
  const fixedYear = year ?? (calendarYear.test(label) ? Number(label) : null)
  if (fixedYear !== null) context.yearLabels = { ...build.dateContext.yearLabels, [label]: fixedYear }
  const target = build.parse.targetDate(text, context)
  // Valid by construction: a checked target with a string label added.
  return { ...target, column: label }
}

// Field-by-field copies of the model's objects (the cache's values are zod's output, so they hold exactly the
// schema's keys): a fresh object and fresh arrays for every action, much cheaper than a zod parse.
function copyReading(reading: TargetDateReading): TargetDateReading {
  const copy: TargetDateReading = {
    text: reading.text,
    kind: reading.kind,
    start: reading.start,
    end: reading.end,
    due: reading.due,
    precision: reading.precision,
    confidence: reading.confidence,
    warnings: copyList(reading.warnings),
  }
  if (reading.column !== undefined) copy.column = reading.column
  return copy
}

function copyTarget(target: TargetDate): TargetDate {
  // Most targets have neither; `[]` is much cheaper than mapping an empty array. No shared (frozen) empty
  // arrays: every action owns all of its objects, as the validation tests require.
  const parts = target.parts.length === 0 ? [] : target.parts.map(copyReading)
  const alternatives = target.alternatives.length === 0 ? [] : target.alternatives.map(copyReading)
  const { text, kind, start, end, due, precision, confidence, column } = target
  const warnings = copyList(target.warnings)
  // Keys in the schema's order, as zod would give them, with `column` only when present.
  return column === undefined
    ? { text, kind, start, end, due, precision, confidence, warnings, parts, alternatives }
    : { text, kind, start, end, due, precision, confidence, warnings, column, parts, alternatives }
}

/**
 * A fresh copy of a short list of strings. Short lists are built as array literals: V8 tracks a literal's
 * allocation site, sees that the copies all outlive the import, and allocates them straight in the old
 * generation instead of copying each one out of the young generation later (`slice()` has no such site).
 */
function copyList(list: readonly string[]): string[] {
  switch (list.length) {
    case 0:
      return []
    case 1:
      return [list[0]!]
    case 2:
      return [list[0]!, list[1]!]
    case 3:
      return [list[0]!, list[1]!, list[2]!]
    case 4:
      return [list[0]!, list[1]!, list[2]!, list[3]!]
    default:
      return list.slice()
  }
}

function copyStatus(status: Status): Status {
  return {
    text: status.text,
    state: status.state,
    completedOn: status.completedOn,
    percent: status.percent,
    reportedRag: status.reportedRag,
    note: status.note,
  }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat
}
