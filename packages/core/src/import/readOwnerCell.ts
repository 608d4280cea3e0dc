import { parseOwners } from '../owners/parseOwners'
import { readsAsOwnerList } from './readsAsOwnerList'
import { collapseWhitespace } from '../text/cleanCellText'
import { isListedUnitName } from './isListedUnitName'
import { helpersInBrackets } from './helpersInBrackets'
import { withoutStageLabel } from './withoutStageLabel'

/**
 * Reads an owner cell of an imported table as a careful reader does, on top of `parseOwners`'s split on `/`, `,`
 * and line breaks:
 * - a line that reads as a clause ("Leaders use their influence to advance race equality"), an outcome written
 *   into a shared "Lead/Outcomes" column, names nobody;
 * - a name followed by a sentence ("SLT members. Secretary to SLT takes the minutes.") is the name; the
 *   sentence is a note (the whole cell stays in `ownersText`);
 * - a mark of the part someone plays ("(lead)", "(R)", "to lead") or the step they take ("Deans nominate", "Board
 *   to approve") is not part of the name;
 * - "and" or "&" joins two owners when one side is an acronym ("REF Manager and HR", "CWG & CRIWG") or the
 *   left side is a whole unit or role ("Diversity Group and Partnership Board"), but not inside one name
 *   ("Head of Equality and Diversity", "L & D", "Director of HR & PD");
 * - a line only in brackets ("(Student Services)") finishes the name on the line above;
 * - partners named after the owners ("HR in consultation with the unions", "… supported by Estates") help the
 *   owners and are not owners; owners joined by "along with" or "together with" share the work, and a second owner
 *   after ", as well as" is named without those words;
 * - one word joined to bodies in the plural ("CFO and Chief People Officer Councils", "Audit and Risk Committees")
 *   names them as one phrase, kept as one owner;
 * - a clause saying what an owner brings ("Trades Faculty who can provide information") is not part of the name.
 *
 * @example
 * readOwnerCell('Head of Research & HR\nStaff feel their views are heard') // ['Head of Research', 'HR']
 */
export function readOwnerCell(cell: string): string[] {
  const text = withoutClosingRemark(cell)
  // Most owner cells are a few short names: only a cell with a sentence end or six words has notes to drop.
  const plain = !text.includes('. ') && !sixWords.test(text)
  const names = plain
    ? text
    : text
        .split('\n')
        .map((line) => leadingName(withoutRelativeClause(collapseWhitespace(line))))
        .filter((line) => line !== '' && !isClause(line))
        .join('\n')
  if (names === '') return []
  const owners: string[] = []
  const seen = new Set<string>()
  for (const owner of readOwnerLines(joinBracketLines(joinWrappedLines(names)))) {
    for (const name of splitWorkingWith(withoutRoleMark(owner).replace(asWellAs, ''))
      .flatMap(splitJoinedOwners)
      .flatMap(helpersInBrackets)) {
      const key = name.toLowerCase()
      if (name === '' || seen.has(key) || vague.test(name)) continue
      seen.add(key)
      owners.push(name)
    }
  }
  return owners
}

/**
 * "(this year was Ana K.)", "(one more helper wanted!)": a bracket closing the cell that opens with a word in lower
 * case and runs three words or more, a remark on the names before it. Bounded and anchored: linear.
 */
const closingRemark = /\s\((\p{Ll}{1,20})(?:[\s,]{1,3}[^()\s,]{1,30}){2,20}\)[.!]?\s{0,3}$/u

/** Words that open a bracket naming more people ("(and the site team)", "(with HR)"): no remark. */
const namingMore: ReadonlySet<string> = new Set([
  'and',
  'with',
  'plus',
  'supported',
  'assisted',
  'helped',
  'via',
  'through',
  'including',
  'inc',
  'incl',
  'see',
])

/** A cell without the remark in a bracket closing it ("Ana K (this year was Tom)" → "Ana K"), else the cell. */
function withoutClosingRemark(cell: string): string {
  const remark = closingRemark.exec(cell)
  return remark === null || namingMore.has(remark[1]!) || remark.index === 0
    ? cell
    : cell.slice(0, remark.index)
}

