import { isNamedOwner } from './ownerAtStart'

/** "Arnaud (or the QA team)", "Kevin (with Sam)": a second owner offered in brackets after the first. */
const alternative = /^([^()]{1,40}?)\s{1,3}\((?:or|and|with|plus|supported by)\s{1,3}([^()]{1,40})\)$/i
/** "Tex and Kevin", "Tex & Kevin", "Tex, Kevin and Sam": owners joined in one label. */
const joiner = /\s{0,2},\s{0,2}(?:and\s{1,3})?|\s{1,3}(?:and|&)\s{1,3}/

/**
 * The owners a group label names, when minutes write their action list grouped by owner: each owner once, as a
 * line of its own ("Kevin:", "Tex and Kevin:", "Arnaud (or the QA team):") over the actions that owner took on. One to
 * four capitalised words or initials per owner (the name rules of {@link isNamedOwner}); owners joined by "and", "&"
 * or commas are each an owner, and so is one offered in brackets ("(or the QA team)", "(with Sam)"). Null when the
 * label names anything else ("Next steps", "The data team will").
 *
 * @example
 * ownersOfGroupLabel('Tex and Kevin') // ['Tex', 'Kevin']
 * ownersOfGroupLabel('Arnaud (or Antithesis Team)') // ['Arnaud', 'Antithesis Team']
 * ownersOfGroupLabel('All Attendees') // ['All Attendees']
 * ownersOfGroupLabel('Next steps') // null
 */
export function ownersOfGroupLabel(label: string): string[] | null {
  const text = label.trim()
  const offered = alternative.exec(text)
  const parts = offered === null ? [text] : [offered[1]!, offered[2]!.replace(/^the\s/i, '')]
  const owners: string[] = []
  for (const part of parts) {
    const names = part.trim().split(joiner)
    if (names.length > 1 && names.every(isNamedOwner)) owners.push(...names)
    else if (isNamedOwner(part.trim())) owners.push(part.trim())
    else return null
  }
  return owners
}
