import type { StatusState } from '../model/status'

/**
 * The state of a cell that is only a tracker's two-letter status code in capitals: "IP" (in progress), as
 * outstanding-task lists write it in a margin beside each task, next to "DONE". Only the whole cell counts, in
 * capitals: "IP" inside a sentence ("Review the IP policy") is intellectual property, never a state.
 *
 * @example
 * statusCodeAlone('IP') // 'in-progress'
 * statusCodeAlone('IP policy') // null
 */
export function statusCodeAlone(text: string): StatusState | null {
  return codes.get(text.trim()) ?? null
}

const codes: ReadonlyMap<string, StatusState> = new Map([['IP', 'in-progress']])
