import { opensWithVerb } from './itemsBesideCommitments'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'

/** Verbs by which a committee or a reviewer asks others to act: its own name is no owner of the work. */
const askingVerb = /^(?:recommends|requests|requires|urges|asks|expects)$/
/** The same verbs after "We" or "I": an auditor's or a reviewer's own voice ("We recommend that OPM …"). */
const askingVerbOfFirstPerson = /^(?:recommend|request|require|urge|ask|expect)$/
/** What follows a subject that is acted on, not acting: "that Equality Impact Assessments be published". */
const passiveAfterSubject = /^(?:be|is|are|was|were|been|has|have|had)$/
/** An acronym naming a body: "OPM", "HR", "NHSE". */
const acronymName = /^[A-Z]{2,6}$/
/** Small words inside a body's name: "Department of Health and Aged Care". */
const joiner = /^(?:of|and|for|&)$/
const capitalised = /^[A-Z][A-Za-z'’&-]*$/
/** At most this many words of a body's name are read. */
const maxNameWords = 10
/** Only the first words of a sentence are looked at for its subject and verb. */
const maxSubjectWords = 6

/**
 * Who a sentence asks to act when its subject is the one asking ("The Panel recommends that the Estates Office
 * reviews …", "The Board requests a report from the Finance Directorate and the Audit Committee on …"): the
 * bodies after "that" or after "from", each a run of capitalised words (with "of", "and", "for" inside) whose main
 * word is a body or a role ("Office", "Department of Finance"). Null when the sentence does not open with a subject
 * and an asking verb (recommends, requests, requires, urges, asks, expects); an empty list when it does but names
 * no body, so the asker is never read as the owner.
 *
 * @example
 * ownersAskedToAct('The Panel recommends that the Estates Office reviews the rota') // ['Estates Office']
 * ownersAskedToAct('The Panel meets monthly') // null
 */
export function ownersAskedToAct(sentence: string): string[] | null {
  // The asking verb stands among the first few words: only those are split off until it is found.
  const opening = sentence.slice(0, 600).split(' ', maxSubjectWords)
  let verb = -1
  for (let i = 0; i < opening.length; i++) {
    const word = opening[i]!
    if (
      askingVerb.test(word) ||
      (i === 1 && /^(?:We|I)$/.test(opening[0]!) && askingVerbOfFirstPerson.test(word))
    ) {
      verb = i
      break
    }
    if (!capitalised.test(word)) return null
  }
  if (verb < 1) return null
  const words = sentence.slice(0, 600).split(' ')
  const rest = words.slice(verb + 1)
  if (rest[0] === 'that' || rest[0] === 'that,') {
    // "that, as part of its review, the Office …": an aside in commas before the clause's subject.
    const clause = rest.slice(1).join(' ')
    const aside = rest[0] === 'that,' ? clause.indexOf(', ') : -1
    const subject = (aside >= 0 ? clause.slice(aside + 2) : clause).split(' ')
    const name = bodyName(subject) ?? clauseSubject(subject)
    return name === null ? [] : [name]
  }
  const from = rest.indexOf('from')
  if (from < 0) return []
  // "from the Office, the Council, and the Department of Health on …": names in commas, the last after "and".
  const owners: string[] = []
  for (const part of rest
    .slice(from + 1)
    .join(' ')
    .split(', ')) {
    const words = part.replace(/^and /, '').split(' ')
    const name = bodyName(words)
    if (name === null) break
    owners.push(name)
    const used = name.split(' ').length + (words[0]?.toLowerCase() === 'the' ? 1 : 0)
    if (words.length > used) break
  }
  return owners
}

/**
 * The subject of a "that" clause the asker names, when it is no body word's name: an acronym ("that OPM centralize
 * …") or a run of two or more capitalised words ("that Federal Employee Insurance Operations work …"), followed by
 * the lower-case verb it is asked to do, in its bare form. A subject acted on ("that Impact Assessments be
 * published") names nobody, nor capitalised words before a plural noun ("that US agencies adopt …", "that NHS
 * trusts review …"): they qualify the subject rather than name it.
 */
function clauseSubject(words: readonly string[]): string | null {
  const name: string[] = []
  let i = 0
  for (; i < words.length && name.length < maxNameWords; i++) {
    const word = words[i]!
    if (capitalised.test(word) && word !== 'The') name.push(word)
    else if (joiner.test(word) && name.length > 0) name.push(word)
    else break
  }
  while (name.length > 0 && joiner.test(name.at(-1)!)) {
    name.pop()
    i--
  }
  const next = words[i] ?? ''
  if (!/^[a-z]{2,}$/.test(next) || passiveAfterSubject.test(next) || !bareVerb(next)) return null
  if (name.length === 1 && acronymName.test(name[0]!)) return name[0]!
  return name.length >= 2 && name.filter((word) => !joiner.test(word)).length >= 2 ? name.join(' ') : null
}

/** Whether a lower-case word may be a verb in its bare form ("centralize", "work", "immediately" before one): no
 * plural noun ("agencies"), no "-ing" or "-ed" form. */
function bareVerb(word: string): boolean {
  return opensWithVerb(word[0]!.toUpperCase() + word.slice(1))
}

/** The body named by the first words of `words` ("the Department of Finance amends …" → "Department of Finance"),
 * or null when they name none. */
function bodyName(words: readonly string[]): string | null {
  let start = 0
  if (words[0]?.toLowerCase() === 'the') start = 1
  const name: string[] = []
  for (let i = start; i < words.length && name.length < maxNameWords; i++) {
    const word = words[i]!.replace(/[,;:.]$/, '')
    const cut = word !== words[i]
    if (capitalised.test(word)) name.push(word)
    else if (joiner.test(word) && name.length > 0) name.push(word)
    else break
    if (cut) break
  }
  while (name.length > 0 && joiner.test(name.at(-1)!)) name.pop()
  if (name.length === 0) return null
  const ofAt = name.indexOf('of')
  const head = name[(ofAt > 0 ? ofAt : name.length) - 1]!
  return isRoleOrBodyWord(head) ? name.join(' ') : null
}
