import { labelOf } from './labelOf'
import { isListKindLabel } from './listsBesideActionList'

/** "1. ", "2 ", "3.1 ": the number of a document's section. */
const numbered = /^\d{1,2}(?:\.\d{1,2})?[.)]?\s+\S/
/**
 * The parts every report and policy document has, in its section headings: "Introduction and Context",
 * "Background", "Purpose and Scope", "Governance and Responsibilities", "Baseline Emissions …", "Glossary".
 */
const part =
  /^(?:introduction|background|context|purpose|scope|glossary|references|appendix|appendices|foreword|overview|baseline|conclusions?|definitions|contents|executive\s+summary|governance|roles)(?:\s+(?!of\b|to\b|for\b)\S+){0,5}$/i

/**
 * True when a numbered line is the heading of one of a document's standard parts ("1. Introduction and Context",
 * "2. Governance and Responsibilities", "3. Baseline Emissions and Resource Use", or only a kind of list such as
 * "4. Targets and Objectives", "5. Key Action Areas", {@link isListKindLabel}), as policies, climate plans and
 * strategies pasted as one column number their sections: a heading, not an action, though it is numbered like
 * one. A line that names work on such a part ("4. Introduction of a mentoring scheme", "2. Review of governance")
 * is no heading.
 *
 * @example
 * isDocumentPartHeading('1. Introduction and Context') // true
 * isDocumentPartHeading('1. Introduction of a mentoring scheme') // false
 */
export function isDocumentPartHeading(text: string): boolean {
  const trimmed = text.trim()
  if (!numbered.test(trimmed)) return false
  const label = labelOf(trimmed)
  return part.test(label) || isListKindLabel(label)
}
