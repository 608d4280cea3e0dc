/** "Team lang types": the badge's alt text, then each team's short name (lower case, hyphens allowed). */
const teamBadges = /^team(?: [a-z][a-z0-9-]{0,40}){1,8}$/

/**
 * The teams an owners cell names with a "Team" badge before their short names, as project-goal pages on GitHub
 * render "![Team][] [lang] [types]" once the badge image is reduced to its alt text (read only in a column whose
 * header names teams): "Team lang types" → "lang, types"; "Team leadership-council" → "leadership-council". Any
 * other cell is returned as it stands.
 *
 * @example
 * teamBadgeOwners('Team lang types') // 'lang, types'
 * teamBadgeOwners('Dr Jane Smith') // 'Dr Jane Smith'
 */
export function teamBadgeOwners(cell: string): string {
  const text = cell.trim()
  if (!text.startsWith('Team ') || !teamBadges.test(`t${text.slice(1)}`)) return cell
  return text.slice('Team '.length).split(' ').join(', ')
}
