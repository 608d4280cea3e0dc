import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import {
  DONE_ADVERB,
  dropLeads,
  notWork,
  type ProseStep,
  type StepState,
  trimEnd,
  UNDER_WAY_ADVERB,
} from './proseStep'

/** A sentence longer than this is not read: news prose keeps its sentences far shorter. */
const maxSentence = 1_500
/** A list needs at least this many ";"-separated pieces to be read as one. */
const minListPieces = 3
const maxListPieces = 12

/** "…, and will be used", " and are working": a second predicate sharing the subject, cut off as its own clause. */
const secondPredicate = /,?\sand\s(?=(?:are|is|will|have|has)\s)/
/** "including", "includes", "such as", "namely": the words a list of work follows. */
const listingWord = /\b(?:including|includes?|such as|namely)\s/g
const gerund = /^[a-z]{3,30}ing$/
/** "are aiming to", "are planning to": a step promised, titled from the verb after "to". */
const intending: ReadonlySet<string> = new Set([
  'aiming',
  'planning',
  'hoping',
  'intending',
  'expecting',
  'looking',
])
/** Words that open an object counting work rather than naming it: "achieved a lot", "taken several steps". */
const quantity =
  /^(?:a lot|lots|a (?:great|good) deal|plenty|so much|several|many|much|some|various|numerous|a number|a range|a series|great|huge)\b/i
/** A year in the words after a commitment: "committed to reducing them 50% by 2030" is a target. */
const year = /\b(?:19|20)\d\d\b/

/** One way a clause tells a step: the pattern of its predicate, and how its title and state are read. */
interface Form {
  readonly pattern: RegExp
  readonly read: (clause: string, match: RegExpExecArray) => ProseStep | null
}

/**
 * The forms, in the order they are tried on a clause: the first that reads a step wins, so a relative clause
 * ("… which we are aiming to submit") is read before the progressive it holds, and a commitment before the report
 * that opens its sentence.
 */
