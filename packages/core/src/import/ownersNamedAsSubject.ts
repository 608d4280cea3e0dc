import { isGoverningOffice } from './isGoverningOffice'
import { splitOwnerList } from './splitOwnerList'
import { isRoleOrBodyWord } from './isRoleOrBodyWord'
import { imperativeWithTo, isNamedOwner } from './ownerAtStart'
import { FUNCTION_WORDS } from './functionWords'
import { roleAsPresentSubject } from './roleAsPresentSubject'
import { ownersAskedToAct } from './ownersAskedToAct'

/** "HR to review …", "TSG and SMT to agree …", "RB/TK to compare …": acronyms opening the action, then "to" and a
 * verb ("EDI to be embedded …" is passive: EDI is what is done, not who does it). The verb may open a quotation, as
 * minutes quote the word agreed: "SM to ‘depersonalise’ the constitution". */
const acronymsBeforeTo =
  /^([A-Z][A-Z0-9]{1,7}(?:(?:\s{0,2}[/,&]\s{0,2}|\s{1,2}and\s{1,2})[A-Z][A-Z0-9]{1,7}){0,3})\s{1,2}to\s{1,2}[‘'“"]?(?!be\b)[a-z]/

/** "Sam Osei (and team) to …", "Ethics Committee (led by Paul Byrne) to …": a bracketed aside right after the
 * subject, before "will", "to" or "can". Bounded on both sides. */
const asideAfterSubject = /^([^()]{2,60}?) \(([^()]{2,60})\)(?= (?:will|to|can)[ :])/

/** "To widen access, ": a purpose clause opening the sentence before its subject. Anchored, one bounded run. */
const purposeClause = /^To\s[a-z][^,]{0,150},\s(?=\S)/

/**
 * "After three years in effect, ", "Each September, ", "Two years after adoption, ": an opening phrase of time up to
 * its comma, before the subject. Anchored, every run bounded and stopped by the first comma: linear on any line.
 */
const timeClause =
  /^(?:(?:after|within|once|following|upon)\s[^,()]{1,150},|(?:each|every)\s[a-z]{3,12},|(?:[a-z]{1,10}\s){1,4}(?:days?|weeks?|months?|years?)\s(?:after|from|into)\s[^,()]{1,150},)\s{1,3}(?=\S)/i

/** "(led by Paul Byrne)", "(lead: Kerry Lowe)", "(chaired by …)": an aside naming who leads the subject's work. */
const leadAside = /^(?:(?:led|chaired|coordinated) by|leads?:)\s+(.+)$/i

/** Words that open a sentence without naming anyone who could own an action. */
const namesNobody = new Set([
  ...FUNCTION_WORDS,
  'every',
  'everyone',
  'he',
  'her',
  'his',
  'i',
  'its',
  'my',
  'she',
  'some',
  'that',
  'their',
  'those',
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

/** Small words inside a role's or a body's name: "Manager of Building and Maintenance", "Planning and Evaluation Manager". */
const nameJoiner = /^(?:of|and|&|for)$/

/** An acronym or a short name in capitals: "DC", "MPLS", "ED&I", "HR/OD". */
const acronym = /^[A-Z][A-Z0-9&/]{1,9}$/

const capitalised = /^[A-Z]/

/**
 * The owners an action names as the subject of its own sentence, when the table has no owners column: the one
 * reader of "who does it" written into the action, as plans, registers and meeting minutes word it. Read:
 * - acronyms before "to" ("HR to review …", "HR and SMT to agree …", "RB/TK to compare …");
 * - a named body or role before "will" or "to" ("Accessibility Liaison will identify …", "The Registrar to publish
 *   …", "Working group to consider …", "Faculties will ensure …", "Head of School will …", "HR and Finance will
 *   agree …", "Estates, working with the Forum, will survey …"), a group named in full after "All" or "Each" ("All
 *   Faculty Deans to …", "RSE members to …");
 * - a person's name before "will", "to" or "can" ("Priya Shah to circulate …", "Olu will draft …", "Dr Helen Park to
 *   chair …", "Marta Silva and Leo Grant to …"), as minutes and small teams' plans name who takes each item on;
 * - a bracketed aside after the subject: "(and team)" or "(with IT Services)" is left out, "(led by Paul Byrne)" or
 *   "(lead: Kerry Lowe)" adds the lead as a second owner;
 * - the subject after a purpose clause opening the sentence ("To widen access, the Library will open …"), or an
 *   opening phrase of time ("After two years in effect, the Committee will …", "Each April, the Records Office will
 *   …", "Three months after launch, the Travel Desk will …"), and after a run-in label whose stop was lost ("Waste
 *   audit The Estates Office will …": a capitalised "The" opens the sentence);
 * - a role or body doing the work in the present tense ("Equity Officer runs a reading group …", {@link
 *   roleAsPresentSubject});
 * - a recommendation's subject before "should" ("The Head of Finance should reconcile …"), unless `options.should`
 *   is false: a page that names whom its recommendations are addressed to gives them to those bodies instead.
 * Named nobody: a pronoun or quantifier ("We will", "Each college will"), a group the action serves ("Technicians
 * will", "All new starters to receive …"), a passive ("Policy will be developed", "Staff to be trained"), an
 * instruction ("Continue to …", "Invite Student Union officers to …", "Set up a working group to …"), a thing
 * ("Staff Survey results will …", "Mental Health Week to run …"), a place ("North Wales to host …") and a single
 * capitalised word before "to" ("Tariq to upload …" reads as "Checkpoint to ensure …" does: the plan-wide readers
 * take it when other items name the same person). Returns [] otherwise.
 *
 * @example
 * ownersNamedAsSubject('The Chief Diversity Officer will lead the review') // ['Chief Diversity Officer']
 * ownersNamedAsSubject('Priya Shah (and team) to circulate the draft') // ['Priya Shah']
 * ownersNamedAsSubject('We will publish the data') // []
 */
export function ownersNamedAsSubject(title: string, options: { readonly should?: boolean } = {}): string[] {
  let text = title.slice(0, 200)
  // "Sam Osei (and team) to …": the aside is read apart, the sentence without it.
  const aside = asideAfterSubject.exec(text)
  let lead: string | null = null
  if (aside !== null) {
    text = `${aside[1]!}${text.slice(aside[0].length)}`
    const named = leadAside.exec(aside[2]!.trim())?.[1]?.trim() ?? ''
    if (isPersonName(named)) lead = named
  }
  // "To widen access, the Library will …": the purpose the sentence opens with is read past, to its subject.
  const purpose = purposeClause.exec(text)
  if (purpose !== null) text = text.slice(purpose[0].length)
  // "After three years in effect, the Committee will …": the time the sentence opens with is read past too.
  const time = purpose === null ? timeClause.exec(text) : null
  if (time !== null) text = text.slice(time[0].length)
  // "Treasurer – to bring the change tin", "Ana Lee - will book the hall": the subject set off by a spaced dash.
  text = text.replace(dashBeforeLink, '$1 ')
  // "Colin Campbell is going to contact …": the future told with "going to" links its subject as "will" does.
  text = text.replace(goingTo, ' will ')
  // "Ruth Okafor is doing the bat count": work the subject has in hand, read as "will do".
  text = text.replace(isDoing, ' will do ')
  // "Pev Evans is requested to look …": the one asked to act, as minutes put a request to a member.
  text = text.replace(askedTo, ' will ')
  // "Sandra agreed to take over the website": work a person took on at the meeting, read as "will".
  text = text.replace(tookOnTo, ' will ')
  // "AT and KR need to repaint the gate": work the minutes say the subject has to do, read as "will".
  text = text.replace(needTo, ' will ')
  // "Steven zal Arnold vragen …", "Marc se charge de …": minutes in other languages tell who will act so.
  text = foreignFutureAsWill(text)
  const acronyms = acronymsBeforeTo.exec(text)
  const owners =
    acronyms === null ? subjectOwners(text, options.should ?? true) : splitOwnerList(acronyms[1]!)
  return owners.length > 0 && lead !== null && !owners.includes(lead) ? [...owners, lead] : owners
}

/** "Treasurer – to …", "Ana Lee - will …": one to four capitalised words, then a spaced dash before "to" or "will"
 * and a word in small letters. Group 1 is the subject. Anchored and bounded. */
const dashBeforeLink =
  /^(\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}) [–—-] (?=(?:to|will) \p{Ll})/u

/**
 * "Steven zal ", "Marc se charge de ", "Ana kümmert sich um ", "Zdeňka si bere na starost ": a name (one to three
 * capitalised words, "de", "van", "von" or "der" between them), then the words minutes in other languages tell who
 * will act with: Dutch "zal" (will); French "se charge de" / "s'occupe de" (takes on), "se propose de" (offers to) and
 * "va" (is going to); German
 * "kümmert sich um" (sees to; never "wird", which also makes the passive); Czech "si bere na starost" (takes charge of); Spanish "se encarga
 * de" (takes on) and "va a"; Norwegian and Danish "skal" (shall). Group 1 is the name. Anchored and bounded.
 */
const foreignFuture =
  /^(\p{Lu}\p{Ll}{1,20}(?: (?:(?:van|de|der|den|te|ter|von|du|la|le) ){0,2}\p{Lu}\p{Ll}{1,20}){0,2}) (?:(?:zal|se charge(?:nt)? de|s['’]occupe(?:nt)? de|se propose(?:nt)? de|va|vont|kümmert sich um|kümmern sich um|si bere na starost|si berou na starost|se encarga(?:rá)? de|skal) |(?:se charge(?:nt)?|s['’]occupe(?:nt)?|se propose(?:nt)?) d['’])(?=\S)/u

/** Words that open a sentence before those words without naming anyone: Dutch "Dit zal …", "Er zal …", "Hij zal …";
 * French "Il va …", "On va …"; German "Er kümmert sich …"; Czech "Ten si bere …"; Spanish "Él se
 * encarga de …"; Norwegian "Det skal …". */
const foreignOpeners: ReadonlySet<string> = new Set([
  ...['daar', 'daarna', 'daarom', 'dan', 'dat', 'deze', 'dit', 'die', 'er', 'het', 'hier', 'hiervoor', 'hij'],
  ...[
    'ieder',
    'iedereen',
    'iemand',
    'ik',
    'je',
    'men',
    'niemand',
    'nu',
    'ook',
    'u',
    'wat',
    'we',
    'wie',
    'wij',
  ],
  ...['ze', 'zij'],
  ...['il', 'elle', 'on', 'nous', 'ils', 'elles', 'ce', 'cela', 'ça', 'tout', 'chacun', 'personne', 'qui'],
  ...['es', 'sie', 'wir', 'man', 'das', 'der', 'dies', 'dieser', 'diese', 'jeder', 'niemand', 'wer'],
  ...['ten', 'ta', 'to', 'kdo', 'nikdo', 'každý', 'někdo'],
  ...['él', 'ella', 'ellos', 'nadie', 'alguien', 'cada', 'esto', 'eso'],
  ...['det', 'den', 'vi', 'han', 'hun', 'de', 'alle', 'ingen', 'noen', 'nogen'],
])

/**
 * A sentence in another language whose subject is a person's name before the words that tell who will act
 * ({@link foreignFuture}: "Steven zal Arnold vragen …", "Marc se charge de réserver …"), those words read as " will "
 * so the name is read as an English one before "will"; any other text comes back as it is.
 */
function foreignFutureAsWill(text: string): string {
  const match = foreignFuture.exec(text)
  if (match === null || foreignOpeners.has(match[1]!.split(' ', 1)[0]!.toLowerCase())) return text
  return `${match[1]} will ${text.slice(match[0].length)}`
}

/** " is going to ", " are gonna ": the future a subject is about to act in, read as " will ". Bounded. */
export const goingTo = / (?:is|are|am) (?:going to|gonna) (?=[a-z])/

/** " is doing ", " are doing ": the work a subject has in hand ("Ana is doing the survey"), read as " will do ". Bounded. */
const isDoing = / (?:is|are) doing (?=(?:the|a|an|this|that|all|some) )/

/** " is requested to ", " has been asked to ": a request put to the subject, read as " will ". Bounded. */
const askedTo = / (?:is|are|has been|have been) (?:requested|asked|invited) to (?=[a-z])/

/** " agreed to ", " volunteered to ", " offered to ", " undertook to ": work the subject took on. Bounded. */
const tookOnTo = / (?:agreed|volunteered|offered|undertook) to (?=[a-z])/

/** " need to ", " needs to ": work the subject has to do ("Ana and Tom need to walk the site"), read as " will "; never
 * before "be" ("The gate needs to be fixed" is done by no one named) or "have". Bounded. */
const needTo = / (?:need|needs) to (?!(?:be|have)\b)(?=[a-z])/

/** "will be in touch", "will be at the fair", "will be on hand": "be" before a preposition says where or how the
 * subject will be, never that it is acted on. */
const beBeforePreposition = /^(?:in|at|on|with|there|available)$/

/**
 * Where " will " first stands, or " should " before any " to ": the word that links a subject to what it does; -1
 * when neither does. "Trustees to consider which decisions should be delegated": the "should" is in the object.
 */
function modalAt(text: string, should: boolean): number {
  const will = text.indexOf(' will ')
  const at = should ? text.indexOf(' should ') : -1
  const to = text.indexOf(' to ')
  if (at < 0 || (to >= 0 && to < at)) return will
  return will < 0 ? at : Math.min(will, at)
}

/** "to review", "to be": a verb after "to", not an article or a pronoun ("Response to the Commission"). */
const verbAfterTo = /^(?!(?:the|a|an|our|their|its|his|her|your|my|this|these|those|all|each|every)\b)[a-z]/

function subjectOwners(text: string, should: boolean): string[] {
  // "The Panel recommends that the Estates Office reviews …": the one asked to act, never the one asking.
  const asked = ownersAskedToAct(text)
  if (asked !== null) return asked
  // "The Clerk should publish …": a recommendation names who is to act as "will" does.
  const will = modalAt(text, should)
  // "RPM is committed to ensuring …", "The Faculties are committed to …": a promise made by the subject.
  const committed = /\s(?:is|are)\scommitted\sto\s/.exec(text)
  if (committed !== null && (will < 0 || committed.index < will))
    return namedSubject(text.slice(0, committed.index), 'will')
  if (will > 0) {
    const after = text.slice(text.indexOf(' ', will + 1) + 1).split(' ', 4)
    // "will be consulted", "will also be", "will continue to be encouraged": the subject is acted on. "Will be
    // working", "will be leading": the subject does the work.
    const be = after.findIndex((word) => word === 'be' || word === 'been')
    if (
      be >= 0 &&
      !/^[a-z]{2,}ing$/.test(after[be + 1] ?? '') &&
      !beBeforePreposition.test(after[be + 1] ?? '')
    )
      return []
    return namedSubject(text.slice(0, will), 'will')
  }
  // "Equity Officer runs a reading group": a role doing the work, in the present tense.
  const doing = roleAsPresentSubject(text)
  if (doing !== null) return [doing]
  // "Franziskus Kiefer to:", "Each panel member to:": the owner of the sub-items listed below.
  if (text.endsWith(' to:')) return namedSubject(text.slice(0, -4), 'to')
  const to = text.indexOf(' to ')
  const can = text.indexOf(' can ')
  // "Rhian Evans can share …": only a person's name is read before "can" ("Staff can book …" is what staff may do).
  if (can > 0 && (to < 0 || can < to))
    return /^[a-z]/.test(text.slice(can + 5)) ? personNames(text.slice(0, can)) : []
  // "Governors to be told of every change": the subject is acted on.
  if (to > 0 && !text.startsWith('be ', to + 4) && verbAfterTo.test(text.slice(to + 4)))
    return namedSubject(text.slice(0, to), 'to')
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
  return capitalised.test(head) || acronym.test(head) || isRoleOrBodyWord(head)
}

/** "All Faculty Deans", "Each School Director": the whole of a group named in full. */
const everyOne = /^(?:all|each|every)$/i

/** "RSE members", "Board members": the members of a named body. */
const members = /^members?$/

/**
 * Verbs that open an instruction, which a capitalised object may follow before "to" ("Invite Student Union officers
 * to …", "Develop Wellbeing Toolkit to support …", "Use Microsoft Forms to …"): such a subject names nobody.
 */
export const instructionVerbs: ReadonlySet<string> = new Set([
  ...imperativeWithTo,
  'accept',
  'achieve',
  'address',
  'adopt',
  'align',
  'allocate',
  'analyse',
  'analyze',
  'appoint',
  'approve',
  'arrange',
  'ask',
  'assess',
  'assign',
  'attend',
  'audit',
  'build',
  'carry',
  'celebrate',
  'check',
  'clarify',
  'collect',
  'commission',
  'communicate',
  'complete',
  'conduct',
  'confirm',
  'connect',
  'consider',
  'consult',
  'coordinate',
  'create',
  'define',
  'deliver',
  'design',
  'determine',
  'develop',
  'devise',
  'disseminate',
  'distribute',
  'draft',
  'embed',
  'empower',
  'enable',
  'encourage',
  'engage',
  'enhance',
  'ensure',
  'establish',
  'evaluate',
  'examine',
  'expand',
  'explore',
  'extend',
  'facilitate',
  'finalise',
  'finalize',
  'find',
  'focus',
  'form',
  'foster',
  'gather',
  'help',
  'hold',
  'identify',
  'implement',
  'improve',
  'include',
  'increase',
  'inform',
  'initiate',
  'integrate',
  'interrogate',
  'introduce',
  'invest',
  'investigate',
  'involve',
  'launch',
  'lead',
  'leverage',
  'link',
  'maintain',
  'make',
  'map',
  'measure',
  'meet',
  'monitor',
  'nominate',
  'offer',
  'organise',
  'organize',
  'oversee',
  'pilot',
  'prepare',
  'produce',
  'promote',
  'publicise',
  'publish',
  'raise',
  'recruit',
  'reduce',
  'refresh',
  'register',
  'reinforce',
  'remind',
  'request',
  'require',
  'research',
  'review',
  'revise',
  'run',
  'schedule',
  'secure',
  'set',
  'share',
  'source',
  'sponsor',
  'strengthen',
  'support',
  'survey',
  'train',
  'trial',
  'undertake',
  'update',
  'upgrade',
  'use',
  'work',
])

/** The last word of a thing, never a person's surname: "Mental Health Week", "Athena Swan Charter". */
const thingWord =
  /^(?:week|day|month|year|plan|policy|strategy|programme|program|scheme|project|report|survey|awards?|fund|event|festival|campaign|charter|framework|review|audit|website|page|statement|process|system|toolkit|training|course|module|objectives|targets|results|data|café|cafe|calendar|conference|response)$/i

/** The first word of a place's name: "North Wales", "New Zealand", "Greater Manchester". */
const placeWord =
  /^(?:north|south|east|west|northern|southern|eastern|western|new|great|greater|upper|lower|central|st|saint|mount|port)$/i

/**
 * Whether a subject reads as one person's name: two to four capitalised words or initials ("Priya Shah", "Dr Helen
 * Park", "Cllr Ross"), opening with no instruction's verb ("Use Microsoft Forms"), no place word ("North Wales") and
 * no quantifier, and ending in no thing ("Mental Health Week").
 */
function isPersonName(name: string): boolean {
  const words = name.split(' ')
  if (words.length < 2 || !isNamedOwner(name) || name.includes('/')) return false
  const first = words[0]!.toLowerCase()
  if (instructionVerbs.has(first) || placeWord.test(first) || namesNobody.has(first)) return false
  return !thingWord.test(words.at(-1)!) && !isRoleOrBodyWord(words.at(-1)!)
}

/** "VP Welfare", "Vice President Education", "Deputy VP Sport": a vice-president's title before its remit. */
const vicePresident = /^(?:(?:Deputy|Assistant) )?(?:VP|Vice[- ]President) [A-Z]/

/** "Marta Silva and Leo Grant", "Cllr Ross and Amira Khan": one or two people's names, else []. */
function personNames(subject: string): string[] {
  const names = subject.trim().split(/ (?:and|&) /)
  return names.length <= 2 && names.every(isPersonName) ? names : []
}

/** Words in capitals that open a sentence written in capitals, never a member's initials. */
const capitalOpeners: ReadonlySet<string> = new Set([
  'WE',
  'THEY',
  'THIS',
  'THAT',
  'THERE',
  'THESE',
  'IT',
  'ALL',
  'ANY',
])

/**
 * Whether a subject's first word is two to four capitals spelling a small word ("AT", "ON", "AS") that are a
 * member's initials: joined by "and" or "&" to other initials ("AT and KR"), so the subject is a list of members.
 */
function initialsSpellingAWord(first: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(first) || capitalOpeners.has(first)) return false
  return words.length === 3 && (words[1] === 'and' || words[1] === '&') && /^\p{Lu}{2,4}$/u.test(words[2]!)
}

function namedSubject(written: string, link: 'will' | 'to'): string[] {
  const beforeTo = link === 'to'
  // "Estates, working with the Technical Forum, will …": an aside in commas after a one-word subject.
  const aside = beforeTo ? -1 : written.indexOf(', ')
  const subject =
    aside > 0 && !written.slice(0, aside).includes(' ') && written.endsWith(',')
      ? written.slice(0, aside)
      : written
  // A clause, a dash or a year before "will" is not a name: "MHAW complete for 2021 – will feed into …".
  if (/[,;:()–—]|\d| - /.test(subject)) return []
  let words = subject.trim().split(/\s+/)
  // "Emissions inventory The Estates Office will …": a capitalised "The" inside the subject opens the sentence, after
  // a run-in label whose stop was lost.
  const opens = words.indexOf('The', 1)
  if (opens > 0) words = words.slice(opens)
  if (words[0]?.toLowerCase() === 'the') words = words.slice(1)
  const first = words[0]
  const last = words.at(-1)
  if (first === undefined || last === undefined || words.length > 10) return []
  if (!capitalised.test(first)) return []
  // "All Faculty Deans to …", "Each School Director will …": a named group, each of it; "All new starters to
  // receive …" names the people the action serves.
  if (everyOne.test(first) && words.length >= 3 && words.length <= 5) {
    const rest = words.slice(1)
    const named = rest.slice(0, -1).every((word) => capitalised.test(word) || acronym.test(word))
    const role = isGoverningOffice(last) || isRoleOrBodyWord(last) || members.test(last)
    return named && role && capitalised.test(rest[0]!) ? [words.join(' ')] : []
  }
  // "AT and KR will …": a member's initials in capitals that spell a small word ("AT", "ON") still name the member.
  if (namesNobody.has(first.toLowerCase()) && !initialsSpellingAWord(first, words)) return []
  if (beforeTo && instructionVerbs.has(first.toLowerCase())) return []
  // "RSE members to test …": the members of a body named by its acronym.
  if (words.length === 2 && acronym.test(first) && members.test(last)) return [words.join(' ')]
  // "VP Education and Democracy to …": a vice-president named by the remit that follows the title, one owner
  // however many areas the remit joins.
  if (
    vicePresident.test(words.join(' ')) &&
    words.length <= 8 &&
    words.every((word) => capitalised.test(word) || acronym.test(word) || nameJoiner.test(word))
  )
    return [words.join(' ')]
  const people = personNames(words.join(' '))
  if (people.length > 0) return people
  const endsInBody = words.length >= 2 && isRoleOrBodyWord(last)
  if (beforeTo) {
    // Before "to", an imperative is easily taken for a subject ("Set up a working group to …"): only a short
    // name of capitalised words ending in a body word ("Working group", "Equality Steering Group") is read.
    // "Board to amend …", "Chief executive to oversee …": a governing role, alone or after one word.
    if (
      words.length <= 3 &&
      isGoverningOffice(last) &&
      words.slice(1, -1).every((word) => capitalised.test(word))
    )
      return [words.join(' ')]
    const named = words.every(
      (word, i) =>
        i === 0 || capitalised.test(word) || nameJoiner.test(word) || (i === words.length - 1 && endsInBody),
    )
    // "Manager of Building and Maintenance to recruit …": a role named before "of" what it manages.
    const of = words.indexOf('of')
    const roleOf = of > 0 && of < words.length - 1 && isRoleOrBodyWord(words[of - 1]!)
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