/** "Others", "etc.": the rest of a list of owners, which names nobody. */
const vague = /^(?:(?:and\s)?(?:all\s)?others|etc\.?)$/i

/** `parseOwners` on each line, except that a line naming one unit by its listed subjects
 * ("Communities, Policy & Engagement team") is one owner. */
function readOwnerLines(text: string): string[] {
  return text
    .split('\n')
    .map(withoutRemitLabel)
    .map(withoutStageLabel)
    .map(withoutPartners)
    .flatMap((line) => (isListedUnitName(line.trim()) ? [line.trim()] : parseOwners(line).owners))
}

/** "Complaints = ": a short label of what the owner after it answers for. Bounded and anchored: linear. */
const remitLabel = /^\s{0,8}[^=\n]{1,40}?\s=\s{1,3}(?=\S)/

/**
 * "Complaints = Complaints Manager" → "Complaints Manager": a line that says which part of the action each owner
 * answers for names the owner after the "=" (the whole cell stays in `ownersText`).
 */
function withoutRemitLabel(line: string): string {
  const label = remitLabel.exec(line)
  return label === null ? line : line.slice(label[0].length)
}

/** "in conjunction with", "in consultation with", "with support from", "supported by": who helps the owners.
 * Each word a literal and one space between, so it cannot backtrack. */
const partnerPhrase =
  /\s(?:in\s(?:conjunction|consultation|liaison)\swith|with\s(?:support|input|help|advice)\sfrom|supported\sby)\s/i

/**
 * "Ana/Raj in conjunction with the site teams" → "Ana/Raj": the partners named after the owners help them and are
 * not owners themselves (the whole cell stays in `ownersText`). A line that opens with the phrase is kept.
 */
function withoutPartners(line: string): string {
  const phrase = partnerPhrase.exec(line)
  return phrase === null || line.slice(0, phrase.index).trim() === '' ? line : line.slice(0, phrase.index)
}

/** The last word of a unit's or role's name, which a narrow column may wrap onto a line of its own. */
const UNIT_WORDS: ReadonlySet<string> = new Set([
  'group',
  'committee',
  'team',
  'board',
  'office',
  'unit',
  'panel',
  'forum',
  'network',
  'manager',
  'officer',
  'services',
  'department',
])

/**
 * A line that opens with a joining word goes on from the line above, wrapped in a narrow column: "Simon
 * working⏎with the co-chairs," is one line. Two lowercase names on two lines ("a⏎b") stay two.
 */
function joinWrappedLines(text: string): string {
  const opened = wrappedLine.test(text) ? text.replace(wrappedLines, '$1 ') : text
  // "SRC and⏎Gender": a line that ends on a joining word goes on to the next one, as one that opens with it does.
  return lineEndsJoined.test(opened) ? opened.replace(linesEndingJoined, '$1 ') : opened
}

const wrappedLine = /\n[ \t]*(?:with|and|of|for|from|by|to|the|in)\s/
// Bounded runs, each of one class, anchored on the line break: linear on any cell.
const wrappedLines = /([^,;\n])[ \t]{0,20}\n[ \t]{0,20}(?=(?:with|and|of|for|from|by|to|the|in)\s)/g

const lineEndsJoined = /\s(?:with|and|&)[ \t]*\n/
// The joining word, then bounded blanks and the line break: linear on any cell.
const linesEndingJoined = /(\s(?:with|and|&))[ \t]{0,20}\n[ \t]{0,20}(?=\S)/g

/** "A working with B", "A along with B", "A in partnership with B": two owners doing the work together, the lead first. Partners who
 * only help ("in consultation with", "supported by") are dropped by `withoutPartners`. */
const workingWith =
  /\s(?:working with|in (?:collaboration|partnership) with|jointly with|along with|together with)\s/i

/** "as well as other interagency bodies", after a comma: the joiner opens the second owner's name. */
const asWellAs = /^as\s+well\s+as\s+(?=\S)/i

function splitWorkingWith(owner: string): string[] {
  const match = workingWith.exec(owner)
  if (match === null) return [owner]
  const lead = owner.slice(0, match.index).trim()
  const other = owner
    .slice(match.index + match[0].length)
    .trim()
    .replace(/^the\s+(?=[A-Z])/, '')
  return lead === '' || other === '' ? [owner] : [lead, other]
}

