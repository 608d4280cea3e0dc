import {
  DONE_ADVERB,
  dropLeads,
  notWork,
  type ProseStep,
  type StepState,
  trimEnd,
  UNDER_WAY_ADVERB,
} from './proseStep'
import { reportsOwnWorkDone } from './statusFromPresentPerfect'

/** "we are now rolling out", "We are currently holding": work under way, said by its writers. */
const underWay = new RegExp(`(?:^|,? and )we are (?:${UNDER_WAY_ADVERB} )?(?=[a-z]{3,20}ing )`, 'gi')
/** "…, and are supporting …": a second piece of work under way in the same sentence. */
const alsoUnderWay = new RegExp(`,? and are (?:${UNDER_WAY_ADVERB} )?(?=[a-z]{3,20}ing )`, 'g')
/** "We have also": the words before the verb of a report, dropped from its title. */
const reportLead = new RegExp(`^we (?:have )?(?:${DONE_ADVERB} )?`, 'i')
/** "We have made good progress …": the report is of progress; the steps are the work it names. */
const madeProgress = /^made (?:good |great |some |real |significant |steady )?progress\b/i
/** "In 2021, we published …": a time, then the writers and a verb in the simple past. */
const datedPast = /^(in|during|by|since|over|throughout|from|last) ([^,]{1,40}), we (?=[a-z]{3,20}ed )/i
/** "… and in 2022, we created …": a second dated step. */
const andDatedPast =
  / and (in|during|by|since|over|throughout|from|last) ([^,]{1,40}), we (?=[a-z]{3,20}ed )/gi
/** "A network … is being set up", "a briefing is also being piloted": work under way, any subject. */
const beingDone =
  /^.{3,200}? (?:is|are) (?:also |now |currently |still )?being (?:set up|run|built|[a-z]{3,20}ed)\b/i
/** "delivered by HR", "led by the Equality Unit": the body the sentence names as doing the work. */
const doneBy =
  /\b(?:delivered|led|run|provided|organised|organized|coordinated|managed|facilitated) by (?:the )?([A-Z][\w&-]{0,30}(?: (?:[A-Z][\w&-]{0,30}|and|of|for)){0,6})/
/** "the establishment of", "the creation and embedding of": work named as a noun, on a page reporting progress. */
const namedAsNoun =
  /\b(?:the|our) ((?:establishment|creation|development|introduction|launch|publication|implementation|adoption|appointment|expansion|embedding|extension|redesign)(?: and (?:embedding|development|expansion|implementation|launch|publication|review))? of )/gi
/** Where the thing a noun of work names ends: a clause, a verb of the sentence, or what it leads into. */
const nounEnds = /,|;| (?:has|have|is|are|was|were|and further|through|where|which|who|to ensure|as well as) /
/** "We have also increased the number of …": a measure moving, an outcome rather than a step. */
const outcome =
  /^(?:increased|reduced|decreased|improved|raised|lowered|doubled|halved) the (?:number|proportion|percentage|share|rate) of\b/i
/** "This Group will …", "The Committee will also …": a body named in the heading above, promising work. */
const bodyPromise =
  /^(?:this|the) (group|committee|board|team|sub-group|subgroup|network|panel|forum|unit|office) will (?:also )?(?!be )/i
/** Standing duties of a body, not steps of a plan: "will monitor progress and report back", "will meet termly". */
const remit: ReadonlySet<string> = new Set([
  'monitor',
  'oversee',
  'meet',
  'advise',
  'report',
  'recommend',
  'consider',
  'receive',
  'review',
  'support',
  'scrutinise',
  'scrutinize',
])
/** "Terms of reference … will be published …": work promised in the passive, any subject. */
const passivePromise =
  /^[A-Z][^,;]{3,150}? will (?:also )?be (?:[a-z]{3,20}ed|set up|made|held|built|run|written|given)\b/
/** A bare verb after " and ", before an object: "produce the report and take forward plans". */
const andVerb =
  / and ([a-z]{3,15}) (?=(?:the|a|an|our|their|its|this|these|forward|up|out|on|back|plans|new)\b)/g
const notVerbs: ReadonlySet<string> = new Set([
  'all',
  'any',
  'each',
  'also',
  'then',
  'that',
  'with',
  'for',
  'from',
])

/**
 * The steps of work one sentence of a progress report names, and where each stands, read from the tense as a
 * careful reader does:
 * - done: "We have held two seminars …", "We’ve set up …", "We also introduced …" (from the verb), "In 2021, we published X and in 2022,
 *   we created Y" (two steps, each `doneIn` its year), and work named as a noun on a page reporting its progress ("including the
 *   establishment of our Peer College", "the creation and embedding of the Inclusion Team", "the development of
 *   key policies such as our 'Approach to …'" → the policy named, "the introduction of A and our B" → two steps);
 * - under way: "We are currently holding an exhibition …, and are supporting a teaching project …" (two steps),
 *   "…, and we are now rolling out training", "A network of advocates is being set up …", "a briefing is also being
 *   piloted, delivered by HR" (owned by HR);
 * - planned (promised): "This Group will also produce the annual report and take forward plans for …" (two steps, owned by
 *   the body the heading above names), "Terms of reference will be published …". A body's standing duties ("will
 *   monitor progress and report back") are its remit, not steps.
 * A measure that moved ("We have increased the number of …") is an outcome, not a step. Returns [] for any other
 * sentence. Every pattern is anchored or bounded, so a long sentence is read in linear time.
 *
 * @example
 * stepsReportedInSentence('We are currently holding an exhibition, and are supporting a schools project.')
 * // [{ title: 'Holding an exhibition', state: 'under-way', owner: null },
 * //  { title: 'Supporting a schools project', state: 'under-way', owner: null }]
 */
