import type { DateContext, TargetDate } from '../model/targetDate'

// STUB — replaced by the date-parser work (issue 4). Signature is the contract.
export function parseTargetDate(text: string, _context: DateContext = {}): TargetDate {
  return { text, kind: 'unknown', start: null, end: null, due: null, precision: null, confidence: 0, warnings: [], parts: [], alternatives: [] }
}
