import { MONTHS, SEASONS } from '../dates/lexicon'
import { parseStatus } from '../status/parseStatus'
import { isCapitalsNamingNoOne } from './capitalsNamingNoOne'
/** A name in brackets after an action: one or two capitalised words ("Martha", "Nick T", "MJ"). */
const name = /^[A-Z][A-Za-z.'’-]{0,24}(?: [A-Z][A-Za-z.'’-]{0,24})?$/

/** Brackets hold at most this many names ("(Nick and Tony)", "(Ana, Raj, Lee)", "(Ana, Raj, Lee, Mo)"). */
const maxNames = 5

/** Months and seasons, which date an action in brackets ("(June)", "(Sept)") and never own it, as the date parser
 * spells them; a status in brackets ("(Ongoing)", "(Complete)") is no owner either. */
const isWhenWord = (word: string): boolean =>
  MONTHS.has(word.toLowerCase()) || SEASONS.has(word.toLowerCase())

/**
 * The owners a meeting's action item names in brackets after its text, as open-source projects' and teams'
 * minutes write next steps: "Release the language packs (Gonzalo)" → ['Gonzalo']; "Turn the issue into a
 * checklist (Martha and Tony) so we can track it" → ['Martha', 'Tony']; "(Ana, Raj)" → ['Ana', 'Raj']. The first
 * bracket whose whole content is one to five names, each one or two capitalised words, joined by commas, "and",
 * "&" or "/"; [] when there is none.
 *
 * @example
 * ownersInBrackets('Review the ideas and comment on the issue (Nick and Tony)') // ['Nick', 'Tony']
 * ownersInBrackets('Contact the lab (LANL, PTP) about the tool') // ['LANL', 'PTP']
 * ownersInBrackets('Check the results (see the report)') // []
 */
export function ownersInBrackets(text: string): string[] {
  let from = 0
  for (let turns = 0; turns < 8; turns++) {
    const open = text.indexOf('(', from)
    if (open < 0) return []
    const close = text.indexOf(')', open)
    if (close < 0) return []
    from = close
    if (close - open > 80) continue
    const names = splitJoinedNames(text.slice(open + 1, close)).map((part) => part.trim())
    if (
      names.length <= maxNames &&
      names.every(
        (part) =>
          name.test(part) &&
          !isCapitalsNamingNoOne(part.toUpperCase()) &&
          !isWhenWord(part) &&
          parseStatus(part).state === 'unknown',
      )
    )
      return names
  }
  return []
}

/** "JS, AK", "Ana and Raj", "Ops & HR", "PB/RM": where joined names are split, with the white space around each join. */
const nameJoin = /\s*(?:,|\/|&|\band\b)\s*/

/**
 * The same joins, and the word for "and" in the languages minutes are written in: French "et", German "und", Dutch
 * "en", Norwegian and Danish "og", Swedish "och", Spanish "y", Italian "e" (a word alone between spaces). Bounded.
 */
const nameJoinAnyLanguage = /\s{0,2}(?:,|\/|&)\s{0,2}|\s(?:and|et|und|en|og|och|y|e)\s/u

/**
 * The names a short list of owners joins by commas, slashes, "&" or "and" ("Ana and Raj", "JS/AK, Ops"), as
 * written, the white space around each join left out: the one split of joined names for the readers of names in
 * brackets, after an action and in a task list's labels. With `'any'`, the word for "and" of other languages joins
 * too ("Inès et Paul", "Jonas und Kai"). Callers pass a few words (a bracket, a label), not a page.
 *
 * @example
 * splitJoinedNames('Ana and Raj / JS') // ['Ana', 'Raj', 'JS']
 * splitJoinedNames('Inès, Léo et Paul', 'any') // ['Inès', 'Léo', 'Paul']
 */
export function splitJoinedNames(text: string, languages: 'english' | 'any' = 'english'): string[] {
  return text.split(languages === 'any' ? nameJoinAnyLanguage : nameJoin)
}
