import type { Taxonomy } from '../model/taxonomySchema'
import { freezeTaxonomy } from './freezeTaxonomy'

/**
 * The Concordat to Support the Career Development of Researchers (2019), whose action plans share the
 * Technician Commitment's shape: a second built-in taxonomy that proves the model is not tied to four
 * letters. Codes: `EC` Environment and Culture, `EM` Employment, `PCD` Professional and Career Development.
 * Descriptions summarise each principle in our own words.
 *
 * @example
 * ```ts
 * import { researcherDevelopmentConcordat, resolvePillars } from '@techcommit/core'
 * resolvePillars('Employment; professional and career development', researcherDevelopmentConcordat).codes
 * // ['EM', 'PCD']
 * ```
 */
export const researcherDevelopmentConcordat: Taxonomy = freezeTaxonomy({
  id: 'researcher-development-concordat',
  name: 'Researcher Development Concordat',
  pillars: [
    {
      code: 'EC',
      name: 'Environment and Culture',
      description:
        'A healthy, supportive and inclusive research culture, in which researchers can do their best work and their wellbeing is looked after.',
      aliases: ['environment', 'culture', 'research culture', 'environment culture'],
      optional: false,
    },
    {
      code: 'EM',
      name: 'Employment',
      description:
        'Fair, secure and well-managed terms of employment, recruitment and line management for researchers.',
      aliases: ['employment conditions', 'conditions of employment'],
      optional: false,
    },
    {
      code: 'PCD',
      name: 'Professional and Career Development',
      description:
        'Researchers are equipped and supported to grow professionally and to progress their careers, in research or beyond it.',
      aliases: [
        'professional development',
        'career development',
        'careers development',
        'professional career development',
        'development',
        'career',
      ],
      optional: false,
    },
  ],
})
