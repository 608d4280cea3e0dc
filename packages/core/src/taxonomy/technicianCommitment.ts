import type { Taxonomy } from '../model/taxonomySchema'

// STUB — replaced by the model work (issue 3) with official descriptions and aliases.
export const technicianCommitment: Taxonomy = {
  id: 'technician-commitment',
  name: 'Technician Commitment',
  pillars: [
    { code: 'V', name: 'Visibility', description: '', aliases: [], optional: false },
    { code: 'R', name: 'Recognition', description: '', aliases: [], optional: false },
    { code: 'C', name: 'Career Development', description: '', aliases: [], optional: false },
    { code: 'S', name: 'Sustainability', description: '', aliases: [], optional: false },
    { code: 'E', name: 'Evaluating Impact', description: '', aliases: [], optional: true },
  ],
}
