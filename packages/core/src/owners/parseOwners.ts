import { collapseSpaces, prepareCellText, trimChars } from '../taxonomy/prepareCellText'
import { commaInDepartmentName } from './commaInDepartmentName'
import { commaInListedName } from './commaInListedName'
import { commaInPortfolio } from './commaInPortfolio'
import { commaJoinsOwner } from './commaJoinsOwner'
import { commaOpensRoleClause } from './commaOpensRoleClause'
import { dropRoleLabel } from './dropRoleLabel'
import { splitAtAnd } from './splitAtAnd'
import { splitCoOwners } from './splitCoOwners'
import { withoutHelpers } from './withoutHelpers'

/**
 * Owners read from a cell, with the original text.
 *
 * @example
 * ```ts
 * const read: ParsedOwners = parseOwners('Forum, CS') // { text: 'Forum, CS', owners: ['Forum', 'CS'], tentative: [] }
 * ```
 */
export interface ParsedOwners {
  /** The original text, exactly as it stood in the plan. */
  readonly text: string
  /** Each owner once, in the order written, as written ("Technical Staff Working Group (TBC)"). */
  readonly owners: string[]
  /** The owners of `owners` that the plan marks as not yet confirmed with "(TBC)", "(TBA)" or similar. */
  readonly tentative: string[]
}

/** Characters that separate owners, with the enumeration comma and full-width comma and semicolon Chinese and
 * Japanese lists use ("区财政局、区发改局"). Not `&` or "and", which `splitAtAnd` reads: "L & D" is one owner. */
const SEPARATORS: ReadonlySet<string> = new Set(['/', ',', ';', '\n', '|', '•', '·', '\t', '、', '，', '；'])
/** A cell that names nobody. */
const NOBODY =
  /^\s*(?:n\/?a|none|nil|nobody|no one|not applicable|tbc|tba|tbd|tbn|to be (?:confirmed|agreed|appointed|decided|determined)|unassigned|not yet (?:assigned|appointed|confirmed|known)|vacant(?: post)?|[-–—?]+)\s*$/i
/**
 * Whether a cell names nobody: "TBC", "TBD", "n/a", "Nobody", "Vacant" and the like, the one list of them.
 *
 * @example
 * namesNobody('TBD') // true
 * namesNobody('Tom') // false
 */
export function namesNobody(text: string): boolean {
  return NOBODY.test(text)
}
/** A trailing qualifier that marks an owner as provisional. */
const TENTATIVE = /\s*[([]\s*(?:tbc|tba|tbd|to be confirmed|to be agreed|provisional)\s*[)\]]\s*$/i
/** No plan has more owners than this on one action; it bounds the output of a hostile cell. */
const MAX_OWNERS = 50

/** The text after the separator at `index`, up to the next separator: the part a comma would start. */
function partAfter(text: string, index: number): string {
  let end = index + 1
  while (end < text.length && !SEPARATORS.has(text[end]!)) end++
  return text.slice(index + 1, end)
}

/** A comma that joins one owner: a title before its unit or its holder ("Director, P&C"), a role clause, or a
 * comma inside a portfolio's or a department's name, or a name that lists its subjects (`rest`: the text after the
 * comma). */
function joinsOwner(before: string, after: string, rest: string): boolean {
  return (
    commaJoinsOwner(before, after) ||
    commaOpensRoleClause(before, after) ||
    commaInPortfolio(before, after) ||
    commaInDepartmentName(before, after, rest) ||
    commaInListedName(before, rest)
  )
}

/** One part of a cell between separators, and whether a comma that parted two owners stands before it. */
interface Part {
  readonly text: string
  readonly afterComma: boolean
}

/**
 * "Clerk + Treasurer": a plus with a space either side joins two owners; so does a plus opening a name ("Web team
 * +SC", "+SC": the steering committee too). "C++" or "A+" is part of a name.
 */
function isSpacedPlus(text: string, i: number): boolean {
  if (text[i] !== '+' || (i > 0 && text[i - 1] !== ' ')) return false
  const next = text[i + 1]
  return (next === ' ' && i > 0) || (next !== undefined && /\p{Lu}/u.test(next))
}

