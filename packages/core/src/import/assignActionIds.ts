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
  return text
    .slice(0, 200)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
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
  const used = createIdSet()
  for (const id of explicit) used.add(id)
  // Only explicit ids need this: a derived id is never an explicit one (those are all in `used` already).
  const claimed = new Set<string>()
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
      const section = source.section !== null ? slugify(source.section) : ''
      const stem = section !== '' ? `${section}-${base}` : base
      if (stem !== base && !used.has(stem)) return take(stem)
      for (let n = 2; ; n++) {
        const candidate = `${stem}-${n}`
        if (!used.has(candidate)) return take(candidate)
      }
    },
  }
}

/** A set of ids. */
interface IdSet {
  has(id: string): boolean
  add(id: string): void
}

/** Ids "0" to "999999" written plainly (no leading zero) are kept as flags in an array indexed by their value. */
const maxFlagged = 1_000_000

/**
 * Most ids are a plan's own numbers ("1" … "250", or 1 … 100,000 in a large export): those are kept as flags in
 * an array indexed by the number, the rest in a `Set`. Hashing 100,000 ids into a `Set` as a large import
 * builds its actions took a tenth of the import's time; an array of flags is filled in order and costs nearly
 * nothing. A plain number is never also a string key, so the two halves never disagree.
 */
function createIdSet(): IdSet {
  const strings = new Set<string>()
  let flags = new Uint8Array(1024)
  const numberOf = (id: string): number => {
    const length = id.length
    if (length === 0 || length > 6 || (length > 1 && id.charCodeAt(0) === 48)) return -1
    let value = 0
    for (let i = 0; i < length; i++) {
      const digit = id.charCodeAt(i) - 48
      if (digit < 0 || digit > 9) return -1
      value = value * 10 + digit
    }
    return value < maxFlagged ? value : -1
  }
  return {
    has(id) {
      const n = numberOf(id)
      return n < 0 ? strings.has(id) : n < flags.length && flags[n] === 1
    },
    add(id) {
      const n = numberOf(id)
      if (n < 0) {
        strings.add(id)
        return
      }
      if (n >= flags.length) {
        let size = flags.length
        while (size <= n) size *= 2
        const grown = new Uint8Array(Math.min(size, maxFlagged))
        grown.set(flags)
        flags = grown
      }
      flags[n] = 1
    },
  }
}
