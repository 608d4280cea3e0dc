/** Owners read from a cell, with the original text. */
export interface ParsedOwners {
  readonly text: string
  readonly owners: string[]
}

// STUB — replaced by the model work (issue 3). Signature is the contract.
export function parseOwners(text: string): ParsedOwners {
  return { text, owners: text.split('/').map((s) => s.trim()).filter(Boolean) }
}