const forms: readonly Form[] = [
  // "accompany our application … which we are aiming to submit to AdvanceHE in July 2023": the thing, then the
  // verb, make the step "submit our application … to AdvanceHE in July 2023".
  {
    pattern:
      /\s(?:which|that)\swe\s(?:are\s|were\s)?(?:aiming|planning|hoping|intending|expecting|due|aim|plan|hope|intend|expect)\sto\s([a-z]{2,20})\b/,
    read: (clause, match) => {
      const before = clause.slice(0, match.index)
      const verbs = [...before.matchAll(/\sto\s[a-z]{2,20}\s/g)]
      const last = verbs.at(-1)
      const thing =
        last === undefined
          ? before.slice(before.lastIndexOf(', ') + 1)
          : before.slice(last.index + last[0].length)
      const rest = clause.slice(match.index + match[0].length)
      return step(`${match[1]} ${thing.trim()}${rest}`, 'planned', null)
    },
  },
  // "We are the first (and only, so far) department to arrange …": a claim to have done it first.
  {
    pattern: /^we\s(?:are|were)\s(?:the\s)?(?:first|only)\b/i,
    read: (clause, match) => {
      const to = clause.indexOf(' to ', match[0].length)
      if (to < 0 || to - match[0].length > 80) return null
      return step(clause.slice(to + 4), 'done', null)
    },
  },
  // "are working to increase …", "will be working on …": the work is what they work to do or on.
  {
    pattern: new RegExp(
      `\\b(will\\sbe|are|is|am)\\s(?:${UNDER_WAY_ADVERB}\\s)?working\\s(?:to|on|towards)\\s`,
    ),
    read: (clause, match) =>
      acts(clause.slice(0, match.index), false)
        ? step(
            clause.slice(match.index + match[0].length),
            match[1] === 'will be' ? 'planned' : 'under-way',
            null,
          )
        : null,
  },
  // "it also pledges to reassess this plan every two years": a promise in the present tense.
  {
    pattern: /\b(?:pledges?|commits?|promises?|undertakes?|intends?|plans?|aims?)\sto\s(?=[a-z]{2,20}\s)/,
    read: (clause, match) =>
      acts(
        clause
          .slice(0, match.index)
          .trimEnd()
          .replace(/\s(?:also|now|further)$/, ''),
        true,
      )
        ? step(clause.slice(match.index + match[0].length), 'planned', null)
        : null,
  },
  // "we are now committed to reducing them 50% from their peak by 2030": a commitment with a year is a target;
  // without one ("committed to putting sustainability at the heart of …") it is a value, not a step.
  {
    pattern: /\b(?:are|is|am)\s(?:now\s|also\s|fully\s)?committed\sto\s(?=[a-z]{3,30}ing\s)/,
    read: (clause, match) => {
      const work = clause.slice(match.index + match[0].length)
      return year.test(work) && acts(clause.slice(0, match.index), true) ? step(work, 'planned', null) : null
    },
  },
  // "The Institute will be working with staff …": the work promised, titled from its -ing verb.
  {
    pattern: /\swill\s(?:also\s)?be\s(?=([a-z]{3,30}ing)\s)/,
    read: (clause, match) =>
      !notWork.has(match[1]!) && acts(clause.slice(0, match.index), true)
        ? step(clause.slice(match.index + match[0].length), 'planned', null)
        : null,
  },
  // "The process began with a launch event on 19 January": the event that began the work, done.
  {
    pattern: /\b(?:began|started|opened|kicked\soff)\swith\s(?:a|an|the)\s/,
    read: (clause, match) => step(clause.slice(match.index + match[0].length), 'done', null),
  },
  // "We have moved to the Passivhaus approach …", "We have also increased our focus on …": done.
  {
    pattern: new RegExp(`^we\\s(?:have|'ve|’ve)\\s(?:${DONE_ADVERB}\\s){0,2}(?=([a-z]{3,20})\\s)`, 'i'),
    read: (clause, match) =>
      /^(?:been|had|got|not|never|always|to)$/.test(match[1]!)
        ? null
        : reported(clause.slice(match[0].length), null),
  },
  // "We recently secured the regrading of …", "We launched a mentoring scheme in May": done. "We decided to …",
  // "We wanted to …" say what was meant, not done.
  {
    pattern: new RegExp(`^we\\s(?:${DONE_ADVERB}\\s)?(?=([a-z]{3,20}ed)\\s(?!to\\s))`, 'i'),
    read: (clause, match) => reported(clause.slice(match.index + match[0].length), null),
  },
  // "The University has introduced …", "the Equality Committee has published …": a named body reports work done.
  {
    pattern: new RegExp(
      `^(?:[Tt]he|[Oo]ur)\\s((?:[A-Z][\\w&'’-]{0,30}\\s){1,6})(?:has|have)\\s(?:${DONE_ADVERB}\\s){0,2}(?=([a-z]{3,20})\\s)`,
    ),
    read: (clause, match) =>
      /^(?:been|had|got|not|never|always|to)$/.test(match[2]!)
        ? null
        : reported(clause.slice(match[0].length), namedBody(`the ${match[1]!.trim()}`)),
  },
  // "A new mentoring scheme has been introduced", "The guidance is being revised": a named thing acted on, the
  // clause as written, done or under way.
  {
    pattern:
      /^(?:this|the|our|these|a|an)\s[^,]{1,60}?\s(?:(has|have)\sbeen|(?:is|are)\sbeing)\s[a-z]{2,20}(?:ed|en|wn|ne|lt|pt|ght|de)\b/i,
    read: (clause, match) => step(clause, match[1] === undefined ? 'under-way' : 'done', null),
  },
  // "we are monitoring and taking steps to …", "the Self-Assessment Team are building …": under way. "We are
  // targeting big emissions sources by hiring a project manager": the step is the means, "hiring …".
  {
    pattern: new RegExp(`\\b(?:are|is|am)\\s(?:${UNDER_WAY_ADVERB}\\s)?(?=([a-z]{3,30}ing)\\s)`),
    read: (clause, match) => {
      const verb = match[1]!
      if (notWork.has(verb)) return null
      const subject = clause.slice(0, match.index)
      const owner = namedBody(subject)
      if (owner === null && !acts(subject, false)) return null
      const work = clause.slice(match.index + match[0].length)
      if (intending.has(verb)) {
        const to = /^[a-z]{3,30}ing\sto\s/.exec(work)
        return to === null ? null : step(work.slice(to[0].length), 'planned', owner)
      }
      const means = / by (?=[a-z]{3,30}ing )/.exec(work)
      return step(means === null ? work : work.slice(means.index + 4), 'under-way', owner)
    },
  },
  // "This action plan will be shared for consultation with …": a named thing that will be acted on, the clause
  // as written.
  {
    pattern: /^(?:this|the|our|these)\s[^,]{1,60}?\swill\s(?:also\s)?be\s[a-z]{3,20}ed\b/i,
    read: (clause) => step(clause, 'planned', null),
  },
]

