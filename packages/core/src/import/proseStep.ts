/** Where a step told in prose stands, as its verb's tense tells it: done, under way, or planned (promised). */
export type StepState = 'done' | 'under-way' | 'planned'

/** One step of work a sentence of prose reports, tells or promises. */
export interface ProseStep {
  readonly title: string
  readonly state: StepState
  /** The named body the sentence gives as doing the step ("delivered by HR", "the Self-Assessment Team are …"), or null. */
  readonly owner: string | null
  /** The subject points back to a body named above ("This Group will …"): the word it names it by ("group"). */
  readonly bodyNamedAbove?: string
  /** When a step done is dated by the sentence's lead ("In 2021, we published …"): "in 2021". */
  readonly doneIn?: string
}

/**
 * -ing words after "we are" or "is" that name no work: "is being …" (a passive, read by its own form), "are going
 * to" (a promise), "are during", "is nothing".
 */
export const notWork: ReadonlySet<string> = new Set(['being', 'going', 'nothing', 'something', 'during'])

/**
 * The words that may stand between "are" and the -ing verb of work under way ("we are now rolling out …", "is
 * currently revising …"), as a regex group for the readers' patterns to share.
 */
export const UNDER_WAY_ADVERB = '(?:now|currently|also|still|actively)'

/**
 * The words that may stand between "we (have)" and the verb of work done ("We have already published …", "We
 * recently launched …", "We have since set up …"), as a regex group for the readers' patterns to share.
 */
export const DONE_ADVERB = '(?:now|already|recently|also|since|then|successfully)'

/** "And ", "In addition, ", "As part of the commitment, ": a lead the clause's subject comes after. */
const lead =
  /^(?:and|but|so|additionally|in addition|also|meanwhile|currently|now|finally|furthermore|further|as a result|as part of [^,]{1,60}),?\s/i

/**
 * A clause without the leads (at most three) its subject comes after, so a form anchored at the subject can read it.
 *
 * @example
 * dropLeads('And in addition, a forum is being set up') // 'a forum is being set up'
 */
export function dropLeads(clause: string): string {
  let text = clause.trim()
  for (let i = 0; i < 3; i++) {
    const match = lead.exec(text)
    if (match === null) break
    text = text.slice(match[0].length).trim()
  }
  return text
}

/**
 * A sentence break in a line whose spaces are single: a full stop, "!" or "?" (a closing quote or bracket after it
 * allowed) before a capital of any script ("Élise", "Łukasz") or an opening quote, or a lost full stop before "We
 * have", "We’ve", "We are".
 */
const sentenceBreak = /(?<=[.!?]["'”’)]?) (?=[\p{Lu}“"])|(?<=[a-z]) (?=We(?:’ve|'ve| have| are) )/u

/**
 * The sentences of a line of prose. Each split point is one space, so a line of any length is read in one pass.
 *
 * @example
 * splitSentences('We held a fair. We are now running a survey') // ['We held a fair.', 'We are now running a survey']
 */
export function splitSentences(text: string): string[] {
  return text.split(sentenceBreak)
}

/**
 * `text` without the run of `marks` that ends it: a loop, not an end-anchored regex that rescans a long run.
 *
 * @example
 * trimEnd('We held a fair!?', '.!?') // 'We held a fair'
 */
export function trimEnd(text: string, marks: string): string {
  let end = text.length
  while (end > 0 && marks.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}
