import type { Status } from '../model/status'
import { collapseWhitespace } from '../text/cleanCellText'
import { BULLET_LEAD } from './bulletMarks'
import { ITEM_NUMBER } from './itemMark'

/** "1.4.1", "2.3.2", "1200.1": a target's number, a child of its action's (so always with a dotted part). */
const targetNumber = String.raw`${ITEM_NUMBER}(?:\.\d{1,3}){1,3}`
const targetRef = new RegExp(String.raw`\b${targetNumber}\b`, 'g')

/** "1.4.1. Lounge open", "- 2.1.2 Displays": a measure's line opening with its target's number. */
const measureRef = new RegExp(String.raw`^\s*(?:[-•*–]\s{1,4})?(${targetNumber})\.?\s`)

/** "1.4.1 and 1.4.3 achieved", "2.1.1, 2.1.2 met": target numbers, then the word that reports them done. */
const refsReported = new RegExp(
  String.raw`^(?:(?:kpis?|targets?)\s{1,3})?(${targetNumber}(?:\s{0,3}(?:,|&|and)\s{1,3}${targetNumber}){0,20})\s{1,3}(?:(?:were|was|have been|has been|now)\s{1,3})?(?:achieved|met|completed|delivered|done)\b`,
  'i',
)

/** "EDI statement approved by Council", "Policy signed off by the Board": a decision reported as taken. */
const signedOff =
  /^([A-Z][^.;]{0,120}?)\b(?:approved|agreed|endorsed|ratified|adopted|signed off)\s{1,3}by\s{1,3}(?:the\s{1,3})?[A-Z]/

/** "… to be approved by", "… not approved by", "awaiting …": a sign-off still to come. */
const notYet = /\b(?:be|being|not|awaiting|for|until|once|when|if|pending|will)\s*$/i

/**
 * The status a progress update gives by what it reports of the action's own numbered targets, where it names no status
 * word: an update listing target numbers as done ("1.4.1 and 1.4.3 achieved") is `complete` when it lists every target
 * the action's measures number ("1.4.1." to "1.4.3.") and `in-progress` when it lists only some; one reporting the
 * action's work approved, agreed or signed off by a named body ("EDI statement of purpose approved by Council as part
 * of the plan") is `complete`, as equality and strategy plans report a statement or policy adopted ("to be approved
 * by", "awaiting sign-off … approved by" are not). Returns null for any other update (read by the other prose rules).
 *
 * @example
 * statusFromTargetsMet('1.4.1 and 1.4.3 achieved.', '1.4.1. Lounge open\n1.4.2. Displays\n1.4.3. Toilets')?.state // 'in-progress'
 * statusFromTargetsMet('Policy approved by Council in May.', '')?.state // 'complete'
 */
export function statusFromTargetsMet(progress: string, measures: string): Status | null {
  const lines = progress
    .split('\n')
    .map((line) => collapseWhitespace(line.replace(BULLET_LEAD, '')))
    .filter((line) => line !== '')
  if (lines.length === 0) return null
  const text = lines.join('\n')
  const numbered = new Set<string>()
  for (const line of measures.split('\n')) {
    const ref = measureRef.exec(line.slice(0, 40))
    if (ref !== null) numbered.add(ref[1]!)
  }
  for (const line of lines) {
    const reported = refsReported.exec(line.slice(0, 400))
    if (reported === null || numbered.size === 0) continue
    const done = new Set(reported[1]!.match(targetRef) ?? [])
    if (![...done].every((ref) => numbered.has(ref))) continue
    const all = [...numbered].every((ref) => done.has(ref))
    return status(all ? 'complete' : 'in-progress', text)
  }
  const decision = lines.length === 1 ? signedOff.exec(lines[0]!.slice(0, 200)) : null
  if (decision !== null && !notYet.test(decision[1]!)) return status('complete', text)
  return null
}

function status(state: 'complete' | 'in-progress', text: string): Status {
  return { text, state, completedOn: null, percent: null, reportedRag: null, note: text }
}
