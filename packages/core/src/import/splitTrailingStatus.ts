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
 * whole line.
 *
 * @example
 * splitTrailingStatus('Write up the use case - open') // { text: 'Write up the use case', status: 'Not started' }
 * splitTrailingStatus('Launch actions - initial design') // { text: 'Launch actions - initial design', status: '' }
 */
export function splitTrailingStatus(line: string): { text: string; status: string } {
  const dash = Math.max(line.lastIndexOf(' - '), line.lastIndexOf(' – '))
  if (dash <= 0) return { text: line, status: '' }
  const tail = line.slice(dash + 3).trim()
  const text = line.slice(0, dash).trim()
  if (tail === '' || text === '' || tail.split(' ').length > maxTailWords) return { text: line, status: '' }
  if (openWords.has(tail.toLowerCase())) return { text, status: 'Not started' }
  // "contact made, waiting for feedback": a status may open any of the tail's comma-separated phrases.
  const reads = tail.split(',').some((phrase) => statusAtStart(phrase) !== null)
  return reads ? { text, status: tail } : { text: line, status: '' }
}
