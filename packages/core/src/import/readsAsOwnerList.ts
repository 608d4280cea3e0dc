import { hasText } from '../text/cleanCellText'
import { isCapitalsNamingNoOne } from './capitalsNamingNoOne'

/**
 * How surely one cell names the people answerable for an action:
 * - `'role'`: a role, a unit or initials ("HR Director", "Head of School", "Estates team", "JS/AB", "Michael W.");
 * - `'name'`: only names shaped like a person's ("Jane Smith", "Priya Patel, Tom Jones");
 * - `'word'`: one capitalised word that could be a unit ("Estates", "Finance") or a topic ("Wellbeing");
 * - `null`: anything else (a phrase with ordinary words, a sentence, a date, a number, an e-mail address).
 */
export type OwnerCellReading = 'role' | 'name' | 'word' | null

/**
 * Reads one cell as an owner list: names, roles, teams or initials, alone or joined by "/", ",", ";", "&", "and",
 * a spaced "+" or line breaks, as the owner column of a Word or Excel action plan, a project tracker or a meeting's action log
 * holds them under any header ("Assigned To", "Contact", "Name", "Staff", or none). A list reads as its surest
 * part; any part that is not a name makes the whole cell none.
 *
 * @example
 * readsAsOwnerList('HR Director / Jane Smith') // 'role'
 * readsAsOwnerList('Jane Smith') // 'name'
 * readsAsOwnerList('Review the recruitment policy') // null
 */
export function readsAsOwnerList(cell: string): OwnerCellReading {
  // "Clerk + Treasurer": a spaced plus joins two owners; any other "+" is no name's.
  const joined = cell.replaceAll(' + ', ', ')
  if (cell.length > maxCellLength || /[@\d:?!|<>=+]/.test(joined.replace(teamCodes, ''))) return null
  // "Director of Workforce & Development", "Learning and Development Manager": an "&" or "and" inside one role's name
  // joins its words, not two owners. A piece between the hard joints that reads whole as a role is one role.
  const readings: (OwnerCellReading | 'skip' | 'capitals')[] = []
  for (const piece of joined.split(hardBreak)) {
    const whole = cleanPart(piece).replace(ampersand, ' and ')
    if (innerJoint.test(piece) && readPart(whole) === 'role') readings.push('role')
    else
      for (const raw of piece.split(innerJoint)) {
        const part = cleanPart(raw)
        readings.push(
          part === ''
            ? 'skip'
            : initials.test(part) && isCapitalsNamingNoOne(part)
              ? 'capitals'
              : readPart(part),
        )
      }
    if (readings.length > maxParts) return null
  }
  // "DTM/RED", "JS, OK": a word in capitals that names no one alone ("RED", "OK") is a member's initials when it is
  // joined to other initials; alone, or beside anything else ("RED/AMBER", "Clerk / TBC"), it names no one.
  const initialsOnly = joined
    .split(hardBreak)
    .flatMap((piece) => piece.split(innerJoint))
    .every((raw) => cleanPart(raw) === '' || initials.test(cleanPart(raw)))
  const realInitials = readings.some((reading) => reading === 'role')
  let best: OwnerCellReading = null
  let any = false
  for (const raw of readings) {
    if (raw === 'skip') continue
    const reading = raw === 'capitals' ? (initialsOnly && realInitials ? 'role' : null) : raw
    if (reading === null) return null
    any = true
    if (rank[reading] > (best === null ? 0 : rank[best])) best = reading
  }
  return any ? best : null
}

/** A part's text without "(lead)" asides, runs of spaces or a list mark. */
function cleanPart(raw: string): string {
  return raw.replace(bracketed, ' ').replace(/\s+/g, ' ').trim().replace(lineMark, '')
}

/** How many of a column's cells are read to judge it: enough to tell names from topics, bounded on a long table. */
const columnSample = 40

