import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import { readAsComplete } from './statusFromPastTense'

/** The longest title read: a request and its outcome are a few sentences. */
const maxTitle = 600

/**
 * "… to be sent with the papers", "… to be invited to the next meeting", "… to be made": the request, what is to be
 * done to the item, in its first sentence. Bounded gap, anchored at the start: linear.
 */
const request =
  /^[^.?!]{3,300}?\bto\s{1,3}be\s{1,3}(?:[a-z]{2,20}ed|sent|made|done|given|written|taken|put|set)\b/i

/** Irregular participles a short outcome is written with; a regular one ends in "-ed". */
const irregular =
  'sent|made|done|given|written|taken|held|put in place|set up|drawn up|brought|built|paid|bought'

/**
 * "Schedule sent on Monday.", "Changes made.", "Leaflets printed and handed out.", "Invited and
 * coming.": an outcome written as notes write it, with no "was" or "has been": at most three words of what was
 * done to, then a participle, or the participle opening the sentence. Anchored, each quantifier bounded.
 */
const outcome = new RegExp(
  `^(?:[A-Z][\\w’'&-]{0,30}(?:\\s{1,3}[a-z\\d][\\w’'&-]{0,30}){0,2}\\s{1,3})?(?:[a-z]{2,20}ed|${irregular})\\b`,
  'i',
)

/** Words that say the outcome is still to come or did not happen: then it reports nothing done. */
const notYet = /\b(?:not|no|never|yet|still|awaiting|awaited|pending|will|to\s{1,3}be|tbc)\b|\?/i

/** The sentences after the first: where the title's full stops, then a space and a capital, end one. */
function laterSentences(title: string): string[] {
  return title
    .split(/(?<=[.!])\s{1,3}(?=[A-Z])/)
    .slice(1)
    .map((sentence) => sentence.trim())
}

/**
 * A matter carried from the last meeting, written as the request and then what came of it, as minutes review their
 * earlier actions: "Insurance schedule to be sent to all trustees. Schedule sent on Monday.", "Changes to the
 * booking form to be made. Changes made.". The first sentence asks for
 * the item to be done ("… to be sent", "… to be invited"); a later sentence reports it done in a note's few words,
 * a participle with no "was" ("Schedule sent …", "Changes made.", "Invited and coming."). The item is complete.
 * An outcome that says it is not done or still to come ("Not yet sent", "Draft to be sent next time", "Invited?")
 * reports nothing. Only actions with no status of their own are read; each one read is an info issue
 * `status-from-tense` on its row. Returns the issues; the actions' statuses are set in place.
 *
 * @example
 * statusFromOutcomeSentence(plan.actions, [4]) // "Poster to be printed. Posters printed." → complete
 */
export function statusFromOutcomeSentence(actions: Action[], rows: readonly number[]): ImportIssue[] {
  const issues: ImportIssue[] = []
  actions.forEach((action, i) => {
    const title = action.title
    if (action.status.state !== 'unknown' || action.status.text !== '' || title.length > maxTitle) return
    if (!request.test(title)) return
    const said = laterSentences(title).find((sentence) => outcome.test(sentence) && !notYet.test(sentence))
    if (said === undefined) return
    issues.push(
      readAsComplete(action, rows[i] ?? null, `asks for the work and then reports it done ("${said}")`),
    )
  })
  return issues
}
