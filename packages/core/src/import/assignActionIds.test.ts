import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assignActionIds, type IdSource, slugify } from './assignActionIds'

describe('assignActionIds', () => {
  it('uses the ref, then the section, then a number to keep ids unique', () => {
    expect(
      assignActionIds([
        { id: null, ref: '1', section: null },
        { id: null, ref: '1', section: 'Completed Actions' },
        { id: null, ref: '1', section: 'Completed Actions' },
        { id: null, ref: null, section: null },
        { id: null, ref: 'Action 12', section: null },
      ]),
    ).toEqual(['1', 'completed-actions-1', 'completed-actions-1-2', 'action-4', 'action-12'])
  })
  it('keeps given ids, and never lets a derived id take one given later', () => {
    expect(
      assignActionIds([
        { id: null, ref: 'x', section: null },
        { id: 'x', ref: null, section: null },
        { id: 'x', ref: null, section: null },
      ]),
    ).toEqual(['x-2', 'x', 'action-3'])
  })
})

describe('slugify', () => {
  it('makes URL-safe ids', () => {
    expect(slugify('Évaluation: Year 1 / Q2')).toBe('evaluation-year-1-q2')
    expect(slugify('***')).toBe('')
  })
  it.each([
    ['plain ASCII with punctuation', 'Completed Actions: Year 1 / Q2', 'completed-actions-year-1-q2'],
    ['accents dropped', 'Évaluation des coûts', 'evaluation-des-couts'],
    ['a ligature and a no-break space', 'ﬁnal\u00a0plan', 'final-plan'],
    ['only ASCII symbols', '-- 1.2 --', '1-2'],
  ])('%s', (_, text, want) => {
    expect(slugify(text)).toBe(want)
  })
})

describe('assignActionIds, property', () => {
  // The rule as documented, written the plain way with one Set: the implementation keeps plain numbers apart
  // (as flags in an array) for speed, and must give exactly these ids.
  function reference(sources: readonly IdSource[]): string[] {
    const used = new Set<string>()
    for (const source of sources) if (source.id !== null && source.id !== '') used.add(source.id)
    const claimed = new Set<string>()
    return sources.map((source, index) => {
      if (source.id !== null && source.id !== '' && !claimed.has(source.id)) {
        claimed.add(source.id)
        return source.id
      }
      const base = (source.ref !== null ? slugify(source.ref) : '') || `action-${index + 1}`
      const candidates = [base]
      if (source.section !== null && slugify(source.section) !== '')
        candidates.push(`${slugify(source.section)}-${base}`)
      for (const candidate of candidates) {
        if (!used.has(candidate)) {
          used.add(candidate)
          return candidate
        }
      }
      const stem = candidates[candidates.length - 1]!
      for (let n = 2; ; n++) {
        if (!used.has(`${stem}-${n}`)) {
          used.add(`${stem}-${n}`)
          return `${stem}-${n}`
        }
      }
    })
  }

  // Numbers around the edges of the fast path: leading zeros, 0, six and seven digits, and suffixed forms.
  const idLike = fc.oneof(
    fc.constantFrom('0', '00', '01', '1', '2', '10', '999999', '1000000', '0999999', '1-2', 'A1', 'a1', ''),
    fc.nat({ max: 1_200_000 }).map(String),
    fc.string({ maxLength: 6 }),
  )
  const source = fc.record({
    id: fc.option(idLike, { nil: null }),
    ref: fc.option(idLike, { nil: null }),
    section: fc.option(fc.constantFrom('Completed Actions', '1', 'V', ''), { nil: null }),
  })

  it('gives the same ids as the plain rule', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 40 }), (sources) => {
        expect(assignActionIds(sources)).toEqual(reference(sources))
      }),
      { numRuns: 500 },
    )
  })
})