/**
 * A line that is only words in brackets ("(Student Services)"), or only the last word of a unit's name ("Group"),
 * finishes the name above it, wrapped in a narrow column: "Assistant Principal⏎(Student Services)" and "APP
 * Steering⏎Group" are one owner each.
 */
function joinBracketLines(text: string): string {
  if (!text.includes('\n')) return text
  // Each line as its parts, with its last character and how many brackets it leaves open kept as it grows, so a
  // long run of joined lines is never read again: linear on any cell.
  const lines: string[][] = []
  let lastEnd = ''
  let open = 0
  for (const line of text.split('\n')) {
    const trimmed = line.trim()
    const bracketed = trimmed.startsWith('(') && trimmed.endsWith(')') && !trimmed.slice(1, -1).includes('(')
    // "APP Steering⏎Group": a unit's last word alone on a line finishes the name above it.
    // "Parks⏎Officer/Estates⏎Officer": so does one opening a line before the slash or comma that starts the next name.
    const unitWord =
      UNIT_WORDS.has(firstName(trimmed).toLowerCase()) && lastEnd !== '' && !/[,;/&]/.test(lastEnd)
    // "HR (Juice⏎Workplace Health and Wellbeing)": a bracket left open goes on to the line that closes it.
    if ((bracketed || unitWord || open > 0) && lines.length > 0) {
      lines.at(-1)!.push(trimmed)
      if (trimmed !== '') lastEnd = trimmed.at(-1)!
      open += count(trimmed, '(') - count(trimmed, ')')
    } else {
      lines.push([line])
      lastEnd = trimmed.at(-1) ?? ''
      open = count(trimmed, '(') - count(trimmed, ')')
    }
  }
  return lines
    .map((parts) => parts.map((part, i) => (i < parts.length - 1 ? part.trimEnd() : part)).join(' '))
    .join('\n')
}

/** The text of a line up to its first slash, comma or semicolon: the first name it holds, or the whole line. */
function firstName(line: string): string {
  const end = line.search(/[,;/]/)
  return (end < 0 ? line : line.slice(0, end)).trimEnd()
}

/** " who can provide information": a clause saying what an owner brings, up to the next owner or the end. */
const relativeClause = / who\s/i
/** Where the next owner starts after a relative clause: ", ", "; " or " and " before a capital or "the". */
const nextOwner = /(?:[,;]\s|\sand\s(?=the\s|[A-Z]))/

/**
 * "Trades Faculty who can provide information and the Careers Coordinator" → "Trades Faculty and the Careers
 * Coordinator": a clause saying what an owner brings is not part of any name. One search for "who", one for the
 * next owner after it: linear.
 */
function withoutRelativeClause(line: string): string {
  const who = relativeClause.exec(line)
  if (who === null || who.index === 0) return line
  const rest = line.slice(who.index + who[0].length)
  const next = nextOwner.exec(rest)
  return next === null ? line.slice(0, who.index) : line.slice(0, who.index) + rest.slice(next.index)
}

/** Six words or more. Anchored, and each word and space a run of its own class, so it cannot backtrack without bound. */
const sixWords = /^\s*(?:\S+\s+){5}\S/

/** Words that join the parts of a name ("Head of School", "Chair of the Board"): not a sign of a clause. */
const joiningWords = new Set([
  'of',
  'and',
  'for',
  'to',
  'the',
  'in',
  'on',
  'at',
  'with',
  'from',
  'a',
  'an',
  'by',
])

/** Words a name never holds but a clause does: verbs of being, modals, pronouns, relative words. */
const clauseWords = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'will',
  'can',
  'could',
  'should',
  'would',
  'their',
  'they',
  'them',
  'its',
  'our',
  'we',
  'how',
  'where',
  'which',
  'that',
  'more',
  'than',
  'able',
  'use',
])

/** A line of six words or more holding a clause word is a clause (an outcome, a note), not a name. */
function isClause(line: string): boolean {
  const words = line.split(' ')
  return words.length >= 6 && words.some((word) => clauseWords.has(word.toLowerCase().replace(/[.,;:]$/, '')))
}

