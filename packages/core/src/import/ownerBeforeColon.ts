import { matchColumnHeader } from './columnSynonyms'
import { agreesWithOneName } from './ownerAtStart'
import { readOwnerCell } from './readOwnerCell'

/** Words that open a label line ("Issue: …", "Phase: …") rather than name who does the step. */
const labelWords = new Set([
  'answer',
  'example',
  'focus',
  'goal',
  'issue',
  'mission',
  'overview',
  'phase',
  'plan',
  'policy',
  'principle',
  'problem',
  'purpose',
  'question',
  'reminder',
  'result',
  'results',
  'scope',
  'solution',
  'stage',
  'step',
  'strategy',
  'summary',
  'theme',
  'tip',
  'topic',
  'update',
  'vision',
  'when',
  'where',
  'why',
])

/** A capitalised word or an acronym ("School", "MSBA", "ED&I"): the words of a body's or a role's name. */
const nameWord = /^(?:[A-Z][a-z'’-]{0,20}|[A-Z][A-Z0-9&]{1,9})$/

/** Names joined as the subject of one step: "School Board/Superintendent", "HR & Finance", "Chair and Clerk". */
const joiner = /\s{0,2}(?:\/|&|\band\b)\s{0,2}/

/**
 * The owners a step names before a colon, as a timeline or a meeting's action list writes who does each step
 * ("School Board: holds planning meeting", "MSBA: gathers stakeholder input", "Clerk: circulates the minutes",
 * "School Board/Superintendent: receive summary"): a name of one to four capitalised words or acronyms (several
 * joined by "/", "&" or "and"), a colon, then the step opening with a verb in lower case. A single name must be
 * followed by a verb agreeing with it ("holds", "prepares"); joined names may take the plain verb ("receive").
 * A label naming a field ("Action:", "Progress:", "Lead:") or a part of the text ("Issue:", "Phase:", "Plan:")
 * names nobody; nor does a name with a number in it ("Year 1:"). Returns [] otherwise.
 *
 * @example
 * ownerBeforeColon('Superintendent: gathers school district reports') // ['Superintendent']
 * ownerBeforeColon('School Board/Superintendent: receive summary') // ['School Board', 'Superintendent']
 * ownerBeforeColon('Action: review the policy') // []
 */
export function ownerBeforeColon(title: string): string[] {
  const colon = title.indexOf(':')
  if (colon < 2 || colon > 60) return []
  const name = title.slice(0, colon).trim()
  const step = title.slice(colon + 1, colon + 40).trim()
  const verb = /^[a-z]{2,20}(?=[\s,]|$)/.exec(step)?.[0]
  if (verb === undefined) return []
  const names = name.split(joiner).filter((part) => part !== '')
  if (names.length === 0 || names.length > 4) return []
  for (const part of names) {
    const words = part.split(/\s+/)
    if (words.length > 4 || !words.every((word) => nameWord.test(word))) return []
    if (labelWords.has(part.toLowerCase()) || matchColumnHeader(part) !== null) return []
  }
  // One name does the step ("holds", "analyzes"); several may share the plain verb ("receive").
  const agrees = agreesWithOneName(verb)
  if (!agrees && names.length === 1) return []
  return readOwnerCell(name)
}