/**
 * How a column's cells read as owner lists: of its first {@link columnSample} filled cells (`cells`), how many read
 * as names, roles, teams or initials (`names`), and how many surely so, not one capitalised word alone (`sure`). The
 * column steps that ask whether a column lists people, or names no one, judge by these counts.
 *
 * @example
 * ownerColumnReadings(['Clerk', 'Jane Smith', '', 'Wellbeing', 'Review the policy'])
 * // { cells: 4, names: 3, sure: 2 }
 */
export function ownerColumnReadings(column: readonly string[]): {
  cells: number
  names: number
  sure: number
} {
  const cells = column
    .filter((cell) => hasText(cell) && !placeholder.test(cell.trim()))
    .slice(0, columnSample)
  let names = 0
  let sure = 0
  for (const cell of cells) {
    const reading = readsAsOwnerList(cell.trim())
    if (reading === null) continue
    names++
    if (reading !== 'word') sure++
  }
  return { cells: cells.length, names, sure }
}

/** "TBC", "N/A", "—": a cell that names no one yet, counted neither way. Anchored. */
const placeholder = /^(?:tbc|tba|tbd|n\/?a|[-–—])$/i

const maxCellLength = 160
const maxParts = 8
const rank = { role: 3, name: 2, word: 1 } as const

/** "/", ",", ";", a line break: the joints that always part two owners. Single characters: linear on any cell. */
const hardBreak = /[/,;\n]/
/** "&" or " and ": a joint inside one role's name, or between two owners. One character or one fixed word: linear. */
const innerJoint = /&| and /
const ampersand = / ?& ?/g
/** "(lead)", "(support)": the part someone plays, not a name. Bounded and without nesting. */
const bracketed = /\([^()]{0,40}\)/g

/** Words a role or a unit's name ends in, or starts with before "of" ("Head of School"). */
const roleWords: ReadonlySet<string> = new Set([
  'director',
  'directors',
  'directorate',
  'head',
  'heads',
  'manager',
  'managers',
  'officer',
  'officers',
  'lead',
  'leads',
  'leader',
  'leaders',
  'team',
  'teams',
  'committee',
  'committees',
  'group',
  'board',
  'dean',
  'deans',
  'chair',
  'coordinator',
  'co-ordinator',
  'administrator',
  'adviser',
  'advisor',
  'registrar',
  'secretary',
  'principal',
  'provost',
  'president',
  'vp',
  'pvc',
  'ceo',
  'cfo',
  'coo',
  'staff',
  'service',
  'services',
  'office',
  'department',
  'dept',
  'unit',
  'school',
  'faculty',
  'council',
  'panel',
  'forum',
  'network',
  'partnership',
  'executive',
  'champion',
  'champions',
  'trustees',
  'governors',
  'clerk',
  'librarian',
  'owner',
  'sponsor',
  'members',
  'partners',
  'representatives',
  'auditor',
  'tutor',
  'tutors',
  'minister',
  'ministers',
  'coordinators',
  'co-ordinators',
  'administrators',
  'advisers',
  'advisors',
  'chairs',
  'treasurer',
  'exec',
  'cabinet',
  'university',
  'college',
  'all',
])

/** Words that open a role named by its remit: "Head of School", "Director for Estates", "Chair of Governors". */
const roleOfWords: ReadonlySet<string> = new Set([
  'head',
  'heads',
  'director',
  'directors',
  'minister',
  'university',
  'dean',
  'chair',
  'manager',
  'lead',
  'vice',
])

/** Small words inside a role's or a unit's name ("Head of School", "Director for the Library"). */
const joinWords: ReadonlySet<string> = new Set([
  'of',
  'for',
  'the',
  'and',
  'in',
  'to',
  'de',
  'van',
  'von',
  'da',
])

/** Nouns of the work itself, which a person's name never holds: "Staff Survey", "Mentoring Scheme". */
const workWords: ReadonlySet<string> = new Set([
  'survey',
  'scheme',
  'policy',
  'plan',
  'programme',
  'program',
  'project',
  'review',
  'strategy',
  'report',
  'event',
  'events',
  'week',
  'day',
  'fund',
  'award',
  'framework',
  'process',
  'system',
  'data',
  'website',
  'campus',
  'site',
  'building',
  'budget',
  'funding',
  'research',
  'teaching',
  'learning',
  'students',
  'student',
  'pay',
  'gap',
])

