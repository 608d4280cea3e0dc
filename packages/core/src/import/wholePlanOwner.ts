import { collapseWhitespace } from '../text/cleanCellText'

/**
 * "Lead entities: …", "Responsible offices: …", "Owners – …", "Sponsor – …": a label whose first word names who leads, then the
 * owners. Bounded and anchored, so it cannot backtrack.
 */
const ownerLabel =
  /^(?:lead|leads|leading|responsible|responsibility|owner|owners|owned|accountable|sponsor|sponsors|sponsored)(?:\s{1,3}[A-Za-z()]{1,20}){0,3}\s{0,3}(?::|\s[–—-])\s{0,3}(\S.{0,400})$/i
/**
 * "The officer championing this priority is the President.", "Leading this goal are the Deans.": a sentence that
 * names who champions, leads or owns the whole section. Group 1 is the owner. Bounded, no nested quantifiers.
 */
const ownerSentence =
  /\b(?:championing|champions|leading|leads|owning|owns|responsible for)\s{1,3}this\s{1,3}(?:priority|goal|objective|theme|area|plan|section|target|strategy|aim)\s{1,3}(?:is|are)\s{1,3}(?:the\s{1,3})?([^.;:]{2,120}?)\.?$/i

/**
 * "The Director of Estates is responsible for this workstream.", "Deans are accountable for this priority.": the
 * same said subject first. Group 1 is the owner: capitalised, no sentence's stop inside. Bounded, no nested
 * quantifiers.
 */
const ownerFirstSentence =
  /^(?:the\s{1,3})?([A-Z][^.;:!?]{1,120}?)\s{1,3}(?:is|are)\s{1,3}(?:responsible|accountable)\s{1,3}for\s{1,3}(?:this|the)\s{1,3}(?:workstream|work\s{1,3}stream|priority|goal|objective|theme|area|plan|section|strategy|aim|pillar|programme|program)\.?$/i

/**
 * The owner a one-column page names for every item of its list, from a line of its own above or below the list:
 * a label line ("Lead entities: Student Affairs, Research") or a sentence naming who champions or leads the
 * section ("The officer championing this priority is the President.", "The Head of Estates is responsible for this
 * workstream."). Returns the owners' text as written (the
 * owners reader splits the list), or null when the line names no owner.
 *
 * @example
 * wholePlanOwner('Leading this goal are the Deans of Faculty.') // 'Deans of Faculty'
 * wholePlanOwner('Lead offices: Estates, Finance') // 'Estates, Finance'
 * wholePlanOwner('The Head of Estates is responsible for this workstream.') // 'Head of Estates'
 * wholePlanOwner('The plan runs to 2026.') // null
 */
export function wholePlanOwner(line: string): string | null {
  const text = collapseWhitespace(line)
  const owner =
    ownerLabel.exec(text)?.[1] ?? ownerSentence.exec(text)?.[1] ?? ownerFirstSentence.exec(text)?.[1] ?? null
  return owner === null ? null : owner.trim()
}