/**
 * The steps of work one sentence of news or report prose tells, each titled from its own verb and standing where
 * its tense puts it, as a careful reader of a page of prose takes them:
 * - reported done: "We have moved to …", "We recently launched …", "The Equality Committee has published …"
 *   (owned by the committee), "A new procedure has been introduced …" (as written), "We are the first department
 *   to arrange …", "The process began with a launch event on 19 January" (→ "launch event on 19 January");
 * - under way: "we are monitoring …", "The guidance is being revised …" (as written), "are working to increase …"
 *   (→ "increase …"), "the Self-Assessment Team
 *   are building …" (owned by the team), "we are targeting X by hiring …" (→ "hiring …", the means);
 * - planned: "will be working with …", "it pledges to reassess …", "committed to reducing … by 2030" (a
 *   commitment with a year), "This action plan will be shared …", "our application, which we are aiming to
 *   submit to …" (→ "submit our application … to …");
 * - a list of work set apart by semicolons after "including" or "such as": "commitments including taking …;
 *   promoting …; and committing …", three to twelve pieces each opening with an -ing verb, planned.
 * A second predicate after "and" ("… to arrange training and are working to increase …", "…, and will be used")
 * is read as its own clause. A step whose object is "them" or "it" names what the sentence's earlier -ing verb
 * acted on ("instead of … cutting emissions by 33%, we are now committed to reducing them 50% by 2030" → "reducing
 * emissions 50% …"). Work a sentence only counts ("We have already achieved a lot", "taken several steps"),
 * what was meant or promised ("We decided to …", "has made a commitment to …"), a commitment with no date, work
 * done by someone other than the writers or a named body, and a passive in the simple past ("surveys were
 * commissioned") name no step. Returns [] for any other sentence. Each test is anchored or bounded: a long sentence is read in
 * one pass.
 *
 * @example
 * stepsToldInSentence('We are the first college to offer night classes and are working to open a crèche.')
 * // [{ title: 'offer night classes', state: 'done', owner: null },
 * //  { title: 'open a crèche', state: 'under-way', owner: null }]
 */
export function stepsToldInSentence(sentence: string): ProseStep[] {
  if (sentence.length > maxSentence) return []
  const text = trimEnd(sentence.trim(), '.!?')
  const listed = listedBySemicolons(text)
  if (listed !== null) return listed
  const steps: ProseStep[] = []
  for (const clause of splitPredicates(text)) {
    for (const form of forms) {
      const match = form.pattern.exec(clause)
      const read = match === null ? null : form.read(clause, match)
      if (read !== null) {
        steps.push(withAntecedent(read, text))
        break
      }
    }
  }
  return steps
}

/** "reducing them 50%": a step whose verb's object is "them" or "it". */
const pronounObject = /^([a-z]{3,30}ing)\s(them|it)\s/
/** "cutting emissions by", "halving car journeys,": an -ing verb and the one to three words it acts on, up to a
 * preposition or a comma. */
const gerundObject =
  /\b[a-z]{3,30}ing\s(?:the\s|our\s|its\s|their\s)?((?:[a-z]{2,30}\s){0,2}[a-z]{3,30})(?=\s(?:by|to|from|in|at|of|for|on|with|and)\s|[,.;])/g

/**
 * "… instead of our previous goal of cutting emissions by 33%, we are now committed to reducing them 50% by
 * 2030" → "reducing emissions 50% …": a step whose object is a pronoun names what the sentence's earlier -ing verb
 * acted on (a plural noun for "them", a singular for "it"), so its title reads alone. Unchanged when the sentence
 * names no such noun before the step.
 */
