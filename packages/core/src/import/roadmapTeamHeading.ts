/** A team's name heads its part of the page in a few words. */
const maxHeadingWords = 6
/** A remit is a sentence or two of prose. */
const minRemitWords = 8

/**
 * The team a roadmap page's heading names, when the paragraph straight below it says what that team does: a
 * portfolio's public roadmap grouped by team, each team's name over a remit paragraph and then its stage lists
 * ("Personalised Prevention Services" over "The Personalised Prevention Services (PPS) team exists to …", then
 * "Recently completed" / "Up next"), as NHS England's and GDS's portfolio roadmaps and open-source foundations'
 * per-project roadmaps lay them out. The heading is a few words with no closing punctuation; the remit is prose
 * (at least eight words, ending in a full stop) that names the heading's words again, so a topic heading over a
 * paragraph about something else is not read as a team. Returns the heading as written, or null.
 *
 * @example
 * roadmapTeamHeading('HomeTest', 'Our job is to scale up home tests. HomeTest will provide the tests.') // 'HomeTest'
 * roadmapTeamHeading('Accessibility', 'We fixed the contrast of every button on the site.') // null
 */
export function roadmapTeamHeading(heading: string, remit: string): string | null {
  const name = heading.trim()
  if (name === '' || name.length > 60 || /[.:;!?,]$/.test(name)) return null
  if (name.split(/\s+/).length > maxHeadingWords) return null
  const text = remit.trim()
  if (text.length > 2000 || !/[.!]["”]?$/.test(text) || text.split(/\s+/).length < minRemitWords) return null
  return text.toLowerCase().includes(name.toLowerCase()) ? name : null
}
