import type { FlattenedActionTables } from './flattenActionTables'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isNamedOwner } from './ownerAtStart'
import { splitJoinedNames } from './ownersInBrackets'

/** At least this many lines naming their people before a dash make the layout. */
const minLines = 3

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/**
 * "Ana Ruiz – ", "Ana Ruiz/Tom Hale – ", "ALL (esp. Tom) – ": the people a line opens with, then a spaced en or em
 * dash (or a hyphen between spaces) before the work. Group 1 is the people. Anchored, bounded.
 */
const peopleThenDash = /^([^-–—:;]{2,80}?)\s{1,2}(?:[–—]|-)\s{1,3}(?=\S)/

/** "Ana Ruiz", "Zoë de Vries": a person's first and last names, two or three words, the last capitalised. */
const fullName =
  /^\p{Lu}[\p{L}'’-]{1,20}(?: (?:\p{Lu}[\p{L}'’-]{0,20}|van|von|de|du|da|le)){0,1} \p{Lu}[\p{L}'’-]{1,20}$/u

/** "ALL", "All", "Everyone", with a bracket naming one of them first ("(esp. Tom)"). Group 1 is the name. */
const everyone =
  /^(?:ALL|All|Everyone)(?: \((?:esp\.?|especially|mainly|incl\.?|including) (\p{Lu}[\p{L}'’-]{0,20})\))?$/u

/** "with Rob Hale, organise …": a second person named at the start of the work, before a comma. Group 1 is the name. */
const withPerson = /^with (\p{Lu}[\p{L}'’-]{1,20} \p{Lu}[\p{L}'’-]{1,20}),\s/u

/**
 * The people a line names before its dash: each a person's full name, or the whole group ("ALL (esp. Tom)"),
 * several joined by slashes, commas or "and"; null when any part is something else (a topic, a role, a single word).
 */
function peopleOf(lead: string): string[] | null {
  const group = everyone.exec(lead)
  if (group !== null) return group[1] === undefined ? [lead] : [lead.slice(0, lead.indexOf(' (')), group[1]]
  const names = splitJoinedNames(lead)
  if (names.length > 4) return null
  for (const name of names) {
    if (!fullName.test(name) || !isNamedOwner(name) || name.split(' ').some(isRoleOrBodyWord)) return null
  }
  return names
}

/**
 * Reads a meeting's notes listing each action as the people who take it on, a dash, and the work, as a committee's
 * blog posts or emailed notes write them: "Ana Ruiz – Book the hall for the open day", "Ana Ruiz/Tom Hale – Draft
 * the survey", "ALL (esp. Tom) – Keep the mailing list current". Each such line is an action, titled by the whole
 * line as written, owned by the people before the dash (a person named at the start of the work, "with Rob Hale,
 * organise …", is one more). The lines above the first such line are the page's title and preamble; the lines
 * between and after them are notes. Null unless a one-column page has at least three such lines, they are most of
 * the lines from the first to the last of them, and one person is named on two of them or more: a topic before a
 * dash ("Car park – the gate is fixed") is a person's name only in form, and a list of topics names each once.
 * Each name must be a person's full name or the whole group.
 *
 * @example
 * readPeopleDashLines([
 *   { index: 0, text: 'Garden committee notes' }, { index: 1, text: 'Ana Ruiz – Book the hall' },
 *   { index: 2, text: 'Tom Hale – Order the seeds' }, { index: 3, text: 'ALL – Bring a dish' },
 * ])?.rows[2] // ['Ana Ruiz – Book the hall', 'Ana Ruiz']
 */
export function readPeopleDashLines(lines: readonly PageLine[] | null): FlattenedActionTables | null {
  if (lines === null || lines.length < minLines + 1) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let first = -1
  let last = -1
  // Every person named before a dash, once per line naming them.
  const named: string[] = []
  lines.forEach((line, at) => {
    const people = line.text.length > maxLine ? null : peopleThenDash.exec(line.text)
    const owners = people === null ? null : peopleOf(people[1]!.trim())
    if (owners === null) {
      if (first >= 0) skippedRows.push(line.index + 1)
      return
    }
    const helper = withPerson.exec(line.text.slice(people![0].length))?.[1]
    if (first < 0) first = at
    last = at
    for (const owner of owners) if (everyone.exec(owner) === null) named.push(owner)
    records.push({
      index: line.index,
      cells: [line.text, [...owners, ...(helper ? [helper] : [])].join(', ')],
    })
  })
  if (records.length < minLines || first < 1 || records.length * 3 < (last - first + 1) * 2) return null
  // People take on more than one piece of work, a list of topics names each topic once.
  if (new Set(named).size === named.length) return null
  return oneColumnRecords(
    lines.slice(0, first).map((line) => [line.text]),
    lines[first - 1]!.index + 1,
    ['Action', 'Owner'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence: 'each line names the people taking it on before a dash ("Ana Ruiz – Book the hall")',
    },
  )
}
