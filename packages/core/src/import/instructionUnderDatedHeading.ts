import { headingPeriod } from './headingPeriod'
import { instructionVerbs } from './ownersNamedAsSubject'
import { periodInHeadingBrackets } from './periodInHeadingBrackets'

/** A line longer than this is a paragraph, read by the rules for paragraphs. */
const maxLength = 300
/** Lent to a day heading with no year ("Friday October 7"), only to see whether its words name one day. */
const lentReference = { referenceDate: '2000-01-01' }

/** A heading that is one day, its weekday and year written or not: "Friday October 7", "Mon 3 March 2031". */
function isDay(heading: string): boolean {
  return headingPeriod(heading, lentReference)?.precision === 'day'
}

/**
 * Whether a short line right below a dated heading is that heading's first item rather than a heading of its own:
 * a team's backlog or a roadmap heads each sprint's or period's work with its date ("Current Sprint (end of
 * May'24)", "Next iteration (March 2025)", "Spring 2025") and lists the work straight under it, so a line opening
 * with an instruction's verb ("Update the style guide", "Check licences") is work to be done in that period, not a
 * theme. Under a heading that is one day ("Friday October 7", its year written or not), a line closing as a sentence
 * does ("Deadline for new entries.") is that day's item whatever word opens it. A heading that states no period
 * (its year included), a line of one word, a lead-in ending in a colon or a line opening with any other word ("News
 * and events") leaves the line a heading.
 *
 * @example
 * instructionUnderDatedHeading('Update the glossary', "Current Sprint (end of May'24)") // true
 * instructionUnderDatedHeading('Search and filters', 'Spring 2025') // false
 * instructionUnderDatedHeading('Update the glossary', 'Documentation') // false
 * instructionUnderDatedHeading('Deadline for new entries.', 'Friday October 7') // true
 */
export function instructionUnderDatedHeading(line: string, heading: string): boolean {
  const text = line.trim()
  if (text.length > maxLength || text.endsWith(':')) return false
  const words = text.split(/\s+/, 2)
  if (words.length < 2) return false
  // "Friday October 7" over "Deadline for new entries.": a day names when, never what; the line under it is that
  // day's business, whatever word opens it, once it closes as a sentence does.
  if (/[.!]$/.test(text) && !text.endsWith('..') && isDay(heading)) return true
  if (!/^[A-Z][a-z]+$/.test(words[0]!)) return false
  if (!instructionVerbs.has(words[0]!.toLowerCase())) return false
  return headingPeriod(heading, {}) !== null || periodInHeadingBrackets(heading, {}) !== null
}
