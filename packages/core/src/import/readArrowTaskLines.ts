import { MONTHS } from '../dates/lexicon'
import type { FlattenedActionTables } from './flattenActionTables'
import { type OneColumnRecord, oneColumnRecords, type PageLine } from './oneColumnRecords'
import { isWholeGroup } from './ownerAtStart'
import { splitSentences } from './proseStep'
import { statusAtStart } from './statusAtStart'

/** At least this many tasks, and this many of them naming who sees to them, make the layout. */
const minTasks = 3
const minOwned = 2

/** A line longer than this is read no further (a minute is a few hundred characters). */
const maxLine = 2000

/** The subject before an arrow is a few words ("Bank account", "Spring fair"), no sentence. */
const maxSubjectWords = 6

/** "Bank account → …", "Spring fair -> …", "Venue => …": a spaced arrow after a line's subject. */
const arrow = /\s(?:→|->|=>|⇒)\s/

/**
 * "Responsable Ana", "responsible: Ana", "owner: Ana Ruiz", "lead Ana", "se encarga Ana", "se encargan Ana y Bo":
 * the words that name who sees to a task, then the names (one or two capitalised words each, joined by "y", "and",
 * "&" or a comma). Group 1 is the names. Bounded.
 */
const ownerPhrase =
  /(?:^|[\s(,;])(?:[Rr]esponsables?|[Rr]esponsible|[Oo]wner|[Ll]ead|[Ss]e encargan?|[Ee]ncargad[oa]s?(?: de)?)\s{0,2}:?\s{1,3}(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?(?:(?:, | y | and | & )\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?){0,3})(?![\p{L}])/u

/**
 * "… ⇒ Sylvie", "… ⇒ tous, avant la rentrée", "… → Ana et Tom", "… ⇒ fait en séance": an arrow closing a line of
 * minutes, then who sees to the work or how it stands (up to a comma or a bracket). Group 1 is that tail. Bounded.
 */
const closingArrow = /\s(?:→|->|=>|⇒)\s{1,3}([^→⇒>,(]{2,60})(?:[,(][^→⇒>]{0,120})?$/

/** "Sylvie", "Ana et Tom", "Ana Cruz and Bo": one to four names of one or two capitalised words each. Bounded. */
const arrowNames =
  /^\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?(?:(?:, | et | y | and | & | und | og )\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?){0,3}$/u

/** What joins the names a closing arrow gives. */
const arrowJoiner = /, | et | y | and | & | und | og /

/**
 * Who a line's closing arrow gives the work to ("… ⇒ Sylvie" → Sylvie, "… ⇒ tous, avant la rentrée" → tous), or
 * how the work stands ("… ⇒ fait en séance" → the status "fait en séance"); null when the line ends in no arrow, or
 * the arrow gives neither (a consequence: "… ⇒ on verra").
 */
function closingArrowOf(text: string): { at: number; owners: string[]; status: string } | null {
  const tail = closingArrow.exec(text)
  if (tail === null) return null
  const said = tail[1]!.trim()
  if (isWholeGroup(said)) return { at: tail.index, owners: [said], status: '' }
  if (arrowNames.test(said)) return { at: tail.index, owners: said.split(arrowJoiner), status: '' }
  const status = statusAtStart(said)
  return status === null ? null : { at: tail.index, owners: [], status: said }
}

/** The title of a line closed by an arrow: its last sentence before the arrow when it has several (the work that the
 * sentences before it lead up to), else all of it. */
function workBeforeArrow(text: string): string {
  const sentences = splitSentences(text)
  const last = sentences.at(-1)?.trim() ?? ''
  return sentences.length > 1 && last.split(' ').length >= minArrowTitleWords ? last : text.trim()
}

/** A last sentence shorter than this many words is no title of its own ("Done.", "See the notes."). */
const minArrowTitleWords = 4

/**
 * "• Balisage (Marc) : the north path is done", "- Website (Ana Cruz): new host chosen": a bulleted topic of
 * minutes, the one who leads it in brackets, then a colon and the news. Group 1 is the name. Anchored, bounded.
 */
const ledTopic =
  /^[•*–-]\s{1,3}[^()]{2,40} \((\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?)\)\s{0,2}:\s{1,3}\S/u

/** What joins the names an owner phrase gives. */
const namesJoiner = /, | y | and | & /

/**
 * "(enviando un correo, se encarga Ana)", "(owner: Bo)": a bracket closing a sentence that names who sees to the work
 * the sentence states. Group 1 is the bracket's words. Bounded.
 */
const closingOwnerBracket = /\(([^()]{1,120})\)\s{0,2}[.!]?$/

/**
 * "25 de septiembre", "del 11 al 15 de septiembre", "3 de mayo de 2031": a day (or the last of a span of days) and its
 * month, the year optional. Group 1 the first day, 2 the span's last, 3 the month (a name of the date lexicon's), 4
 * the year. Bounded.
 */
const spanishDay = /\b(\d{1,2})(?: al? (\d{1,2}))? de (\p{L}{4,10})(?: de (\d{4}))?/u

/** A day a text names in Spanish, as its year (null when not written), month and day; null when it names none. */
function spanishDayOf(text: string): { year: number | null; month: number; day: number } | null {
  const found = spanishDay.exec(text)
  const month = found === null ? undefined : MONTHS.get(found[3]!.toLowerCase())
  if (found === null || month === undefined) return null
  const day = Number(found[2] ?? found[1])
  return day < 1 || day > 31 ? null : { year: found[4] === undefined ? null : Number(found[4]), month, day }
}

/**
 * The day a task line sets in Spanish ("→ final septiembre (25 de Septiembre)", "esta semana del 11 al 15 de
 * septiembre": the span's last day), as an ISO date: a year left out is the meeting's (the page's first line names
 * its day), or the next when the month comes before the meeting's; '' when the line sets none or no year is known.
 */
function dueOf(text: string, meeting: { year: number | null; month: number } | null): string {
  const named = spanishDayOf(text)
  if (named === null) return ''
  const year =
    named.year ?? (meeting?.year == null ? null : meeting.year + (named.month < meeting.month ? 1 : 0))
  return year === null
    ? ''
    : `${year}-${String(named.month).padStart(2, '0')}-${String(named.day).padStart(2, '0')}`
}

/** The people an owner phrase in `text` names, or [] when it names none. */
function ownersNamed(text: string): string[] {
  const found = ownerPhrase.exec(text)
  return found === null ? [] : found[1]!.split(namesJoiner).map((name) => name.trim())
}

/**
 * Reads minutes whose pending tasks are lines "subject → what happens next", as associations' boards write their
 * follow-ups in any language ("Bank account → end of the month. Responsible Ana to book the appointment",
 * "Seguro del local → fin de mes. Responsable Ana de llamar", "Raffle → nobody took it"), and whose discussion
 * gives more work in a sentence closed by a bracket naming who sees to it ("The form must be sent again (by post,
 * se encarga Bo).", "(owner: Bo)"). Each arrow line is an action titled by the whole line, owned by the person named
 * after "Responsable", "responsible", "owner", "lead" or "se encarga"; each sentence closed by such a bracket is an
 * action titled by that sentence and owned by the person the bracket names. The other lines (the agenda, the
 * discussion) are not actions; the page's first line is its title. A day an arrow line sets in Spanish ("25 de
 * septiembre", "del 11 al 15 de septiembre": the last day) is its target, in the year of the meeting the title names.
 * Null unless a one-column page holds at least three
 * such tasks, at least one of them an arrow line, and at least two name who sees to them.
 *
 * @example
 * readArrowTaskLines([
 *   { index: 0, text: 'Board minutes' }, { index: 1, text: 'Bank → Responsible Ana to book it' },
 *   { index: 2, text: 'Raffle → nobody took it' }, { index: 3, text: 'Send the form again (owner: Bo).' },
 * ])?.rows[2] // ['Bank → Responsible Ana to book it', 'Ana', 'Bank → Responsible Ana to book it', '']
 */
export function readArrowTaskLines(lines: readonly PageLine[] | null): FlattenedActionTables | null {
  if (lines === null || lines.length <= minTasks) return null
  const records: OneColumnRecord[] = []
  const skippedRows: number[] = []
  let arrows = 0
  let owned = 0
  const meeting = spanishDayOf(lines[0]!.text.slice(0, maxLine))
  for (const line of lines.slice(1)) {
    const before = records.length
    if (line.text.length <= maxLine) {
      const point = arrow.exec(line.text)
      const subject = point === null ? '' : line.text.slice(0, point.index).trim()
      if (
        point !== null &&
        subject !== '' &&
        subject.split(' ').length <= maxSubjectWords &&
        !/[.;:!?]/.test(subject)
      ) {
        const owners = ownersNamed(line.text.slice(point.index))
        arrows++
        if (owners.length > 0) owned++
        const due = dueOf(line.text.slice(point.index), meeting)
        records.push({ index: line.index, cells: [line.text, owners.join(', '), line.text, due, ''] })
      } else {
        const led = ledTopic.exec(line.text)
        const closing = led === null ? closingArrowOf(line.text) : null
        if (led !== null) {
          // "• Balisage (Marc) : …": a topic its lead in brackets sees to.
          owned++
          const text = line.text.replace(/^[•*–-]\s{1,3}/, '')
          records.push({ index: line.index, cells: [text, led[1]!, line.text, '', ''] })
        } else if (closing !== null) {
          // "Ask other halls. ⇒ tous, avant la rentrée": the work, then who sees to it or how it stands.
          arrows++
          if (closing.owners.length > 0) owned++
          const title = workBeforeArrow(line.text.slice(0, closing.at))
          records.push({
            index: line.index,
            cells: [title, closing.owners.join(', '), line.text, '', closing.status],
          })
        } else
          for (const sentence of splitSentences(line.text)) {
            const bracket = closingOwnerBracket.exec(sentence)
            const owners = bracket === null ? [] : ownersNamed(bracket[1]!)
            if (owners.length === 0) continue
            owned++
            records.push({ index: line.index, cells: [sentence, owners.join(', '), line.text, '', ''] })
          }
      }
    }
    if (records.length === before) skippedRows.push(line.index + 1)
  }
  if (records.length < minTasks || arrows === 0 || owned < minOwned) return null
  const top = lines[0]!.index
  return oneColumnRecords(
    [[lines[0]!.text]],
    top + 1,
    ['Action', 'Owner', 'Description', 'Target date', 'Status'],
    records,
    {
      mergedRows: [],
      skippedRows,
      titleEvidence:
        'each task line "subject → what happens next" and each sentence closed by who sees to it',
    },
  )
}
