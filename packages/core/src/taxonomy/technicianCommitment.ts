import type { Taxonomy } from '../model/taxonomySchema'
import { freezeTaxonomy } from './freezeTaxonomy'

/**
 * The Technician Commitment's four pillars, plus the optional fifth theme "Evaluating Impact" that many
 * plans add. Descriptions are the Commitment's own wording as plans quote it in their legends; aliases are
 * the other ways real plans write each pillar ("CD", "development"). The default taxonomy everywhere.
 *
 * Single-word aliases are only trusted where a cell is a list of pillars, never inside prose (see
 * `resolvePillars`), so "development" in "a consistent development plan" is not read as Career Development.
 *
 * @example
 * ```ts
 * import { technicianCommitment } from '@techcommit/core'
 * technicianCommitment.pillars.map((p) => p.code) // ['V', 'R', 'C', 'S', 'E']
 * ```
 */
export const technicianCommitment: Taxonomy = freezeTaxonomy({
  id: 'technician-commitment',
  name: 'Technician Commitment',
  pillars: [
    {
      code: 'V',
      name: 'Visibility',
      description:
        'Ensure that technicians within the organisation are identifiable and that the contribution of technicians is visible within and beyond the institution.',
      aliases: ['visible', 'vis'],
      optional: false,
    },
    {
      code: 'R',
      name: 'Recognition',
      description:
        'Support technicians to gain recognition through professional registration and external award schemes.',
      aliases: ['recognise', 'recognize', 'recognised', 'recognized', 'rec'],
      optional: false,
    },
    {
      code: 'C',
      name: 'Career Development',
      description:
        'Enable career progression opportunities for technicians through the provision of clear, documented career pathways.',
      aliases: ['CD', 'development', 'career', 'careers development', 'career progression', 'career dev'],
      optional: false,
    },
    {
      code: 'S',
      name: 'Sustainability',
      description:
        'Ensure the future sustainability of technical skills across the organisation and that technical expertise is fully utilised.',
      aliases: ['sustainable', 'sustain', 'sust'],
      optional: false,
    },
    {
      code: 'E',
      name: 'Evaluating Impact',
      description:
        'Measure and report the difference the actions under the other pillars make for technicians, and review the plan against that evidence.',
      // Not "impact" or "evaluation" alone: plans often have columns with those headers that are no pillar.
      aliases: [
        'EI',
        'evaluate impact',
        'evaluation of impact',
        'impact evaluation',
        'evaluating the impact',
      ],
      optional: true,
    },
  ],
})
