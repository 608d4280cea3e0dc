import { normalizeHeader } from './columnSynonyms'

/** Who gave the feedback, in "You said", "Residents told us", "What parents asked for". */
const speakers: ReadonlySet<string> = new Set([
  'you',
  'patients',
  'residents',
  'parents',
  'pupils',
  'students',
  'staff',
  'members',
  'customers',
  'tenants',
  'visitors',
  'carers',
  'families',
  'people',
  'users',
  'service users',
])

/** The first word of each speaker ("service" of "service users"): a header opening with none of them names none. */
const speakerFirstWords: ReadonlySet<string> = new Set([...speakers].map((speaker) => speaker.split(' ')[0]!))

/** What they did: "said", "told us", "asked for". */
const saying: ReadonlySet<string> = new Set([
  'said',
  'told us',
  'asked',
  'asked for',
  'asked us',
  'raised',
  'suggested',
  'commented',
  'wanted',
  'would like',
  'felt',
])

/** Feedback named as a thing ("Your feedback", "Feedback received"). */
const feedbackNames: ReadonlySet<string> = new Set([
  'your feedback',
  'your comments',
  'your views',
  'your suggestions',
  'feedback',
  'feedback received',
  'comments received',
  'what you said',
  'what you told us',
  'what you asked for',
])

/** The response to the feedback: what was done or will be done about it. */
const responses: ReadonlySet<string> = new Set([
  'we did',
  'what we did',
  'we have done',
  'what we have done',
  'we ve done',
  'what we ve done',
  'we are doing',
  'what we are doing',
  'we re doing',
  'what we re doing',
  'we will',
  'we will do',
  'what we will do',
  'we changed',
  'what we changed',
  'we have',
  'we listened',
  'we acted',
  'our response',
  'our action',
  'our actions',
  'response',
  'action taken',
  'actions taken',
  'what happened',
  'what has been done',
  'what has happened',
  'what we are going to do',
])

/**
 * True when a header or a label names feedback heard from the people a body serves ("You said", "Residents told
 * us", "Your feedback"). Compared word for word after {@link normalizeHeader}.
 *
 * @example
 * namesFeedback('You said:') // true
 * namesFeedback('Comments') // false
 */
export function namesFeedback(header: string): boolean {
  const text = normalizeHeader(header)
  if (feedbackNames.has(text)) return true
  const said = text.startsWith('what ') ? text.slice(5) : text
  // A speaker and what they did: two words at least, the first a speaker's.
  const space = said.indexOf(' ')
  if (space < 0 || !speakerFirstWords.has(said.slice(0, space))) return false
  const words = said.split(' ')
  for (let cut = 1; cut < words.length && cut <= 2; cut++) {
    if (speakers.has(words.slice(0, cut).join(' ')) && saying.has(words.slice(cut).join(' '))) return true
  }
  return false
}

/**
 * True when a header or a label names the response made to feedback ("We did", "What we have done", "Our
 * response", "Action taken").
 *
 * @example
 * namesResponse('We did') // true
 */
export function namesResponse(header: string): boolean {
  return responses.has(normalizeHeader(header))
}

/**
 * The feedback and the response of a "You said, we did" page: a body's report back to those it serves puts what
 * they said (a complaint, a survey comment, a suggestion) beside what it did about it, as two columns of a table
 * ("Ward | You said | We did") or as two labelled lines repeated down the page ("You said: …" then "We did: …").
 * The response is the action, the feedback what the action answers. Given the headers or labels in order, returns
 * the index of the first that names feedback and of the first that names the response (on either side of it), or
 * null when either is missing.
 *
 * @example
 * responseToFeedback(['Ward', 'You said', 'We did']) // { feedback: 1, response: 2 }
 * responseToFeedback(['Issue', 'Action taken']) // null
 */
export function responseToFeedback(
  headers: readonly string[],
): { readonly feedback: number; readonly response: number } | null {
  const feedback = headers.findIndex((header) => header.length <= 60 && namesFeedback(header))
  if (feedback < 0) return null
  const response = headers.findIndex((header) => header.length <= 60 && namesResponse(header))
  return response < 0 ? null : { feedback, response }
}
