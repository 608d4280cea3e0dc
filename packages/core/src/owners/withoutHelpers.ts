/** "with support from", "supported by", "in consultation with", "primarily via", "through": a phrase that names who
 * helps the owner, or the service through which it acts. Each word a literal with bounded spaces between, so it
 * cannot backtrack. */
const helperPhrase =
  /(?:^|\s)(?:with\s{1,3}(?:the\s{1,3})?(?:support|input|help|advice|assistance)\s{1,3}(?:of|from)|supported\s{1,3}by|assisted\s{1,3}by|advised\s{1,3}by|in\s{1,3}(?:conjunction|consultation|liaison)\s{1,3}with|(?:(?:primarily|mainly|largely|chiefly|principally|partly)\s{1,3})?(?:via|through))(?=\s)/i

/**
 * An owner without the helpers named after it: "HR with support from Comms" → "HR", "Registry in consultation
 * with the Students’ Union" → "Registry". The helpers help the owner and are not owners themselves (the whole
 * cell stays in the plan's `ownersText`), as plans that name a lead "with support from" others mean. A part that
 * opens with the phrase after an owner ("HR, supported by Comms") names only helpers and is '' ; as the first part
 * of a cell ("Supported by Estates") it names the only party given, so the phrase is dropped and the names kept,
 * as a "Supported by:" label is.
 *
 * @example
 * withoutHelpers('HR with support from Comms', false) // 'HR'
 * withoutHelpers(' supported by Comms', false) // ''
 * withoutHelpers('Supported by Estates', true) // 'Estates'
 */
export function withoutHelpers(part: string, first: boolean): string {
  const phrase = helperPhrase.exec(part)
  if (phrase === null) return part
  if (part.slice(0, phrase.index).trim() !== '') return part.slice(0, phrase.index)
  return first ? part.slice(phrase.index + phrase[0].length) : ''
}
