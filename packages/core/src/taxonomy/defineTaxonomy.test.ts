import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors'
import { Taxonomy } from '../model/taxonomySchema'
import { defineTaxonomy, safeDefineTaxonomy, type TaxonomyDefinition } from './defineTaxonomy'
import { getPillar } from './getPillar'
import { builtInTaxonomies, getTaxonomy } from './getTaxonomy'
import { researcherDevelopmentConcordat } from './researcherDevelopmentConcordat'
import { resolvePillars } from './resolvePillars'
import { technicianCommitment } from './technicianCommitment'

function problemsOf(input: unknown): Array<{ path: string; message: string }> {
  try {
    defineTaxonomy(input as TaxonomyDefinition)
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return [...(error as ValidationError).problems]
  }
  throw new Error('expected defineTaxonomy to throw')
}

describe('defineTaxonomy', () => {
  it('fills defaults and returns a taxonomy resolvePillars can use', () => {
    const athena = defineTaxonomy({
      id: 'athena-swan',
      name: 'Athena Swan',
      pillars: [
        { code: 'CP', name: 'Career Pipeline', aliases: ['pipeline'] },
        { code: 'CU', name: 'Culture', optional: true },
      ],
    })
    expect(athena.pillars[0]).toEqual({
      code: 'CP',
      name: 'Career Pipeline',
      description: '',
      aliases: ['pipeline'],
      optional: false,
    })
    expect(athena.pillars[1]?.optional).toBe(true)
    expect(resolvePillars('pipeline, culture', athena).codes).toEqual(['CP', 'CU'])
  })

  it('names the field that is wrong', () => {
    expect(problemsOf({ id: '', name: 'X', pillars: [{ code: 'A', name: 'A' }] }).map((p) => p.path)).toEqual(
      ['id'],
    )
    expect(problemsOf({ id: 'x', name: 'X', pillars: [] }).map((p) => p.path)).toEqual(['pillars'])
    expect(problemsOf({ id: 'x', name: 'X', pillars: [{ code: 'A' }] }).map((p) => p.path)).toEqual([
      'pillars.0.name',
    ])
    expect(problemsOf(null).map((p) => p.path)).toEqual(['(root)'])
  })

  it('rejects codes that could not be written in a list', () => {
    const problems = problemsOf({ id: 'x', name: 'X', pillars: [{ code: 'A B', name: 'Alpha' }] })
    expect(problems.map((p) => p.path)).toEqual(['pillars.0.code'])
  })

  it('rejects a word that would name two pillars', () => {
    const problems = problemsOf({
      id: 'x',
      name: 'X',
      pillars: [
        { code: 'A', name: 'Alpha', aliases: ['first'] },
        { code: 'B', name: 'Beta', aliases: ['First'] },
        { code: 'a', name: 'Gamma' },
      ],
    })
    expect(problems.map((p) => p.path)).toEqual(['pillars.1.aliases.0', 'pillars.2.code'])
    expect(problems[0]?.message).toContain('already names pillar A')
  })

  it('has a result-returning twin', () => {
    const bad = safeDefineTaxonomy({ id: 'x', name: 'X', pillars: [] })
    expect(bad.success).toBe(false)
    if (!bad.success) expect(bad.error.message).toContain('pillars')
    const good = safeDefineTaxonomy({ id: 'x', name: 'X', pillars: [{ code: 'A', name: 'Alpha' }] })
    expect(good.success && good.data.id).toBe('x')
  })

  it('returns a frozen taxonomy', () => {
    const t = defineTaxonomy({ id: 'x', name: 'X', pillars: [{ code: 'A', name: 'Alpha' }] })
    expect(Object.isFrozen(t)).toBe(true)
    expect(Object.isFrozen(t.pillars[0]?.aliases)).toBe(true)
  })
})

describe('the built-in taxonomies', () => {
  it.each(builtInTaxonomies.map((t) => [t.id, t] as const))(
    '%s passes the same checks as defineTaxonomy',
    (_id, t) => {
      expect(Taxonomy.parse(t)).toEqual(t)
      expect(defineTaxonomy(t)).toEqual(t)
      expect(Object.isFrozen(t.pillars)).toBe(true)
    },
  )

  it('technicianCommitment has the four pillars and the optional Evaluating Impact', () => {
    expect(technicianCommitment.pillars.map((p) => [p.code, p.name, p.optional])).toEqual([
      ['V', 'Visibility', false],
      ['R', 'Recognition', false],
      ['C', 'Career Development', false],
      ['S', 'Sustainability', false],
      ['E', 'Evaluating Impact', true],
    ])
    for (const pillar of technicianCommitment.pillars) expect(pillar.description.length).toBeGreaterThan(40)
  })

  it('the Concordat has its three principles', () => {
    expect(researcherDevelopmentConcordat.pillars.map((p) => p.name)).toEqual([
      'Environment and Culture',
      'Employment',
      'Professional and Career Development',
    ])
  })

  it('each pillar description reads back as that pillar', () => {
    for (const taxonomy of builtInTaxonomies) {
      for (const pillar of taxonomy.pillars) {
        expect(resolvePillars(pillar.description, taxonomy).codes).toEqual([pillar.code])
      }
    }
  })

  it('getTaxonomy finds built-ins by id and getPillar finds pillars by code', () => {
    expect(getTaxonomy('researcher-development-concordat')).toBe(researcherDevelopmentConcordat)
    expect(getTaxonomy('nope')).toBeUndefined()
    expect(getPillar(technicianCommitment, 'c')?.name).toBe('Career Development')
    expect(getPillar(researcherDevelopmentConcordat, 'PCD')?.name).toBe('Professional and Career Development')
    expect(getPillar(technicianCommitment, 'Q')).toBeUndefined()
  })
})
