/** A header that says its brackets hold the helpers: "Lead Agency (Contributing agencies)", "Lead (support)". */
const bracketNamesHelpers =
  /\(\s{0,3}(?:contributing|supporting|support|partners?|partner agencies|other agencies|contributors?|co-?leads?)\b[^()]{0,40}\)/i

/** "FaCSIA (DoHA)", "Estates (Finance, HR)": a lead, then short names in brackets at the end. Bounded. */
const leadWithBracket = /^([^()]{1,80}?)\s{0,3}\(([^()]{1,80})\)\s{0,3}$/

/**
 * Owners written as "Lead (Contributors)" under a header that says so ("Lead Agency (Contributing agencies)",
 * "Lead (support)", as Australian government implementation plans and UK strategy action tables write them):
 * the lead and each contributor in the brackets are owners. Under any other header the owners are returned as
 * read, so "Head of HR (Jane Smith)" stays one owner.
 *
 * @example
 * contributorsInBrackets('Lead Agency (Contributing agencies)', ['FaCSIA (DoHA)']) // ['FaCSIA', 'DoHA']
 * contributorsInBrackets('Responsible', ['FaCSIA (DoHA)']) // ['FaCSIA (DoHA)']
 */
export function contributorsInBrackets(header: string, owners: readonly string[]): string[] {
  if (!bracketNamesHelpers.test(header)) return [...owners]
  const out: string[] = []
  for (const owner of owners) {
    const match = leadWithBracket.exec(owner)
    if (match === null) {
      out.push(owner)
      continue
    }
    out.push(match[1]!.trim())
    for (const helper of match[2]!.split(/\s{0,3}[,;/]\s{0,3}/))
      if (helper.trim() !== '') out.push(helper.trim())
  }
  return [...new Set(out)]
}
