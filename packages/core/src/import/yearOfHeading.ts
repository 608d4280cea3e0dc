/** A year a heading names ("Plan annuel 2024", "2021 Q4 Aim: …"), not part of a longer number. */
const yearWord = /(?<!\d)((?:19|20)\d\d)(?!\d)/g

/**
 * The one year a heading names, as a plan heads the work of a year or a quarter ("Actions for 2025", "2021 Q4 Aim:
 * Tidy the front end"), or '' when it names none or several ("2024-2025").
 *
 * @example
 * yearOfHeading('Plan annuel 2024') // '2024'
 * yearOfHeading('2024-2025') // ''
 */
export function yearOfHeading(heading: string): string {
  const years = heading.match(yearWord)
  return years?.length === 1 ? years[0]! : ''
}