/** "Dr.", "Prof.", an initial ("J."): a dot that does not end a sentence. */
const notSentenceEnd = /(?:^|\s)(?:[A-Za-z]|Dr|Prof|Mr|Mrs|Ms|St|No)$/

/**
 * The name at the start of a line followed by a sentence of its own ("Corporate Policy Office. Toolkits to be
 * devised" → "Corporate Policy Office"). A following sentence of names ("HR. Estates.") is kept.
 */
function leadingName(line: string): string {
  const boundary = /\.\s+(?=[A-Z])/g
  for (let match = boundary.exec(line); match !== null; match = boundary.exec(line)) {
    const head = line.slice(0, match.index)
    if (notSentenceEnd.test(head.slice(-6))) continue
    const rest = line.slice(match.index + match[0].length)
    const words = rest.split(' ')
    const lowerWords = words.filter((word) => /^[a-z]/.test(word) && !joiningWords.has(word))
    if (words.length >= 3 && lowerWords.length >= 1) return head
    return line
  }
  return line
}

// "(R)", "(I)", "(Responsible-R)": a RACI mark (responsible, accountable, consulted, informed/implements);
// "(lead)", "(co-lead)", "(chair)": the one who leads; "… to lead": the same in words. "… to nominate", "… approve":
// the step the owner takes ("Deans nominate", "Board to approve"). None is part of the name.
const roleMark =
  /\s?(?:\((?:[A-Za-z]{1,14}\s?[-–]\s?)?[RACI]\)|\((?:co-?)?(?:lead|chair|coordinator|co-ordinator)\)|\s+to\s+(?:lead|co-?ordinate)|\s{1,3}(?:to\s{1,3})?(?:nominate|appoint|approve|agree|decide|confirm)s?)\.?$/i

/** "… as needed", "… where required": a note on when the owner steps in, not part of the name. Anchored: linear. */
const whenNeeded = /\s(?:as|when|where|if)\s(?:needed|required|necessary|appropriate)\.?$/i

/**
 * "… to write", "… to help co-create": the step the owner takes, a verb in lower case after "to", not part of the
 * name ("SM research lead to write" → "SM research lead"). "Assistant to the Dean" keeps its "to the".
 */
const stepAfterName =
  /\sto\s(?!(?:the|a|an|all|each|every|his|her|their|its|our|this|these|those|be)\b)(?:help\s)?\p{Ll}[\p{Ll}-]{1,20}\.?$/u

function withoutRoleMark(owner: string): string {
  const mark = roleMark.exec(owner)
  let name = mark === null || mark.index === 0 ? owner : owner.slice(0, mark.index).trim()
  for (const note of [whenNeeded, stepAfterName]) {
    const found = note.exec(name)
    if (found !== null && found.index > 0) name = name.slice(0, found.index).trim()
  }
  return name
}

/** "HR", "CWG", "CRIWG", "SLTs", "HoDs" (heads of department): an acronym, a name of its own. */
const acronym = /^(?:[A-Z][A-Z0-9]{1,7}|[A-Z]o[A-Z]{1,3})s?$/

/** The last word of a whole unit or role: "… Group", "… SubGroup", "… Committee", "… Manager", "… Lead". */
const unitOrRole =
  /(?:^|\s)(?:(?:sub-?)?group|team|committee|office|board|unit|partnerships?|forum|network|panel|services|faculty|department|managers?|directors?|officers?|deans?|leads?|leaders?|heads?|co-?ordinators?|champions?|representatives?)$/i

/** "Scrutineers", "Governors", "Trustees": one plural word naming a body of people, an owner of its own. */
const peopleWord = /^[A-Z][a-z]{2,20}(?:eers|ers|ors|ees|ists)$/

function isPeopleWord(text: string): boolean {
  return peopleWord.test(text)
}

/**
 * "unit and department heads": one lowercase word before the joiner shares the role named after it (unit heads
 * and department heads, written once), so the phrase is kept whole rather than cut into "unit" and a role.
 */
