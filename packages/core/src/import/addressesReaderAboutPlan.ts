/** "You can download the full Action Plan here", "If you would like to be involved … please contact": the page
 * speaking to its reader. */
const toTheReader =
  /\b(?:you can|you may|if you would like|if you wish|if you have any|please contact|please get in touch|please email|click here|read on|download (?:the|our))\b/i

/** "Our Action Plan provides …", "This plan sets out …": a sentence whose subject is the plan itself. */
const planAsSubject =
  /^(?:our|this|the)\s(?:full\s|new\s|current\s)?(?:\w+\s)?(?:action\s)?plan\s(?:provides|sets out|describes|outlines|summarises|summarizes|shows|includes|contains|is)\b/i

/** "This is a backlog of items the board …", "This is our roadmap for …": a sentence saying what the page is. */
const pageIsA =
  /^(?:this|here)\s(?:is|are)\s(?:a|an|the|our)\s(?:\w+\s){0,2}?(?:plan|backlog|roadmap|list|log|register|tracker)\s(?:of|for)\b/i

/**
 * Whether a paragraph above a page's first action introduces the plan rather than being one of its actions: it
 * speaks to the reader ("You can download the full Action Plan here, or read on below", "If you would like to be
 * involved in any of the actions, then please contact the relevant lead"), has the plan itself as its subject
 * ("Our Action Plan provides a reflection of our progress to date") or says what the page is ("This is a backlog of
 * items the board needs to handle", "This is our roadmap for the year"), as the web summaries of charter action
 * plans (Athena SWAN, Race Equality Charter), council strategy pages, annual plan pages and teams' backlog pages open.
 *
 * @example
 * addressesReaderAboutPlan('Our action plan sets out what we will do. You can download it below.') // true
 * addressesReaderAboutPlan('Review the promotion criteria with the staff network') // false
 */
export function addressesReaderAboutPlan(text: string): boolean {
  const capped = text.slice(0, 2000)
  const start = capped.trimStart()
  return planAsSubject.test(start) || pageIsA.test(start) || toTheReader.test(capped)
}
