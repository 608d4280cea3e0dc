import { collapseWhitespace } from '../text/cleanCellText'
import { BULLET_LEAD } from './bulletMarks'
import type { FlattenedActionTables } from './flattenActionTables'
import { bestField, firstText, headerFor, isOneColumn } from './readLabelledRecords'
import { responseToFeedback } from './responseToFeedback'
import { statusAtStart } from './statusAtStart'

/** A label longer than this many words is a sentence with a colon in it. */
const maxLabelWords = 4

/**
 * "Objective: Make sure staff …" → label "Objective", value "Make sure staff …"; null for any other line. With
 * `lowerCase`, a label may start in lower case, as the field lists of reStructuredText and Markdown pages write
 * them ("lead: ardumont").
 */
export function splitLabel(line: string, lowerCase = false): { label: string; value: string } | null {
  const colon = line.indexOf(':')
  if (colon <= 0 || colon > 40) return null
  const label = line.slice(0, colon).trim()
  const value = line.slice(colon + 1).trim()
  // "Rec. No.", "Ref. No.": a label may abbreviate its words with full stops.
  const shape = lowerCase ? /^[A-Za-z][A-Za-z'’ /&.-]*$/ : /^[A-Z][A-Za-z'’ /&.-]*$/
  if (value === '' || !shape.test(label) || label.split(' ').length > maxLabelWords) return null
  return { label, value }
}

/**
 * Reads a one-column page written as records of labelled lines, a label and its value on one line, repeated per
 * action: "Characteristic: We have few incidents reported" then "Objective: Make sure staff know the form", and so
 * on. Each record becomes one row whose columns are the labels, under a header row of those labels; the label
 * naming the action ("Objective", "Action", "What we will do") comes first. A line with no label (or a label used
 * once) inside a record continues the value above it. Returns null unless at least two labels repeat, one names
 * the action and one does not, the records number at least two, and labelled lines are most of the lines from the
 * first record on. Row numbers are kept in `sourceRows`; the lines of each record after its first are reported as
 * rows merged into the action.
 *
 * Roadmaps and project pages kept as reStructuredText or Markdown give each item a heading line of its own, then a
 * field list under it ("Save forge now" over "tags: expand", "task: T1538", "lead: ardumont", "effort: 1 PM"; or
 * "Publish the guide" over "Owner: Comms", "Status: Done"): when no label names the action, each line right above
 * the label that opens every record is the action's title (a line of at most twelve words, with no colon), the labels naming a field (a lead, a status, a date)
 * are its columns, the others (a tracker's task number, tags, effort) its description, and lines under a label
 * with no value ("Includes work:" over its sub-list) go on with the record. Labels may then start in lower case. Such a
 * page needs at least two records, each a heading over the same opening label and two or more labelled lines, two
 * labels repeated, one naming a field other than the action, and no longer line over the opening label. Where each
 * heading is a numbered file or page name ("004-budget-review.md", as a repository of proposals lists them), its
 * number is the item's ref and the name stays whole as its title.
 *
 * @example
 * readInlineLabelledRecords([
 *   ['Finding: Few incidents are reported'], ['Objective: Train staff on the form'],
 *   ['Finding: Plans do not show equality'], ['Objective: Analyse every new policy'],
 * ])?.rows[1] // ['Train staff on the form', 'Few incidents are reported']
 */
