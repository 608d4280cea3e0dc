import { headingPeriod } from './headingPeriod'
import { instructionVerbs } from './ownersNamedAsSubject'
import { periodInHeadingBrackets } from './periodInHeadingBrackets'

/** A line longer than this is a paragraph, read by the rules for paragraphs. */
const maxLength = 300

/**
 * Whether a short line right below a dated heading is that heading's first item rather than a heading of its own:
 * a team's backlog or a roadmap heads each sprint's or period's work with its date ("Current Sprint (end of
 * May'24)", "Next iteration (March 2025)", "Spring 2025") and lists the work straight under it, so a line opening
 * with an instruction's verb ("Update the style guide", "Check licences") is work to be done in that period, not a
 * theme. A heading that states no period (its year included), a line of one word, a lead-in ending in a colon or a
 * line opening with any other word ("News and events") leaves the line a heading.
 *
 * @example
 * instructionUnderDatedHeading('Update the glossary', "Current Sprint (end of May'24)") // true
 * instructionUnderDatedHeading('Search and filters', 'Spring 2025') // false
 * instructionUnderDatedHeading('Update the glossary', 'Documentation') // false
 */
export function instructionUnderDatedHeading(line: string, heading: string): boolean {
  const text = line.trim()
  if (text.length > maxLength || text.endsWith(':')) return false
  const words = text.split(/\s+/, 2)
  if (words.length < 2 || !/^[A-Z][a-z]+$/.test(words[0]!)) return false
  if (!instructionVerbs.has(words[0]!.toLowerCase())) return false
  return headingPeriod(heading, {}) !== null || periodInHeadingBrackets(heading, {}) !== null
}
