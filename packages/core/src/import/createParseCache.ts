import { z } from 'zod'
import { parseTargetDate } from '../dates/parseTargetDate'
import { Status } from '../model/status'
import { type DateContext, TargetDate } from '../model/targetDate'
import type { Taxonomy } from '../model/taxonomySchema'
import { type ParsedOwners, parseOwners } from '../owners/parseOwners'
import { parseStatus } from '../status/parseStatus'
import { cleanCellText, hasText } from '../text/cleanCellText'
import { type PillarInput, type ResolvedPillars, resolvePillars } from '../taxonomy/resolvePillars'

/** The parsers tableToPlan calls, remembered per distinct text for one import. */
export interface ParseCache {
  targetDate(text: string, context: DateContext): TargetDate
  status(text: string): Status
  owners(text: string): ParsedOwners
  pillars(input: PillarInput): ResolvedPillars
  /**
   * Checks a target built from parsed ones (several cells of one action joined) against the model's zod
   * schema, as every parser result is; returns zod's copy when it passes.
   */
  checkTarget(target: TargetDate): TargetDate
  /**
   * A raw cell of one of the columns whose cells repeat from row to row (owners, status, pillars, and targets
   * read with the plan's own date context), tidied with `cleanCellText` (targets without HTML decoding) and
   * parsed, remembered per raw text: one lookup per cell instead of a tidying scan and a lookup. `value` is null
   * when the tidied text is blank (nothing is parsed).
   */
  ownersCell(raw: string): CellReading<ParsedOwners>
  statusCell(raw: string): CellReading<Status>
  pillarsCell(raw: string): CellReading<ResolvedPillars>
  targetCell(raw: string, context: DateContext): CellReading<TargetDate>
  /** False once any parser result failed its zod schema: the plan must then be validated whole. */
  readonly valid: boolean
}

/** A cell's tidied text and what its parser made of it (null when the text is blank). */
export interface CellReading<T> {
  readonly text: string
  readonly value: T | null
}

const maxEntries = 20_000
// The model's `owners` and `pillars` fields.
const TextList = z.array(z.string())

/**
 * Plans repeat the same cells on many rows ("In progress", "Forum / SRM", "Q4"), so one import parses each
 * distinct text once. Each distinct result is validated with the model's zod schemas when it is first parsed
 * (`TargetDate`, `Status`, and the owner and pillar lists as `string[]`), and dates and statuses are handed out
 * as zod's checked copy, so `tableToPlan` need not check them again for every action that shares the text. A result
 * that fails its schema is kept as the parser gave it and clears `valid`, which makes `tableToPlan` validate
 * the whole plan with `Plan.safeParse` and report exactly where it fails. The cached results are shared
 * between calls: `buildAction` copies them into each action, so no two actions share an object. The date
 * context must not change during one import except for its `column` and `yearLabels`, which are part of the
 * key.
 *
 * @example
 * const cache = createParseCache(technicianCommitment)
 * cache.status('In progress') === cache.status('In progress') // true
 */
export function createParseCache(taxonomy: Taxonomy): ParseCache {
  const dates = new Map<string, TargetDate>()
  const statuses = new Map<string, Status>()
  const owners = new Map<string, ParsedOwners>()
  const pillarTexts = new Map<string, ResolvedPillars>()
  const pillarFlags = new Map<string, ResolvedPillars>()
  let valid = true
  const remember = <T>(map: Map<string, T>, key: string, make: () => T): T => {
    const hit = map.get(key)
    if (hit !== undefined) return hit
    const value = make()
    if (map.size < maxEntries) map.set(key, value)
    return value
  }
  const checkTarget = (target: TargetDate): TargetDate => {
    const checked = TargetDate.safeParse(target)
    if (checked.success) return checked.data
    valid = false
    return target
  }
  const checkStatus = (status: Status): Status => {
    const checked = Status.safeParse(status)
    if (checked.success) return checked.data
    valid = false
    return status
  }
  const checkLists = <T extends { readonly owners?: unknown; readonly codes?: unknown }>(result: T): T => {
    if (!TextList.safeParse(result.owners ?? result.codes).success) valid = false
    return result
  }
  const ownerCells = new Map<string, CellReading<ParsedOwners>>()
  const statusCells = new Map<string, CellReading<Status>>()
  const pillarCells = new Map<string, CellReading<ResolvedPillars>>()
  const targetCells = new Map<string, CellReading<TargetDate>>()
  const noHtml = { html: false } as const
  const read = <T>(raw: string, html: boolean, parse: (text: string) => T): CellReading<T> => {
    const text = html ? cleanCellText(raw) : cleanCellText(raw, noHtml)
    return { text, value: hasText(text) ? parse(text) : null }
  }
  const plainDates = new Map<string, TargetDate>()
  let plainContext: DateContext | null = null
  const cache: ParseCache = {
    targetDate: (text, context) => {
      // The plan's own context object (no column) is the common case: key on the text alone.
      if (plainContext === null && context.column === undefined) plainContext = context
      if (context === plainContext)
        return remember(plainDates, text, () => checkTarget(parseTargetDate(text, context)))
      const labels = context.yearLabels === undefined ? '' : JSON.stringify(context.yearLabels)
      return remember(dates, `${context.column ?? ''}\u0000${labels}\u0000${text}`, () =>
        checkTarget(parseTargetDate(text, context)),
      )
    },
    status: (text) => remember(statuses, text, () => checkStatus(parseStatus(text))),
    owners: (text) => remember(owners, text, () => checkLists(parseOwners(text))),
    pillars: (input) =>
      typeof input === 'string'
        ? remember(pillarTexts, input, () => checkLists(resolvePillars(input, taxonomy)))
        : remember(pillarFlags, JSON.stringify(input.map((f) => [f.header, f.value])), () =>
            checkLists(resolvePillars(input, taxonomy)),
          ),
    ownersCell: (raw) => remember(ownerCells, raw, () => read(raw, true, cache.owners)),
    statusCell: (raw) => remember(statusCells, raw, () => read(raw, true, cache.status)),
    pillarsCell: (raw) => remember(pillarCells, raw, () => read(raw, true, cache.pillars)),
    targetCell: (raw, context) => {
      if (plainContext === null && context.column === undefined) plainContext = context
      // Only the plan's own context is remembered per raw text (the same assumption as `targetDate`).
      if (context !== plainContext) return read(raw, false, (text) => cache.targetDate(text, context))
      return remember(targetCells, raw, () => read(raw, false, (text) => cache.targetDate(text, context)))
    },
    checkTarget,
    get valid() {
      return valid
    },
  }
  return cache
}