function sharesHeadNoun(left: string, right: string): boolean {
  if (/^[a-z]+$/.test(left) && right.includes(' ') && unitOrRole.test(right)) return true
  // "CIO and Chief Data Officer Councils", "Audit and Risk Committees": one word, then bodies in the plural that
  // both share, named as one phrase.
  if (/^[A-Za-z]+$/.test(left) && right.includes(' ') && pluralBodies.test(right)) return true
  // "OD & Training Manager", "Research and Enterprise Manager", "Lab & Field Executive": one word before the joiner
  // and a short role title after it name one role or body over both ("HR and faculty managers" are two). A rank
  // opening the title names one person's post ("HR and Chief Executive", "IT and Deputy Director" are two).
  const words = right.split(' ').length
  return (
    /^[A-Za-z]+$/.test(left) &&
    !unitOrRole.test(left) &&
    /^[A-Z]/.test(right) &&
    !rank.test(right) &&
    words >= 2 &&
    words <= 3 &&
    roleTitle.test(right)
  )
}

/** The plural of a body's name closing a phrase that names two of them ("… Councils", "… Committees"). */
const pluralBodies = /\s(?:councils|committees|boards)$/i

/** The last word of a role's title ("… Manager", "… Officer"), not of a unit ("… group"). */
const roleTitle =
  /\s(?:managers?|directors?|officers?|leads?|co-?ordinators?|advisers?|advisors?|executives?|execs?)$/i

/** A rank opening a post's title: "Chief …", "Deputy …", "Vice …", "Assistant …". */
const rank = /^(?:chief|deputy|vice|assistant|associate)\s/i

function splitJoinedOwners(owner: string): string[] {
  if (owner.includes('(')) {
    // "HR (E&D team) and Disabled Staff Network": a name closed by its bracket, then "and" and another name.
    const parts = owner.split(/(?<=\))\s+(?:and|&)\s+(?=[A-Z])/)
    const balanced = parts.every((part) => count(part, '(') === count(part, ')'))
    return parts.length > 1 && balanced ? parts.flatMap(splitJoinedOwners) : [owner]
  }
  const parts = owner.split(/\s+(and|&)\s+/)
  if (parts.length === 1) return [owner]
  const names: string[] = []
  let current = parts[0]!
  let last = current
  for (let i = 1; i < parts.length; i += 2) {
    const joiner = parts[i]!
    const next = parts[i + 1]!
    // "Director of HR & PD": two acronyms after "of" name the one unit the role heads.
    const unitPair = acronym.test(next) && / of [A-Z]{2,8}$/.test(current)
    if (
      !unitPair &&
      !sharesHeadNoun(last, next) &&
      (acronym.test(last) ||
        acronym.test(next) ||
        unitOrRole.test(last) ||
        isPeopleWord(last) ||
        (isFullName(last) && isFullName(next)))
    ) {
      // "Director & Deputy Director of HR": a bare role before the joiner shares the unit after it.
      const bareRole = !current.includes(' ') && !acronym.test(current) && unitOrRole.test(current)
      const shared = bareRole ? / of .+$/.exec(next) : null
      names.push(shared === null ? current : `${current}${shared[0]}`)
      // "… and the Careers Coordinator": the article belongs to the sentence, not to the name.
      current = next.replace(/^the\s+(?=[A-Z])/, '')
    } else {
      current = `${current} ${joiner} ${next}`
    }
    last = next
  }
  names.push(current)
  return names
}

/** "Priya Shah": a person's given name and surname (two or three words read as a person's name), or a given name and
 * a surname's initial ("Lucy S"), so "Priya Shah and Tom Okafor" or "Lucy S and Omar K" names two people, while
 * "Equality and Diversity" or "Marks and Spencer" stays one phrase. */
function isFullName(text: string): boolean {
  return (text.includes(' ') && readsAsOwnerList(text) === 'name') || nameAndInitial.test(text)
}

/** "Lucy S", "Doug W.": a given name and the initial of a surname, as a club's sign-up sheet names its members. */
const nameAndInitial = /^\p{Lu}\p{Ll}{1,20} \p{Lu}\.?$/u

/** How many times a character occurs in a text. */
function count(text: string, char: string): number {
  let n = 0
  for (const c of text) if (c === char) n++
  return n
}
