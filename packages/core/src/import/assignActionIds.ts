import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { createImportIssue } from './createImportIssue'
import type { DraftCell } from './readDraftCells'

/** A character past ASCII (a UTF-16 unit of one, surrogates included). */
const pastAscii = /[\u0080-\uffff]/

/**
 * Makes a short, URL-safe slug: lower case ASCII letters and digits joined by single hyphens, at most 60
 * characters. Accents are dropped ("Évaluation" → "evaluation").
 *
 * @example
 * slugify('Completed Actions:') // 'completed-actions'
 */
export function slugify(text: string): string {
  // Most refs ("1", "V3") are already slugs; skip the Unicode normalisation for them.
  const plain = plainSlug(text)
  if (plain === 'lower') return text
  if (plain === 'mixed') return text.toLowerCase()
  const head = text.slice(0, 200)
  // ASCII text has no accents to drop: NFKD leaves it as it is.
  return (!pastAscii.test(head) ? head : head.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/**
 * Whether `/^[A-Za-z0-9]{1,60}$/` matches, by hand, as it runs for every action: `lower` when the text is already
 * its own slug (returned as it is, with no copy for the id set to hold), `mixed` when it has capitals.
 */
function plainSlug(text: string): 'lower' | 'mixed' | 'no' {
  if (text.length === 0 || text.length > 60) return 'no'
  let upper = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 65 && code <= 90) upper = true
    else if (!((code >= 48 && code <= 57) || (code >= 97 && code <= 122))) return 'no'
  }
  return upper ? 'mixed' : 'lower'
}

/** What an id is made from. */
export interface IdSource {
  /** An id the table already gives (the canonical layout's Id column), used as is when free. */
  readonly id: string | null
  readonly ref: string | null
  readonly section: string | null
}

/**
 * Gives every action a deterministic id, unique within the plan: the table's own id when it has one, else the
 * slug of the action's ref ("1", "v3"), else `action-<position>`. On a collision the section's slug is put in
 * front ("completed-actions-1", for a second table whose numbering restarts), then a numeric suffix ("-2").
 * The same table always gets the same ids.
 *
 * @example
 * assignActionIds([{ id: null, ref: '1', section: null }, { id: null, ref: '1', section: 'Completed Actions' }])
 * // ['1', 'completed-actions-1']
 */
export function assignActionIds(sources: readonly IdSource[]): string[] {
  // Explicit ids claim their names first, so a derived id never takes one that the table gives later.
  const assigner = createIdAssigner(
    sources.flatMap((source) => (source.id !== null && source.id !== '' ? [source.id] : [])),
  )
  return sources.map((source, index) => assigner.assign(source, index))
}

/** Assigns ids one action at a time, in plan order (see {@link assignActionIds}). */
export interface IdAssigner {
  /** The id of the action at 0-based `index`, given every earlier action's id was assigned by this call. */
  assign(source: IdSource, index: number): string
}

/**
 * The id assignment of {@link assignActionIds}, one action at a time: with no explicit ids (a table without an
 * Id column), `tableToPlan` gives each action its id as it is built, and gets the same ids as the whole-list
 * form. `explicit` are all the ids the table itself gives, which claim their names first.
 *
 * @example
 * const ids = createIdAssigner([])
 * ids.assign({ id: null, ref: '1', section: null }, 0) // '1'
 */
export function createIdAssigner(explicit: Iterable<string>): IdAssigner {
  const used = new Set<string>(explicit)
  // Only explicit ids need this: a derived id is never an explicit one (those are all in `used` already).
  const claimed = new Set<string>()
  // The next numeric suffix to try per stem, so a ref repeated on every row costs one step per row, not a
  // scan from "-2" each time.
  const nextSuffix = new Map<string, number>()
  // A section's slug, made once per section: every action of a table whose refs restart asks for it.
  const sectionSlugs = new Map<string, string>()
  const sectionSlug = (section: string): string => {
    let slug = sectionSlugs.get(section)
    if (slug === undefined) {
      slug = slugify(section)
      sectionSlugs.set(section, slug)
    }
    return slug
  }
  const take = (candidate: string): string => {
    used.add(candidate)
    return candidate
  }
  return {
    assign(source, index) {
      if (source.id !== null && source.id !== '' && !claimed.has(source.id)) {
        claimed.add(source.id)
        return source.id
      }
      const base = (source.ref !== null ? slugify(source.ref) : '') || `action-${index + 1}`
      if (!used.has(base)) return take(base)
      const section = source.section !== null ? sectionSlug(source.section) : ''
      const stem = section !== '' ? `${section}-${base}` : base
      if (stem !== base && !used.has(stem)) return take(stem)
      for (let n = nextSuffix.get(stem) ?? 2; ; n++) {
        const candidate = `${stem}-${n}`
        if (used.has(candidate)) continue
        nextSuffix.set(stem, n + 1)
        return take(candidate)
      }
    },
  }
}

/**
 * Gives each action its id when the table has an Id column: the id it asks for (`given`, null when its cell is
 * empty) where that is free, else one made by {@link assignActionIds}, with a `duplicate-id` warning naming
 * the row and column of an id already used.
 *
 * @example
 * assignGivenIds(actions, ['a', 'a'], [2, 3], idCells, issues) // ['a', 'a-2'] and one warning
 */
export function assignGivenIds(
  built: Action[],
  given: readonly (string | null)[],
  rows: readonly number[],
  idCells: ReadonlyMap<number, DraftCell>,
  issues: ImportIssue[],
): string[] {
  // The actions themselves are the id sources (ref, section, and for now the id the table gives, '' when none):
  // no second object per action.
  built.forEach((action, i) => {
    action.id = given[i] ?? ''
  })
  const ids = assignActionIds(built)
  ids.forEach((id, i) => {
    const wanted = given[i]
    if (wanted === null || wanted === undefined || wanted === id) return
    const row = rows[i]!
    const column = idCells.get(i)
    issues.push(
      createImportIssue(
        'duplicate-id',
        'warning',
        row,
        column ? column.column + 1 : null,
        column ? column.header : null,
        `The id "${wanted.slice(0, 60)}" on row ${row} is already used by an earlier action, so this action was given the id "${id}". Make every id unique.`,
      ),
    )
  })
  return ids
}
