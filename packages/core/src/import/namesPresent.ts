import { isHonorific } from '../owners/isHonorific'
import { collapseWhitespace } from '../text/cleanCellText'
import { ROLL_LABEL_WORDS } from './rollLabelWords'

/** "Present: …", "Attendees – …", "In attendance: …", "Roll call: …": the label of minutes' roll, its names after it.
 * Bounded. */
const rollLabel = new RegExp(
  `^(?:(?:\\d{1,3}|[IVX]{1,5})[.)]\\s{1,3})?(?:${ROLL_LABEL_WORDS}|members\\s{1,3}present)\\s{0,3}[:–—-]\\s{0,3}(\\S.{0,2000})$`,
  'i',
)

/** A first name as a roll writes it: a capital, then lower-case letters. */
const firstName = /^\p{Lu}\p{Ll}{1,20}$/u

/** At most this many rows at the top of the page are read for its roll. */
const maxRows = 40

/**
 * The first names minutes list as present above their table ("Present: Diane Barkley, Caroline Bolton, Jenny
 * Hemming" → diane, caroline, jenny), lower-cased: a column of lone first names beside the actions names those
 * people. Brackets of initials ("(JL)") and titles ("Mr", "Messrs") are left out. Only the first forty rows of the
 * page are read (above the header or just below it), and only those that open with a roll's label.
 *
 * @example
 * namesPresent([['Present: Diane Barkley, Mr Tom Reed (TR) and Ana Cruz'], ['Action', 'Who']]) // Set {'diane', 'tom', 'ana'}
 */
export function namesPresent(table: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(peoplePresent(table).map((words) => words[0]!.toLowerCase()))
}

/** The members of a roll by first name and by surname, lower-cased. */
export interface Members {
  readonly first: ReadonlySet<string>
  readonly last: ReadonlySet<string>
}

/**
 * The people minutes list as present, by first name and by surname, lower-cased: the surname is the last word of each
 * name of two words or more ("Present: Ruth Okafor (Chair), Dev Shah" → okafor, shah), so "Cllr Okafor" is known as
 * one of them.
 *
 * @example
 * membersPresent([['Present: Councillors – Ruth Okafor (Chair), Dev Shah, Ann']]).last // Set {'okafor', 'shah'}
 */
export function membersPresent(table: readonly (readonly string[])[]): Members {
  return membersOf(peoplePresent(table))
}

/**
 * The members named by people's words ("Ruth Okafor" as ['Ruth', 'Okafor']), by first name and, for a name of two
 * words or more, by surname, lower-cased.
 *
 * @example
 * membersOf([['Ruth', 'Okafor'], ['Ann']]) // { first: Set {'ruth', 'ann'}, last: Set {'okafor'} }
 */
export function membersOf(people: readonly (readonly string[])[]): Members {
  return {
    first: new Set(people.map((words) => words[0]!.toLowerCase())),
    last: new Set(people.filter((words) => words.length >= 2).map((words) => words.at(-1)!.toLowerCase())),
  }
}

/** The names of the roll, each as its words without titles or dashes, first names checked. */
function peoplePresent(table: readonly (readonly string[])[]): string[][] {
  const people: string[][] = []
  for (const row of table.slice(0, maxRows)) {
    const roll = rollLabel.exec(collapseWhitespace(row.filter((cell) => cell.trim() !== '').join(', ')))
    if (roll === null) continue
    for (const words of peopleOfRoll(roll[1]!)) if (firstName.test(words[0]!)) people.push(words)
  }
  return people
}

/** "Apologies for absence:", "Absent:" inside a roll's names, where a second list starts on the same line. Bounded. */
const rollLabelWithin = /\s(?:apologies(?: for absence)?|absent|in attendance)\s{0,2}:/giu

/** "None", "Nil", "All": a roll's filler, no one's name. */
const noOne = /^(?:none|nil|n\/a|all|no one|nobody)$/i

/**
 * The people a roll's list of names names ("Mrs Ada Lowe (AL), B.Quinn & Cara Finn; Dev og Eva."), each as its words:
 * split at commas, semicolons and "and", "&", "og", "och"; brackets ("(Chair)", "(AL)"), titles ("Mrs", "Cllr"), lone
 * dashes and a closing full stop left out, initials glued to a surname set apart ("B. Quinn"), fillers ("None", "All")
 * and anything of more than four words dropped. The one reading of a roll's names: each reader then keeps the people
 * whose words look like a name to it (a capitalised first name, every word capitalised, …).
 *
 * @example
 * peopleOfRoll('Mrs Ada Lowe (AL), B.Quinn & Cara Finn.') // [['Ada', 'Lowe'], ['B.', 'Quinn'], ['Cara', 'Finn']]
 */
export function peopleOfRoll(names: string): string[][] {
  const people: string[][] = []
  const spaced = names
    .replace(/\.\s{0,3}$/, '')
    .replace(/\([^()]{0,40}\)/g, ' ')
    // "Ann Holt [AH]": the initials the minutes will call her by, in square brackets.
    .replace(/\[[^[\]]{0,40}\]/g, ' ')
    .replace(/(?<=\b\p{Lu}\.)(?=\p{Lu})/gu, ' ')
    // "Ann Holt- Price": a double-barrelled surname broken after its hyphen is one word.
    .replace(/(?<=\p{Ll})- (?=\p{Lu}\p{Ll})/gu, '-')
    // "Cian O’ Dea": an Irish surname broken after its apostrophe is one word too.
    .replace(/(?<=(?:^|\s)\p{Lu}['’]) (?=\p{Lu}\p{Ll})/gu, '')
    // "Present: Ann Holt, Ben Ode Apologies: Cy Finn": a second roll label on the line starts a list of its own.
    .replace(rollLabelWithin, ', ')
  for (const person of spaced.split(/[,;]| and | & | og | och /)) {
    const words = person
      .trim()
      .split(' ')
      .filter((word) => word !== '' && !isHonorific(word) && !/^[–—-]$/.test(word))
    if (words.length >= 1 && words.length <= 4 && !noOne.test(person.trim())) people.push(words)
  }
  return people
}