/** Endings of abstract nouns ("Development", "Inclusion", "Wellness", "Diversity"): a topic, not a name. */
const topicEnding = /(?:tion|sion|ment|ness|ity|ship|ogy|ism|ics)$/
const capitalised = /^[A-Z][A-Za-z'’-]{0,30}$/
const initials = /^[A-Z]{2,5}$/
/** "NA4", "JRA1", "SA2": a team named by its capitals and one digit, as a project names its activities. */
const teamCode = /^[A-Z]{2,4}\d$/
const teamCodes = /(?<![A-Za-z\d])[A-Z]{2,4}\d(?![A-Za-z\d])/g
/** "Smith", "O'Neill", and surnames with a capital inside after a prefix: "McKay", "MacLeod", "DeCoste", "DiNapoli",
 * "LeBlanc", "LaRue", "DuPont". */
const personName = /^[A-Z][a-z'’-]{1,20}$|^(?:Mc|Mac|O’|O'|De|Di|Du|La|Le)[A-Z][a-z]{1,20}$/
const initial = /^[A-Z]\.?$/

/** Titles before a person's name: "Dr Anne Gormly", "Mrs A Lyden", "Cllr Moss". */
const honorifics: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'prof',
  'professor',
  'cllr',
  'sir',
  'dame',
])
/** A list mark opening a line of an owner list ("- Head of HR", "• Clerk"). Anchored, bounded. */
const lineMark = /^[-–•·*]\s{1,3}/

function readPart(part: string): OwnerCellReading {
  const words = part.split(' ')
  // "Dr. Anne Gormly", "Mrs A Lyden": a title before a person's name or initials is surely a person.
  if (words.length >= 2 && words.length <= 5 && honorifics.has(words[0]!.toLowerCase().replace(/\.$/, ''))) {
    const rest = words.slice(1)
    return rest.every((word) => personName.test(word) || initial.test(word) || initials.test(word))
      ? 'role'
      : null
  }
  if (words.length > 7) return null
  const lower = words.map((word) => word.toLowerCase())
  if (words.length === 1) {
    const word = words[0]!
    if (initials.test(word)) return isCapitalsNamingNoOne(word) ? null : 'role'
    if (teamCode.test(word)) return 'role'
    if (roleWords.has(lower[0]!) && lower[0] !== 'all') return capitalised.test(word) ? 'role' : null
    return capitalised.test(word) && !topicEnding.test(lower[0]!) && !workWords.has(lower[0]!) ? 'word' : null
  }
  // Every word a capitalised word, initials, a role word or a small joining word: "Head of School", "Estates team".
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (joinWords.has(lower[i]!) && i > 0 && i < words.length - 1) continue
    if (capitalised.test(word) || roleWords.has(lower[i]!) || /^[A-Z][a-z]?\.$/.test(word)) continue
    return null
  }
  const last = lower[words.length - 1]!
  if (roleWords.has(last)) return 'role'
  if (roleOfWords.has(lower[0]!) && (lower[1] === 'of' || lower[1] === 'for')) return 'role'
  if (words.some((word) => initials.test(word) && !isCapitalsNamingNoOne(word))) return 'role'
  // "Michael W.", "J. Smith": a person written with an initial.
  if (words.length === 2 && (initial.test(words[1]!) || initial.test(words[0]!))) return 'role'
  if (words.length > 3 || lower.some((word) => workWords.has(word) || roleWords.has(word))) return null
  if (lower.some((word) => topicEnding.test(word) && word.length >= 6)) return null
  if (/ing$/.test(lower[0]!)) return null
  return words.every((word) => personName.test(word) || initial.test(word)) ? 'name' : null
}
