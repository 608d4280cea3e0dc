import type { Status } from '../model/status'
import { parseStatus } from '../status/parseStatus'
import type { ExtraCell } from './statusFromPercentColumn'

/**
 * A header naming the authors' colour rating, kept in `extra` because another column is the status: "RAG", "RAG
 * status", "RAG rating", "BRAG", "Colour", "Colour code", "Traffic light".
 */
const colourHeader =
  /^(?:b?rag(?:\s(?:status|rating))?|colou?r(?:\s(?:code|rating|status))?|traffic lights?)$/i

/**
 * A colour-rating column beside the status, as councils' and boards' progress reports print it ("Action | Status |
 * Due | Colour Code", "Progress | RAG", the status a paragraph): a cell that is only a colour ("Green", "G",
 * "Amber", "Red/Amber") is the status's `reportedRag` when the status cell gives none. The state is left as the
 * status cell says (plans disagree on whether green means "on track" or "done"), except that blue, the BRAG colour
 * for done, makes a status that names no state `complete`, as it does in the status cell. Returns the status, a
 * new object when changed.
 *
 * @example
 * ragFromColourColumn([{ name: 'Colour Code', value: 'A', column: 6 }], parseStatus('Slower than hoped.')).reportedRag
 * // 'amber'
 */
export function ragFromColourColumn(extra: readonly ExtraCell[], status: Status): Status {
  if (status.reportedRag !== null) return status
  const cell = extra.find((item) => colourHeader.test(item.name.trim()))
  const value = cell?.value.trim() ?? ''
  if (value === '' || value.length > 16) return status
  const read = parseStatus(value)
  // A colour alone: no state of its own, but for blue's "complete".
  if (read.reportedRag === null || read.note !== null) return status
  if (read.state !== 'unknown' && read.reportedRag !== 'blue') return status
  const state = status.state === 'unknown' && read.reportedRag === 'blue' ? 'complete' : status.state
  return { ...status, reportedRag: read.reportedRag, state }
}
