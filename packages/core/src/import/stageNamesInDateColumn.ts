import { parseTargetDate } from '../dates/parseTargetDate'
import { parseStatus } from '../status/parseStatus'
import { collapseWhitespace } from '../text/cleanCellText'

/** One date cell split in two: the period it opens with and the stage name written after it. */
export interface StageInDateCell {
  readonly period: string
  readonly name: string
}

/** A period is at most this many words ("Late April to early May 2031"). */
const maxPeriodWords = 7
/** A stage name is short: at most this many words ("Follow up surveys, revisions and sign-off"). */
const maxNameWords = 8
/** Longer cells are prose, never a period and a name. */
const maxCellLength = 160
/** A timeline needs this many stages at least. */
const minStages = 3
/** A name opens with a capital letter and holds no sentence stop before its end. */
const nameShape = /^\p{Lu}[^.!?;:]*[^.!?;:\s]$/u

/**
 * Reads a date column whose cells run the period into the name of the stage ("April to May 2031 Project set up",
 * "June 2032 Adoption", "July 2032 onwards Delivery"), as a project timeline printed as "Date | Actions" does: the
 * period is the stage's target, the name after it the stage's title, and the cell beside it reports what the stage
 * did. The period is the shortest run of opening words the date parser reads exactly as it reads the whole cell.
 * Returns the split of every cell (null for an empty one) only when every filled cell splits so, into a capitalised
 * name of at most eight words that is neither a date nor a status ("March 2031 Complete" keeps its words), the names
 * differ, and there are three stages or more; otherwise null, so a date cell with a note keeps its text.
 *
 * @example
 * stageNamesInDateColumn(['May 2031 Survey', 'June to July 2031 Draft the plan', 'August 2031 Adoption'])?.[1]
 * // { period: 'June to July 2031', name: 'Draft the plan' }
 */
export function stageNamesInDateColumn(cells: readonly string[]): readonly (StageInDateCell | null)[] | null {
  const stages: (StageInDateCell | null)[] = []
  const names = new Set<string>()
  for (const cell of cells) {
    const text = collapseWhitespace(cell)
    if (text === '') {
      stages.push(null)
      continue
    }
    const stage = text.length > maxCellLength ? null : splitStage(text)
    if (stage === null || names.has(stage.name.toLowerCase())) return null
    names.add(stage.name.toLowerCase())
    stages.push(stage)
  }
  return names.size >= minStages ? stages : null
}

/** The shortest opening run of words read as the whole cell is, and a stage name after it; else null. */
function splitStage(text: string): StageInDateCell | null {
  const whole = parseTargetDate(text)
  if (whole.start === null || whole.confidence < 0.5) return null
  if (whole.kind !== 'due' && whole.kind !== 'range' && whole.kind !== 'started') return null
  const words = text.split(' ')
  const last = Math.min(maxPeriodWords, words.length - 1)
  for (let count = 1; count <= last; count++) {
    // A period ends on its year or day, or one word after it ("onwards"): no other cut needs reading.
    if (!/\d/.test(words[count - 1]!) && (count < 2 || !/\d/.test(words[count - 2]!))) continue
    const period = words.slice(0, count).join(' ')
    const read = parseTargetDate(period)
    if (read.kind !== whole.kind || read.start !== whole.start || read.end !== whole.end) continue
    const name = words.slice(count).join(' ')
    // "May 2031 - June" reads as "May 2031 - June 2031" does: a rest opening with a digit is still the date.
    if (/^\d/.test(name)) continue
    if (words.length - count > maxNameWords || !nameShape.test(name)) return null
    if (parseStatus(name).state !== 'unknown') return null
    if (/\d/.test(name) && parseTargetDate(name).start !== null) return null
    return { period, name }
  }
  return null
}
