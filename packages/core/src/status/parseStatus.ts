import type { Status } from '../model/status'

// STUB — replaced by the model work (issue 3). Signature is the contract.
export function parseStatus(text: string): Status {
  return { text, state: 'unknown', completedOn: null, percent: null, reportedRag: null, note: null }
}
