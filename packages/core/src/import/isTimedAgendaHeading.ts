/** "- 5 minutes", "(10 mins)", "– 1 hour": the time an agenda gives a topic, closing its line. Bounded: linear. */
const timeAllotted = /(?:^|\s)[-–—(]\s{0,3}\d{1,3}\s{0,2}(?:minutes?|mins?|hours?|hrs?)\.?\)?$/i

/**
 * Whether a line is a topic of a meeting's agenda, closed by the time set for it ("OWASP Financials - 5 minutes",
 * "Budget review (10 mins)"): the next topic's heading, which ends the list of items above it.
 *
 * @example
 * isTimedAgendaHeading('Finance update - 5 minutes') // true
 * isTimedAgendaHeading('Book the room for 30 minutes') // false
 */
export function isTimedAgendaHeading(line: string): boolean {
  return timeAllotted.test(line.trim())
}