function withAntecedent(told: ProseStep, sentence: string): ProseStep {
  const pronoun = pronounObject.exec(told.title)
  if (pronoun === null) return told
  const before = sentence.slice(0, Math.max(0, sentence.indexOf(told.title)))
  let noun: string | null = null
  for (const match of before.matchAll(gerundObject)) noun = match[1]!
  if (noun === null || noun.endsWith('s') !== (pronoun[2] === 'them')) return told
  return { ...told, title: `${pronoun[1]} ${noun}${told.title.slice(pronoun[0].length - 1)}` }
}

/** "commitments including taking …; promoting …; and committing …" → the pieces, or null. */
function listedBySemicolons(text: string): ProseStep[] | null {
  const semicolon = text.indexOf('; ')
  if (semicolon < 0) return null
  let start = -1
  for (const match of text.slice(0, semicolon).matchAll(listingWord)) start = match.index + match[0].length
  if (start < 0) return null
  const pieces = text
    .slice(start)
    .split('; ')
    .map((piece) => piece.trim().replace(/^and\s/, ''))
  if (pieces.length < minListPieces || pieces.length > maxListPieces) return null
  if (!pieces.every((piece) => piece.includes(' ') && gerund.test(piece.slice(0, piece.indexOf(' ')))))
    return null
  return pieces.map((piece) => ({ title: piece, state: 'planned', owner: null }))
}

/** The clauses of a sentence: cut before "and" when a second predicate follows ("and are working to …"). */
function splitPredicates(text: string): string[] {
  return text
    .split(secondPredicate)
    .map(dropLeads)
    .filter((clause) => clause !== '')
}

/**
 * Whether the words before a predicate name the writers or someone acting for them: nothing (a second
 * predicate), "we" (after any lead: "…, as part of this, we"), a named body ("The Institute", "the Race Equality
 * Team"), or, when `pronoun`, "it" or "they".
 */
function acts(subject: string, pronoun: boolean): boolean {
  const words = subject.trim().split(' ')
  const last = words.at(-1)!
  if (last === '') return true
  if (/^we$/i.test(last)) return true
  if (pronoun && /^(?:it|they)$/i.test(last) && words.length <= 8) return true
  // "The Institute", "the Wellbeing Programme": a determiner, then capitalised words only.
  return (
    words.length >= 2 &&
    words.length <= 8 &&
    /^(?:the|our|this)$/i.test(words[0]!) &&
    words.slice(1).every((word) => /^[A-Z]/.test(word))
  )
}

/**
 * The body named last before a predicate, as "the Race Equality Charter Self-Assessment Team" in "… and as a
 * result the Race Equality Charter Self-Assessment Team": a determiner, then up to eight capitalised words, the
 * last a body's ("Team", "Group", "Committee"). Null when the subject ends otherwise.
 */
function namedBody(subject: string): string | null {
  const words = subject.trim().split(' ')
  let first = words.length
  while (first > 0 && words.length - first < 8 && /^[A-Z][\w&’'-]*$/.test(words[first - 1]!)) first--
  if (first === words.length || first === 0) return null
  if (!/^(?:the|our|its|their)$/i.test(words[first - 1]!)) return null
  const name = words.slice(first)
  return isRoleOrBodyWord(name.at(-1)!) ? name.join(' ') : null
}

/** Work reported done, unless what was done is a promise ("has made a commitment to …", "has pledged to …"). */
function reported(text: string, owner: string | null): ProseStep | null {
  return /\b(?:commit|pledge|promise)/i.test(text.split(' ', 5).join(' ')) ? null : step(text, 'done', owner)
}

/** A step titled from `text`: an aside after a dash dropped, and nothing that only counts work. */
function step(text: string, state: StepState, owner: string | null): ProseStep | null {
  const dash = text.search(/\s[–—]\s/)
  const title = (dash < 0 ? text : text.slice(0, dash)).trim()
  if (title.split(' ').length < 2 || quantity.test(title.slice(title.indexOf(' ') + 1))) return null
  return { title, state, owner }
}
