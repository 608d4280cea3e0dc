import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { countWords } from './countWords'

/**
 * An issue tracker's ref: the repository and the issue's number ("acme/garden-app#12", as GitHub and GitLab cite an
 * issue). Anchored, each part a bounded run of one class: linear.
 */
const issueRef = /^[A-Za-z0-9][\w.-]{0,38}\/[\w.-]{1,100}#\d{1,7}$/

/** A link, bare or in angle brackets: an issue's address or its author's page, never its title. */
const link = /^<?[a-z][a-z0-9+.-]{1,15}:\/\//i

/** An issue's title is a line of a few words at least, and no paragraph. */
const minTitleWords = 2
const maxTitleWords = 25
/** The share of an export's ref cells that must cite an issue for the rows to be read as issues. */
const minIssueRefs = 0.8

/**
 * Whether a cell is an issue tracker's ref: the repository and the issue's number ("acme/garden-app#12").
 *
 * @example
 * isIssueRef('acme/garden-app#12') // true
 * isIssueRef('1.2') // false
 */
export function isIssueRef(text: string): boolean {
  return text.length <= 150 && issueRef.test(text)
}

/**
 * In a list of issues exported without a header (a tracker's CSV: address, dates, "acme/garden-app#12", kind, title,
 * body, state, …), the column taken for the action by its cells' length holds the issues' bodies: paragraphs,
 * checklists, "Depends on #3" lines. A careful reader takes each issue's one-line title as the action and its body as
 * the description. Returns the title column and the body column, else null. The rows must be issues (four in five of
 * the ref column's cells cite one, "owner/repo#12"), at least one body must run over several lines, and the title
 * column must be filled wherever the body is, one line a cell of two to twenty-five words (two of them holding letters), no two alike and no link.
 * Of several such columns, the nearest left of the body is taken, else the nearest right of it.
 *
 * @example
 * issueTitleBesideBody(rows, fields) // { title: 5, body: 6 } for "… | acme/app#1 | Issue | Fix the login | Blocks #2⏎… | Open"
 */
export function issueTitleBesideBody(
  body: readonly (readonly string[])[],
  fields: ReadonlyMap<string, number>,
): { title: number; body: number } | null {
  const ref = fields.get('ref')
  const text = fields.get('title')
  if (ref === undefined || text === undefined) return null
  const refs = body.map((row) => collapseWhitespace(row[ref] ?? '')).filter((cell) => cell !== '')
  if (refs.length < 2 || refs.filter(isIssueRef).length < refs.length * minIssueRefs) return null
  if (!body.some((row) => (row[text] ?? '').trim().includes('\n'))) return null
  const width = body.reduce((max, row) => Math.max(max, row.length), 0)
  const taken = new Set(fields.values())
  const candidates: number[] = []
  for (let column = 0; column < width; column++) {
    if (column === text || (taken.has(column) && fieldOf(fields, column) !== 'owners')) continue
    if (holdsTitles(body, column, text)) candidates.push(column)
  }
  const left = candidates.filter((c) => c < text)
  const title = left.length > 0 ? left[left.length - 1]! : candidates[0]
  return title === undefined ? null : { title, body: text }
}

/** Words holding a letter: a timestamp ("2031-04-03 09:31:56 +0000 UTC") has one at most. */
function wordsWithLetters(line: string): number {
  let count = 0
  for (const word of line.split(/\s+/)) if (/\p{L}/u.test(word)) count++
  return count
}

function fieldOf(fields: ReadonlyMap<string, number>, column: number): string | undefined {
  for (const [field, at] of fields) if (at === column) return field
  return undefined
}

/** Filled wherever the body is, one line a cell of a few words, no two alike, no link. */
function holdsTitles(body: readonly (readonly string[])[], column: number, text: number): boolean {
  const seen = new Set<string>()
  for (const row of body) {
    const cell = row[column] ?? ''
    if (!hasText(cell)) {
      if (hasText(row[text] ?? '')) return false
      continue
    }
    const line = cell.trim()
    if (line.includes('\n') || link.test(line)) return false
    const words = countWords(line)
    if (words < minTitleWords || words > maxTitleWords || wordsWithLetters(line) < minTitleWords) return false
    const key = collapseWhitespace(line).toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
  }
  return seen.size >= 2
}