export function readInlineLabelledRecords(
  table: readonly (readonly string[])[],
): FlattenedActionTables | null {
  if (!isOneColumn(table)) return null
  const lines: { index: number; text: string; labelled: { label: string; value: string } | null }[] = []
  const counts = new Map<string, number>()
  for (let index = 0; index < table.length; index++) {
    const text = collapseWhitespace(firstText(table[index]!))
    if (text === '') continue
    // "- Action: 12/03/31/1": a list's bullet before a record's first label.
    const labelled = splitLabel(text.replace(BULLET_LEAD, ''))
    if (labelled !== null) {
      const key = labelled.label.toLowerCase()
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    lines.push({ index, text, labelled })
  }
  const repeated = [...counts].filter(([, count]) => count >= 2).map(([key]) => key)
  if (repeated.length < 2) return readHeadedRecords(table)
  const named = repeated.filter((key) => bestField(key) === 'title')
  // "You said: …" then "We did: …": the response to the feedback is the action.
  const pair = named.length === 0 ? responseToFeedback(repeated) : null
  const naming = pair === null ? named : [repeated[pair.response]!]
  if (naming.length === 0 || naming.length === repeated.length) return readHeadedRecords(table)
  // The label of the action: the one naming it most often.
  const namingMost = naming.reduce((most, key) => (counts.get(key)! > counts.get(most)! ? key : most))
  // "Priority: …" once over several "Goal: …" lines: a label naming the action that heads the lines of a label
  // with no field of its own, written more often, is a heading; the lines under it are the actions.
  const under = repeated.find(
    (key) =>
      counts.get(key)! > counts.get(namingMost)! &&
      bestField(key) === null &&
      headingsOverRecords(lines, key, repeated, counts).has(namingMost),
  )
  // "Action: 12/03/31/1" over "Requirement: Price a trailer": a label naming the action whose every value is a code
  // numbers the record; the label describing the work is its title.
  const codeLabel = under === undefined && codeValuesOnly(lines, namingMost) ? namingMost : null
  const described = codeLabel === null ? undefined : repeated.find((key) => bestField(key) === 'description')
  if (codeLabel !== null && described === undefined) return readHeadedRecords(table)
  const titleLabel = described ?? under ?? namingMost
  const headingLabels = headingsOverRecords(lines, titleLabel, repeated, counts)
  const labels = [titleLabel, ...repeated.filter((key) => key !== titleLabel && !headingLabels.has(key))]
  const firstAt = lines.findIndex(
    (line) => line.labelled !== null && labels.includes(line.labelled.label.toLowerCase()),
  )
  const opener = lines[firstAt]!.labelled!.label.toLowerCase()
  const body = lines.slice(firstAt)
  const labelledCount = body.filter((line) => line.labelled !== null).length
  if (labelledCount * 3 < body.length * 2 || (counts.get(opener) ?? 0) < 2) return readHeadedRecords(table)

  const names = new Map<string, string>()
  for (const line of body) {
    const key = line.labelled?.label.toLowerCase()
    if (key !== undefined && !names.has(key)) names.set(key, line.labelled!.label)
  }
  const top = lines[firstAt]!.index
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push(
    labels.map((key) =>
      codeLabel === null ? (names.get(key) ?? key) : codedHeader(key, codeLabel, titleLabel, names, lines),
    ),
  )
  sourceRows.push(top + 1)
  const mergedRows: number[] = []
  const sectionRows: number[] = []
  let record: Map<string, string> | null = null
  let start = top
  let last: string | null = null
  const flush = () => {
    if (record === null) return
    rows.push(labels.map((key) => record!.get(key) ?? ''))
    sourceRows.push(start + 1)
  }
  for (const line of body) {
    const key = line.labelled?.label.toLowerCase()
    if (key !== undefined && headingLabels.has(key)) {
      // A heading over the records below: the record above ends, and lines under the heading are its own.
      flush()
      record = null
      last = null
      sectionRows.push(line.index + 1)
      continue
    }
    const isColumn = key !== undefined && labels.includes(key)
    if (isColumn && (key === opener || record === null || record.has(key))) {
      flush()
      record = new Map()
      start = line.index
    } else mergedRows.push(line.index + 1)
    if (isColumn) {
      record!.set(key, line.labelled!.value)
      last = key
    } else if (record !== null && last !== null) {
      record.set(last, `${record.get(last)}\n${line.text}`)
    }
  }
  flush()
  if (rows.length - top - 1 < 2) return null
  dropSecondLabels(rows, top + 1)
  const titleEvidence = `the "${names.get(titleLabel) ?? titleLabel}:" line of each record of labelled lines (${labels.map((key) => `"${names.get(key) ?? key}:"`).join(', ')})`
  return { rows, headerRow: top + 1, sourceRows, subHeaderRows: [], mergedRows, sectionRows, titleEvidence }
}

/** "12/03/31/1", "AP-12", "4.2", "23/05": an action's number or code, alone as a label's value. Anchored, bounded. */
const actionCode = /^[A-Za-z#]{0,4}-?\d{1,6}(?:[./-]\d{1,6}){0,4}$/

/** Whether every value of a label (two or more) is an action's code ({@link actionCode}), not its words. */
function codeValuesOnly(
  lines: readonly { labelled: { label: string; value: string } | null }[],
  key: string,
): boolean {
  let values = 0
  for (const line of lines) {
    if (line.labelled?.label.toLowerCase() !== key) continue
    if (!actionCode.test(line.labelled.value)) return false
    values++
  }
  return values >= 2
}

/** "On", "By": a field after "Action: <code>" naming whom the action is on ("Action … On: Ana"). */
const actionOn = /^(?:on|by)$/

/**
 * The header of a label's column in records numbered by a code ("Action: 12/03/31/1" / "On: Ana" / "Requirement: …"
 * / "Conclusion: Action complete."): the code's label is the ref, the describing label the action, "On" or "By" the
 * owner, and a label whose every value opens with a state ("Action complete.", "Ongoing. …") the status; any other
 * keeps its own name.
 */
function codedHeader(
  key: string,
  codeLabel: string,
  titleLabel: string,
  names: ReadonlyMap<string, string>,
  lines: readonly { labelled: { label: string; value: string } | null }[],
): string {
  if (key === codeLabel) return 'Ref'
  if (key === titleLabel) return 'Action'
  if (actionOn.test(key)) return 'Owner'
  const values = lines.flatMap((line) =>
    line.labelled?.label.toLowerCase() === key ? [line.labelled.value] : [],
  )
  if (bestField(key) === null && values.every((value) => statusAtStart(value) !== null)) return 'Status'
  return names.get(key) ?? key
}

/**
 * Drops a label's second part from its values, in place: a form that words a label in two parts ("Corrective
 * Action: Taken or Planned: The unit will …", "Response: Agreed or Not: Agreed in part") writes the second part at
 * the head of every value. A column (from row `first` on) whose filled values, two or more, all open with the same
 * label-shaped words and a colon, each followed by more text, holds that part as label, not as its values.
 *
 * @example
 * const rows = [['Action'], ['Taken or Planned: Review it'], ['Taken or Planned: Train staff']]
 * dropSecondLabels(rows, 1) // rows[1] → ['Review it']
 */
export function dropSecondLabels(rows: string[][], first: number): void {
  const width = rows[first - 1]?.length ?? 0
  for (let column = 0; column < width; column++) {
    let part: string | null = null
    let filled = 0
    for (let r = first; r < rows.length && part !== ''; r++) {
      const value = rows[r]![column] ?? ''
      if (value === '') continue
      filled++
      const split = splitLabel(value.split('\n', 1)[0]!)
      const label = split === null ? '' : `${split.label}:`
      part = part === null || part === label ? label : ''
    }
    if (part === null || part === '' || filled < 2) continue
    for (let r = first; r < rows.length; r++) {
      const value = rows[r]![column] ?? ''
      if (value !== '') rows[r]![column] = value.slice(value.indexOf(':') + 1).trimStart()
    }
  }
}

/**
 * The labels that head records rather than fill them ("Goal: …" once over two "Proposed Action: …" records): a
 * repeated label naming the action, a description or nothing known, written fewer times than the action's label, every line of it
 * right above an action line (or at the foot of a page cut short), and at least one of them over two or more
 * actions. A field of the record ("Finding:"
 * before each "Objective:") is written once per action, so it never heads two.
 */
function headingsOverRecords(
  lines: readonly { labelled: { label: string } | null }[],
  titleLabel: string,
  repeated: readonly string[],
  counts: ReadonlyMap<string, number>,
): Set<string> {
  const candidates = new Set(
    repeated.filter((key) => {
      if (key === titleLabel || counts.get(key)! >= counts.get(titleLabel)!) return false
      // A lead, a date or a status written once over two records is shared by them, not a heading.
      const field = bestField(key)
      return field === null || field === 'title' || field === 'description'
    }),
  )
  if (candidates.size === 0) return candidates
  let lastLabelled = -1
  lines.forEach((line, i) => {
    if (line.labelled !== null) lastLabelled = i
  })
  // One pass: each candidate line must sit right above an action line; the actions under it are counted.
  const notAbove = new Set<string>()
  const headsMany = new Set<string>()
  let open: string | null = null
  let under = 0
  lines.forEach((line, i) => {
    const key = line.labelled?.label.toLowerCase()
    if (key !== undefined && candidates.has(key)) {
      // The page may end under its last heading (a page cut short): nothing labelled follows it.
      const next = lines[i + 1]?.labelled?.label.toLowerCase()
      if (next !== titleLabel && i < lastLabelled) notAbove.add(key)
      open = key
      under = 0
    } else if (key === titleLabel && open !== null && ++under === 2) headsMany.add(open)
  })
  return new Set([...headsMany].filter((key) => !notAbove.has(key)))
}

/** "004-budget-review.md", "12_new_signs": a file or page name opening with its number, joined by a hyphen or an
 * underscore. Anchored and bounded. */
const numberedSlug = /^(\d{1,5})[-_](?=[A-Za-z0-9])/

/** A heading names its item in a few words; a longer line is prose, not a heading. */
const maxHeadingWords = 12

/**
 * The records of a page where each item is a heading line over a field list ("Save forge now" over "tags: expand",
 * "lead: ardumont"), as {@link readInlineLabelledRecords} describes them; null when the page is not so laid out.
 */
function readHeadedRecords(table: readonly (readonly string[])[]): FlattenedActionTables | null {
  const lines: { index: number; text: string; labelled: { label: string; value: string } | null }[] = []
  for (let index = 0; index < table.length; index++) {
    const text = collapseWhitespace(firstText(table[index]!))
    if (text !== '') lines.push({ index, text, labelled: splitLabel(text, true) })
  }
  // The label that opens a record: the one most often right under an unlabelled line.
  const openers = new Map<string, number>()
  lines.forEach((line, i) => {
    const above = lines[i - 1]
    if (line.labelled === null || above === undefined || above.labelled !== null) return
    const key = line.labelled.label.toLowerCase()
    openers.set(key, (openers.get(key) ?? 0) + 1)
  })
  let opener = ''
  for (const [key, count] of openers) if (count > (openers.get(opener) ?? 0)) opener = key
  if ((openers.get(opener) ?? 0) < 2) return null
  // A heading names its item in a few words, with no colon of its own; a sentence over the label is an action
  // written in full, as the records above read them. Each line is tested once.
  const headings: boolean[] = new Array(lines.length).fill(false)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line.labelled !== null || lines[i + 1]?.labelled?.label.toLowerCase() !== opener) continue
    if (line.text.split(' ').length > maxHeadingWords || line.text.includes(':')) return null
    headings[i] = true
  }
  const isHeading = (i: number): boolean => headings[i]!
  // Every record's labels, and how many records each is written in.
  const counts = new Map<string, number>()
  const names = new Map<string, string>()
  let inRecord = false
  let seen = new Set<string>()
  let thin = false
  lines.forEach((line, i) => {
    if (isHeading(i)) {
      // Each record is a field list: two labelled lines at least.
      if (inRecord && seen.size < 2) thin = true
      inRecord = true
      seen = new Set()
      return
    }
    if (!inRecord || line.labelled === null) return
    const key = line.labelled.label.toLowerCase()
    if (seen.has(key)) return
    seen.add(key)
    counts.set(key, (counts.get(key) ?? 0) + 1)
    if (!names.has(key)) names.set(key, line.labelled.label)
  })
  if (thin || seen.size < 2) return null
  const repeated = [...counts].filter(([, count]) => count >= 2).map(([key]) => key)
  if (repeated.length < 2) return null
  // A label naming the action makes the label the title, as the records above read it; here the heading is.
  if (repeated.some((key) => bestField(key) === 'title' && !codeValues(lines, key))) return null
  const fieldLabels = repeated.filter((key) => {
    const field = bestField(key)
    return field !== null && field !== 'title' && field !== 'description'
  })
  if (fieldLabels.length === 0) return null
  const first = lines.findIndex((_, i) => isHeading(i))
  const top = lines[first]!.index
  // Headings that are numbered file names ("004-budget-review.md") are numbered by the number they open with.
  const numbered = lines.every((line, i) => !isHeading(i) || numberedSlug.test(line.text))
  const rows: string[][] = table.slice(0, top).map((row) => [...row])
  const sourceRows = rows.map((_, i) => i + 1)
  rows.push([
    'Action',
    ...(numbered ? ['Ref'] : []),
    ...fieldLabels.map((key) => headerFor(names.get(key)!)),
    'Description',
  ])
  sourceRows.push(top + 1)
  const mergedRows: number[] = []
  let record: { title: string; fields: Map<string, string>; described: string[] } | null = null
  let start = top
  const flush = () => {
    if (record === null) return
    rows.push([
      record.title,
      ...(numbered ? [numberedSlug.exec(record.title)![1]!] : []),
      ...fieldLabels.map((key) => record!.fields.get(key) ?? ''),
      record.described.join('\n'),
    ])
    sourceRows.push(start + 1)
  }
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!
    if (isHeading(i)) {
      flush()
      record = { title: line.text, fields: new Map(), described: [] }
      start = line.index
      continue
    }
    mergedRows.push(line.index + 1)
    const key = line.labelled?.label.toLowerCase()
    if (key !== undefined && fieldLabels.includes(key) && !record!.fields.has(key)) {
      record!.fields.set(key, line.labelled!.value)
    } else {
      // The tracker's task, tags and effort, and a sub-list under "Includes work:", describe the item.
      record!.described.push(line.text)
    }
  }
  flush()
  const titleEvidence = `the heading line over each record of labelled lines (${[opener, ...fieldLabels].map((key) => `"${names.get(key) ?? key}:"`).join(', ')})`
  return { rows, headerRow: top + 1, sourceRows, subHeaderRows: [], mergedRows, titleEvidence }
}

/** Whether every value of a label is one code-like word ("task: T3082"): a tracker's number, not the action. */
function codeValues(
  lines: readonly { labelled: { label: string; value: string } | null }[],
  key: string,
): boolean {
  return lines.every(
    (line) =>
      line.labelled?.label.toLowerCase() !== key || /^[A-Za-z#]{0,4}-?\d{1,8}$/.test(line.labelled.value),
  )
}
