/** "Milestones:", "Key milestones:", "Milestone dates:" opening the list of an action's own steps. */
const milestonesLabel = /\b(?:key\s)?milestones?(?:\sdates)?:/i
/** The next label ("Targets:", "Success measures:") ends the milestones. */
const nextLabel = /\s[A-Z][A-Za-z ]{0,30}:\s/

/**
 * The milestones an action cell lists below its text ("Run the survey. Milestones: o Findings by Summer 2026 o
 * Report by Autumn 2026"), up to the next label, or null when the cell has none. They are the action's own
 * schedule, so its target is read from them before any date in its success measures (a measure's "by March 2028"
 * is when the outcome is counted, not when the work is due). Only the first 2,000 characters after the label
 * are read.
 *
 * @example
 * milestonesOf('Run the survey. Milestones: o Findings by Summer 2026 o Report by Autumn 2026') // 'o Findings by Summer 2026 o Report by Autumn 2026'
 */
export function milestonesOf(text: string): string | null {
  const label = milestonesLabel.exec(text)
  if (label === null) return null
  const rest = text.slice(label.index + label[0].length, label.index + label[0].length + 2_000)
  const end = nextLabel.exec(rest)
  const milestones = (end === null ? rest : rest.slice(0, end.index)).trim()
  return milestones === '' ? null : milestones
}