export function stepsReportedInSentence(sentence: string): ProseStep[] {
  const text = trimEnd(sentence.trim().replace(/^(?:we)(?:’|')ve /i, 'We have '), '.!?')
  // The writers' own report ("We have held …", "We also introduced …"); "The University has held an award since …"
  // states what it holds, not a step.
  if (reportsOwnWorkDone(text) !== null && /^we /i.test(text)) {
    const verb = text.replace(reportLead, '')
    if (outcome.test(verb) || madeProgress.test(verb)) return namedAsNounSteps(text)
    // "We widened support through the introduction of A and our B": the work it names is the steps.
    const named = namedAsNounSteps(text)
    return named.length > 0 ? named : [step(verb, 'done')]
  }
  const dated = datedPast.exec(text)
  if (dated !== null) return datedSteps(text, dated)
  const steps: ProseStep[] = []
  underWay.lastIndex = 0
  const going = underWay.exec(text)
  if (going !== null) {
    for (const piece of splitAt(text.slice(going.index + going[0].length), alsoUnderWay)) {
      if (!notWork.has(piece.split(' ')[0]!)) steps.push(step(piece, 'under-way'))
    }
    return steps
  }
  const withoutLead = dropLeads(text)
  if (beingDone.test(withoutLead)) {
    const owner = doneBy.exec(withoutLead)?.[1]
    return [{ title: withoutLead, state: 'under-way', owner: owner ?? null }]
  }
  const body = bodyPromise.exec(withoutLead)
  if (body !== null) {
    const pieces = splitAtAndVerb(withoutLead.slice(body[0].length))
    if (remit.has(pieces[0]!.split(' ')[0]!.toLowerCase())) return []
    return pieces.map((piece) => ({ ...step(piece, 'planned'), bodyNamedAbove: body[1]!.toLowerCase() }))
  }
  if (passivePromise.test(withoutLead)) return [{ title: withoutLead, state: 'planned', owner: null }]
  if (/^Having [A-Z]/.test(withoutLead)) {
    // "Having Inclusivity Leads in our departments, as well as …, are all evidence of …": what the writers have.
    const had = withoutLead.slice('Having '.length).split(', ')[0]!
    return [step(had, 'done'), ...namedAsNounSteps(withoutLead)]
  }
  if (/ will /.test(text)) return []
  return namedAsNounSteps(text)
}

/**
 * "In 2021, we published X and in 2022, we created Y": each step done, dated when its lead says in which period
 * ("in 2021", "during 2020/21"); "since" or "by" says no such thing.
 */
function datedSteps(text: string, first: RegExpExecArray): ProseStep[] {
  const steps: ProseStep[] = []
  let lead = first
  let from = first[0].length
  const done = (end: number): void => {
    const when = lead[1]!.toLowerCase()
    const title = text.slice(from, end).trim()
    if (title === '') return
    steps.push({
      ...step(title, 'done'),
      ...(when === 'in' || when === 'during' ? { doneIn: `${when} ${lead[2]}` } : {}),
    })
  }
  andDatedPast.lastIndex = from
  for (let match = andDatedPast.exec(text); match !== null; match = andDatedPast.exec(text)) {
    done(match.index)
    lead = match
    from = match.index + match[0].length
  }
  done(text.length)
  return steps
}

/** The work a sentence names as nouns ("the establishment of X"), each a step done. */
function namedAsNounSteps(text: string): ProseStep[] {
  const steps: ProseStep[] = []
  namedAsNoun.lastIndex = 0
  for (let match = namedAsNoun.exec(text); match !== null; match = namedAsNoun.exec(text)) {
    const noun = match[1]!
    let thing = text.slice(match.index + match[0].length)
    // "key policies and guidance such as our 'Approach to …'": the example named is the work.
    const example = /^[^,;]{1,80}? such as /.exec(thing)
    if (example !== null) thing = thing.slice(example[0].length)
    const quoted = /^(?:our |the )?“[^”]{1,200}”/.exec(thing)
    if (quoted !== null) {
      steps.push(step(noun + quoted[0], 'done'))
      continue
    }
    const end = nounEnds.exec(thing)
    const named = end === null ? thing : thing.slice(0, end.index)
    // "the introduction of Menopause Guidance and our Surrogacy Leave policy": two things, the second named alone.
    const [first, ...others] = named.split(' and our ')
    steps.push(step(noun + first!, 'done'))
    for (const other of others) steps.push(step(other, 'done'))
  }
  return steps
}

function step(title: string, state: StepState): ProseStep {
  const text = title.trim()
  return { title: text.charAt(0).toUpperCase() + text.slice(1), state, owner: null }
}

/** `text` cut at each match of the global `at`, the pieces trimmed and non-empty. */
function splitAt(text: string, at: RegExp): string[] {
  const pieces: string[] = []
  let from = 0
  at.lastIndex = 0
  for (let match = at.exec(text); match !== null; match = at.exec(text)) {
    pieces.push(text.slice(from, match.index))
    from = match.index + match[0].length
  }
  pieces.push(text.slice(from))
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '')
}

/** "produce the report and take forward plans" → the two promised pieces, cut at " and " before a bare verb. */
function splitAtAndVerb(text: string): string[] {
  const pieces: string[] = []
  let from = 0
  andVerb.lastIndex = 0
  for (let match = andVerb.exec(text); match !== null; match = andVerb.exec(text)) {
    const verb = match[1]!
    if (notVerbs.has(verb) || /(?:ing|ed|s)$/.test(verb)) continue
    pieces.push(text.slice(from, match.index))
    from = match.index + ' and '.length
  }
  pieces.push(text.slice(from))
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '')
}