/** Splits on separators outside brackets, so "HR (Recruitment/Outreach)" stays one owner. */
function splitOutsideBrackets(text: string): Part[] {
  const parts: Part[] = []
  let depth = 0
  let start = 0
  let afterComma = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '(' || ch === '[') depth++
    else if ((ch === ')' || ch === ']') && depth > 0) depth--
    if (
      depth === 0 &&
      (SEPARATORS.has(ch) || isSpacedPlus(text, i)) &&
      !(ch === ',' && joinsOwner(text.slice(start, i), partAfter(text, i), text.slice(i + 1, i + 241)))
    ) {
      parts.push({ text: text.slice(start, i), afterComma })
      afterComma = ch === ','
      start = i + 1
    }
  }
  parts.push({ text: text.slice(start), afterComma })
  return parts
}

/** "1. ", "2) ", "a) ": the number of an item in a numbered list of owners. */
const ITEM_NUMBER = /^(?:\d{1,2}|[a-z])[.)]\s{1,3}(?=\S)/

function tidy(part: string): string {
  // "区政府办公室*", "Estates*": a star after a name marks the lead or a footnote, not part of the name.
  const trimmed = trimChars(collapseSpaces(part), '-–—•*:.', '-–—:;.*')
  const number = ITEM_NUMBER.exec(trimmed)
  return number === null ? trimmed : trimmed.slice(number[0].length)
}

/**
 * The owners one part of a cell names: without its role label or mark ("Lead:", "(lead)"), without the helpers
 * named after it ("… with support from Comms"), each of two owners sharing the work ("… working with …") and each
 * of two whole roles joined by "and" ("Head of HR and Director of Finance").
 */
function ownersOfPart(part: Part, first: boolean): string[] {
  const named = withoutHelpers(dropRoleLabel(tidy(part.text)), first)
  if (named.trim() === '') return []
  return splitCoOwners(named)
    .flatMap((owner) => splitAtAnd(tidy(owner), part.afterComma))
    .map((owner) => dropRoleLabel(tidy(owner)))
}

/**
 * Splits an owner cell into owners as a careful reader does: "Forum / SRM", "SRM / VH / SM / CS", "HR, Technical
 * Managers", "Clerk + Treasurer". A comma inside one name does not split it ("Director, P&C", "Director of Estates, Facilities and
 * Commercial Services", "Equality, Diversity and Inclusion Committee"); an ampersand or "and" inside a name is not
 * a separator ("L & D", "Recruitment and Outreach", "Registrar and Secretary") but parts two whole roles ("Head of
 * HR and Director of Finance"). Labels and marks ("Lead:", "(lead)") are dropped; helpers named after an owner
 * ("HR, with support from Comms") are not owners, while those who share the work ("HR, with Comms", "… working
 * with …") are. "TBC", "n/a", "Vacant" and the like name nobody. An owner qualified with "(TBC)" keeps the
 * qualifier and is also listed in `tentative`. Never throws; `text` is always the input.
 *
 * @example
 * ```ts
 * parseOwners('TCSG / Comms / Technical Staff Working Group (TBC)')
 * // { text: '…', owners: ['TCSG', 'Comms', 'Technical Staff Working Group (TBC)'],
 * //   tentative: ['Technical Staff Working Group (TBC)'] }
 * ```
 */
export function parseOwners(text: string): ParsedOwners {
  const cleaned = prepareCellText(text)
  const owners: string[] = []
  const tentative: string[] = []
  if (NOBODY.test(cleaned)) return { text, owners, tentative }
  const seen = new Set<string>()
  for (const part of splitOutsideBrackets(cleaned)) {
    for (const name of ownersOfPart(part, owners.length === 0)) {
      if (name === '' || NOBODY.test(name)) continue
      // The qualifier stays in the name: it is what the plan says, and who owns the action is still open.
      const provisional = TENTATIVE.test(name)
      const key = name.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      owners.push(name)
      if (provisional) tentative.push(name)
      if (owners.length >= MAX_OWNERS) break
    }
    if (owners.length >= MAX_OWNERS) break
  }
  return { text, owners, tentative }
}
