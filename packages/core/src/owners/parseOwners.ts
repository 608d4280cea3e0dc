import { collapseSpaces, prepareCellText, trimChars } from '../taxonomy/prepareCellText'
import { commaInDepartmentName } from './commaInDepartmentName'
import { commaInPortfolio } from './commaInPortfolio'
import { commaJoinsOwner } from './commaJoinsOwner'
import { commaOpensRoleClause } from './commaOpensRoleClause'
import { dropRoleLabel } from './dropRoleLabel'

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

/** Characters that separate owners. Not `&` or "and": "L & D", "Recruitment and Outreach" are one owner each. */
const SEPARATORS: ReadonlySet<string> = new Set(['/', ',', ';', '\n', '|', '•', '·', '\t'])
/** A cell that names nobody. */
const NOBODY = /^\s*(?:n\/?a|none|nil|not applicable|tbc|tba|tbd|to be confirmed|unassigned|[-–—?]+)\s*$/i
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
 * comma inside a portfolio's or a department's name (`rest`: the text after the comma). */
function joinsOwner(before: string, after: string, rest: string): boolean {
  return (
    commaJoinsOwner(before, after) ||
    commaOpensRoleClause(before, after) ||
    commaInPortfolio(before, after) ||
    commaInDepartmentName(before, after, rest)
  )
}

/** Splits on separators outside brackets, so "HR (Recruitment/Outreach)" stays one owner. */
function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === '(' || ch === '[') depth++
    else if ((ch === ')' || ch === ']') && depth > 0) depth--
    if (
      depth === 0 &&
      SEPARATORS.has(ch) &&
      !(ch === ',' && joinsOwner(text.slice(start, i), partAfter(text, i), text.slice(i + 1, i + 201)))
    ) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

function tidy(part: string): string {
  return trimChars(collapseSpaces(part), '-–—•*:.', '-–—:;.')
}

/**
 * Splits an owner cell into owners: "Forum / SRM", "SRM / VH / SM / CS", "HR, Technical Managers". An
 * ampersand or "and" inside a name is not a separator ("L & D / Technical Managers" is two owners,
 * "Recruitment and Outreach / HR" is two), nor is the comma after a bare job title ("Director, P&C" is one). An owner qualified with "(TBC)" keeps the qualifier and is also
 * listed in `tentative`. Never throws; `text` is always the input.
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
    const name = dropRoleLabel(tidy(part))
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
  return { text, owners, tentative }
}
