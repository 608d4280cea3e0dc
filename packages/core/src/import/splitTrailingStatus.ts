import { statusAtStart } from './statusAtStart'

/** A status after an item is a few words ("open", "in progress for website", "Réalisé"). */
const maxTailWords = 5

/** Tracker words for an item not yet done that the status parser leaves alone, since titles use them too. */
const openWords: ReadonlySet<string> = new Set(['open', 'opened', 'ouvert'])

/**
 * An item's text and the status written after its last spaced dash, as meeting notes and annual action lists end
 * an item with its progress: "Contact the supplier - open" → { text: 'Contact the supplier', status: 'Not started' };
 * "Publish the statement - Réalisé" → status 'Réalisé'; "Plan the F2F agenda - done" → status 'done'. The tail must
 * be at most five words and one of its comma-separated phrases open with words that read as a status ("contact
 * made, waiting for feedback"; "open" alone is read as not started); else the status is '' and the text is the
 * whole line. A status may be followed by a sentence saying why ("- done. Not possible under the current
 * hosting."): then its first sentence is what must be at most five words, and the whole tail is the status, its
 * note kept. Minutes also end an item with its state after a colon ("Update the website: done"): a tail after the
 * last colon that is all a status, in at most three words, is read the same way.
 *
 * @example
 * splitTrailingStatus('Write up the use case - open') // { text: 'Write up the use case', status: 'Not started' }
 * splitTrailingStatus('Launch actions - initial design') // { text: 'Launch actions - initial design', status: '' }
 * splitTrailingStatus('Renew the certificate: in progress') // { text: 'Renew the certificate', status: 'in progress' }
 */
export function splitTrailingStatus(line: string): { text: string; status: string } {
  const dash = Math.max(line.lastIndexOf(' - '), line.lastIndexOf(' – '))
  if (dash <= 0) return statusAfterColon(line)
  const tail = line.slice(dash + 3).trim()
  const text = line.slice(0, dash).trim()
  // "done. Not possible under the current hosting.": the status is the first sentence, the rest its note.
  const firstSentence = tail.split('. ', 1)[0]!
  if (tail === '' || text === '' || firstSentence.split(' ').length > maxTailWords)
    return statusAfterColon(line)
  if (openWords.has(tail.toLowerCase())) return { text, status: 'Not started' }
  // "contact made, waiting for feedback": a status may open any of the tail's comma-separated phrases.
  const reads = firstSentence.split(',').some((phrase) => statusAtStart(phrase) !== null)
  return reads ? { text, status: tail } : statusAfterColon(line)
}

/** A colon's tail that is a status and nothing else has at most this many words ("done", "in progress"). */
const maxColonTailWords = 3

/** "Update the website: done": the state after the last colon, when the tail is all a status; else no status. */
function statusAfterColon(line: string): { text: string; status: string } {
  const colon = line.lastIndexOf(': ')
  const tail = colon < 0 ? '' : line.slice(colon + 2).trim()
  const text = colon < 0 ? '' : line.slice(0, colon).trim()
  if (text === '' || tail === '' || tail.split(' ').length > maxColonTailWords)
    return { text: line, status: '' }
  return statusAtStart(tail) === tail.replace(/[.!]$/, '')
    ? { text, status: tail }
    : { text: line, status: '' }
}
