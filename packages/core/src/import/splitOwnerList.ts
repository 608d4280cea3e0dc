/** "/", ",", "&" or "and" between owners written as a list ("RT/DS", "RT, DS and MO"), with up to two spaces on each
 * side. Bounded. */
export const ownerListJoiner = /\s{0,2}(?:\/|,|&|\band\b)\s{0,2}/

/**
 * The owners of a list written with "/", ",", "&" or "and" between them, as minutes join initials ("RT, DS and MO"),
 * with empty pieces dropped.
 *
 * @example
 * splitOwnerList('RT, DS and MO') // ['RT', 'DS', 'MO']
 * splitOwnerList('RT/DS') // ['RT', 'DS']
 */
export function splitOwnerList(list: string): string[] {
  return list.split(ownerListJoiner).filter((name) => name !== '')
}
