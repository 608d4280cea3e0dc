import type { Taxonomy } from '../model/taxonomySchema'
import { technicianCommitment } from './technicianCommitment'

/** One pillar flag column: its header ("Visibility") and the cell under it ("Y", "✓", "x", ""). */
export interface PillarFlag {
  readonly header: string
  readonly value: string
}

/** Free text ("V, R, C, S", prose) or a row's flag columns. */
export type PillarInput = string | readonly PillarFlag[]

/** The pillars found in an input. */
export interface ResolvedPillars {
  /** The original text (flags are summarised as "Visibility: Y; Recognition: Y"). */
  readonly text: string
  /** Pillar codes in taxonomy order, deduplicated. */
  readonly codes: string[]
  /** Fragments that could not be placed in any pillar. */
  readonly unresolved: string[]
}

// STUB — replaced by the model work (issue 3). Signature is the contract.
export function resolvePillars(input: PillarInput, _taxonomy: Taxonomy = technicianCommitment): ResolvedPillars {
  return { text: typeof input === 'string' ? input : '', codes: [], unresolved: [] }
}
