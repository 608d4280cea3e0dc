import type { ListUnderLeadIn } from './listsUnderLeadIns'

/**
 * The protected characteristics of UK equality law, each alone as an item ("Age", "Religion or belief", "Race –
 * which includes ethnic or national origins", "Sex (gender)").
 */
const characteristic =
  /^(?:age|disability|gender\s+reassignment|marriage\s+(?:and|&)\s+civil\s+partnership|pregnancy\s+(?:and|&)\s+maternity|race|religion\s+(?:and|or|&|\/)\s+belief|religion|belief|sex|gender|sexual\s+orientation)(?:\s*\([^()]{0,80}\)|\s*[–—,-]\s*(?:which|including|includes)\b.{0,200})?[.;,]?$/i

/**
 * True when a list is a reference list the page cites, not work it plans: the protected characteristics of
 * equality law ("Age", "Disability", "Gender reassignment", "Race – which includes …"), as equality objectives
 * pages list them after their objectives. Three items or more, at least two in three of them a characteristic
 * named alone (a bare bullet line aside); an item that says what to do about one ("Race: run a staff network")
 * is no name alone.
 *
 * @example
 * isReferenceList({ leadRow: 0, lead: 'The protected characteristics are:', rows: [1, 2, 3], items: ['Age', 'Disability', 'Sex'] }) // true
 */
export function isReferenceList(list: ListUnderLeadIn): boolean {
  const items = list.items.filter((item) => item !== '')
  if (items.length < 3) return false
  const named = items.filter((item) => characteristic.test(item)).length
  return named >= 3 && named * 3 >= items.length * 2
}
