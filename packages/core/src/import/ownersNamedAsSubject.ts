/** Words that open a sentence without naming anyone who could own an action. */
const namesNobody = new Set([
  'a',
  'all',
  'an',
  'any',
  'as',
  'at',
  'by',
  'each',
  'every',
  'everyone',
  'from',
  'he',
  'her',
  'his',
  'i',
  'if',
  'in',
  'it',
  'its',
  'my',
  'on',
  'once',
  'our',
  'she',
  'some',
  'that',
  'their',
  'there',
  'these',
  'they',
  'this',
  'those',
  'we',
  'when',
  'where',
  'while',
  'you',
  'your',
])

/** Groups an action serves, which open a sentence without owning it ("Staff will be …", "Technicians will …"). */
const servedGroups = new Set([
  'staff',
  'students',
  'researchers',
  'technicians',
  'training',
  'work',
  'progress',
])

/** The last word of a body that can own work: "Working group", "MPLS ED&I team", "Diversity Committee". */
const bodyNoun =
  /^(?:group|team|committee|council|board|panel|forum|office|unit|department|network|liaison|officer|lead|champions?|manager|director|coordinator|administrator|writer|adviser|advisor|representative)$/i

/**
 * Whether a word is the last word of a role or a body that can own work ("Manager", "Committee", "team").
 *
 * @example
 * isRoleOrBodyWord('Writer') // true
 * isRoleOrBodyWord('March') // false
 */
export function isRoleOrBodyWord(word: string): boolean {
  return bodyNoun.test(word)
}

/**
 * The last word of a role or governing body that owns a governance review's recommendation on its own or after a
 * lower-case word: "Board to amend …", "Trustees to consider …", "Chief executive to oversee …".
 */
const governingRole =
  /^(?:board|boards|trustees?|governors?|executive|director|directors|manager|managers|officer|officers|chair|chairs|head|heads|dean|deans|principal|president|secretary|treasurer|registrar|provost|chancellor|vice-chancellor)$/i

/** Small words inside a role's or a body's name: "Manager of Building and Maintenance", "Planning and Evaluation Manager". */
const nameJoiner = /^(?:of|and|&|for)$/

/** An acronym or a short name in capitals: "DC", "MPLS", "ED&I", "HR/OD". */
const acronym = /^[A-Z][A-Z0-9&/]{1,9}$/

const capitalised = /^[A-Z]/

/**
 * The owner a one-column action names as the subject of its sentence when the table has no owners column:
 * "Accessibility Liaison will identify …" → Accessibility Liaison, "The Diversity Officer will lead …" →
 * Diversity Officer, "Working group to consider …" → Working group, "Faculties will ensure …" → Faculties,
 * "Estates, working with the Technical Forum, will survey …" → Estates. Only a named body or role is read: a
 * subject opening with an acronym, holding a capitalised name after its first word, or ending in a body word
 * ("team", "group", "committee"). A pronoun or quantifier ("We will", "Each college will"), a group the action serves ("Technicians will"), a passive ("Policy
 * will be developed") and an imperative ("Set up a working group to …") name nobody. Returns [] otherwise.
 *
 * @example
 * ownersNamedAsSubject('The Chief Diversity Officer will lead the review') // ['Chief Diversity Officer']
 * ownersNamedAsSubject('Working group to consider a peer-support scheme') // ['Working group']
 * ownersNamedAsSubject('We will publish the data') // []
 */
export function ownersNamedAsSubject(title: string): string[] {
  const text = title.slice(0, 200)
  const will = text.indexOf(' will ')
  // "RPM is committed to ensuring …", "The Faculties are committed to …": a promise made by the subject.
  const committed = /\s(?:is|are)\scommitted\sto\s/.exec(text)
  if (committed !== null && (will < 0 || committed.index < will))
    return namedSubject(text.slice(0, committed.index), false)
  if (will > 0) {
    const after = text.slice(will + 6).split(' ', 4)
    // "will be consulted", "will also be", "will continue to be encouraged": the subject is acted on. "Will be
    // working", "will be leading": the subject does the work.
    const be = after.findIndex((word) => word === 'be' || word === 'been')
    if (be >= 0 && !/^[a-z]{2,}ing$/.test(after[be + 1] ?? '')) return []
    return namedSubject(text.slice(0, will), false)
  }
  const to = text.indexOf(' to ')
  // "Governors to be told of every change": the subject is acted on.
  if (to > 0 && !text.startsWith('be ', to + 4)) return namedSubject(text.slice(0, to), true)
  return []
}

const preposition = new Set(['at', 'of', 'for', 'in', 'from', 'with', 'to', 'on', 'within', 'across'])

/** The word a subject is about: the last before a preposition ("Liaison" in "Liaison at the Cabinet level"). */
function headWord(words: readonly string[]): string {
  const cut = words.findIndex((word) => preposition.has(word.toLowerCase()))
  return words[(cut > 0 ? cut : words.length) - 1]!
}

/** "Officer", "HR", "team": a name, an acronym or a body. "results" in "Staff Survey results" names nothing. */
function namesSomeone(head: string): boolean {
  return capitalised.test(head) || acronym.test(head) || bodyNoun.test(head)
}

function namedSubject(written: string, beforeTo: boolean): string[] {
  // "Estates, working with the Technical Forum, will …": an aside in commas after a one-word subject.
  const aside = beforeTo ? -1 : written.indexOf(', ')
  const subject =
    aside > 0 && !written.slice(0, aside).includes(' ') && written.endsWith(',')
      ? written.slice(0, aside)
      : written
  // A clause, a dash or a year before "will" is not a name: "MHAW complete for 2021 – will feed into …".
  if (/[,;:()–—]|\d| - /.test(subject)) return []
  let words = subject.trim().split(/\s+/)
  if (words[0]?.toLowerCase() === 'the') words = words.slice(1)
  const first = words[0]
  const last = words.at(-1)
  if (first === undefined || last === undefined || words.length > 10) return []
  if (!capitalised.test(first) || namesNobody.has(first.toLowerCase())) return []
  const endsInBody = words.length >= 2 && bodyNoun.test(last)
  if (beforeTo) {
    // Before "to", an imperative is easily taken for a subject ("Set up a working group to …"): only a short
    // name of capitalised words ending in a body word ("Working group", "Equality Steering Group") is read.
    // "Board to amend …", "Chief executive to oversee …": a governing role, alone or after one word.
    if (
      words.length <= 3 &&
      governingRole.test(last) &&
      words.slice(1, -1).every((word) => capitalised.test(word))
    )
      return [words.join(' ')]
    const named = words.every(
      (word, i) =>
        i === 0 || capitalised.test(word) || nameJoiner.test(word) || (i === words.length - 1 && endsInBody),
    )
    // "Manager of Building and Maintenance to recruit …": a role named before "of" what it manages.
    const of = words.indexOf('of')
    const roleOf = of > 0 && of < words.length - 1 && bodyNoun.test(words[of - 1]!)
    return (endsInBody || roleOf) && named && !nameJoiner.test(last) && words.length <= 6
      ? [words.join(' ')]
      : []
  }
  // "Faculties will …", "Schools will …": one capitalised word naming a body of the organisation.
  if (words.length === 1 && !acronym.test(first)) return servedGroups.has(first.toLowerCase()) ? [] : [first]
  const named = acronym.test(first) || words.slice(1).some((word) => capitalised.test(word)) || endsInBody
  if (!named || !namesSomeone(headWord(words))) return []
  return words
    .join(' ')
    .split(/ and | & /)
    .map((name) => name.trim())
    .filter((name) => name !== '')
}
