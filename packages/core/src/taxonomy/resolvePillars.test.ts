import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defineTaxonomy } from './defineTaxonomy'
import { type PillarFlag, resolvePillars } from './resolvePillars'
import { researcherDevelopmentConcordat } from './researcherDevelopmentConcordat'
import { technicianCommitment } from './technicianCommitment'

// Expectations are how a reader of each plan would tag the cell, worked out from the plans themselves.

describe('resolvePillars: letter codes (the "Aim" column of a plan with a V/R/C/S legend)', () => {
  it.each([
    ['V, R, C, S', ['V', 'R', 'C', 'S']],
    ['V, C', ['V', 'C']],
    ['C', ['C']],
    ['V, R', ['V', 'R']],
    ['R', ['R']],
    ['C, S', ['C', 'S']],
    ['V, C, S', ['V', 'C', 'S']],
    // A dangling comma: the author started a second code and never wrote it.
    ['C, ', ['C']],
    // Written out of order; codes come back in taxonomy order.
    ['C, V', ['V', 'C']],
    ['S', ['S']],
    ['V, C, R, S', ['V', 'R', 'C', 'S']],
  ])('%j → %j', (text, codes) => {
    expect(resolvePillars(text)).toEqual({ text, codes, unresolved: [] })
  })

  it('reads other list punctuation and lower case', () => {
    expect(resolvePillars('V/R').codes).toEqual(['V', 'R'])
    expect(resolvePillars('v; s').codes).toEqual(['V', 'S'])
    expect(resolvePillars('R & S').codes).toEqual(['R', 'S'])
    expect(resolvePillars('V and E').codes).toEqual(['V', 'E'])
  })

  it('reads CD as Career Development', () => {
    expect(resolvePillars('CD').codes).toEqual(['C'])
    expect(resolvePillars('V, CD').codes).toEqual(['V', 'C'])
  })
})

describe('resolvePillars: the legend lines that explain the codes', () => {
  it.each([
    [
      'V: Visibility: \tEnsure that technicians within the organisation are identifiable and that the contribution of technicians is visible within and beyond the institution',
      'V',
    ],
    ['R: Recognition:\tSupport technicians to gain recognition through professional registration', 'R'],
    [
      'C: Career Development:\tEnable career progression opportunities for technicians through the provision of clear, documented career pathways',
      'C',
    ],
    [
      'S: Sustainability:\tEnsure the future sustainability of technical skills across the organisation and that technical expertise is fully utilised',
      'S',
    ],
  ])('%j → %s', (text, code) => {
    expect(resolvePillars(text).codes).toEqual([code])
  })
})

describe('resolvePillars: a description sentence in place of the name', () => {
  it.each([
    // The Visibility description never says "visibility".
    [
      'Ensure that all technicians within the organisation are identifiable and that the contribution of technicians is visible within and beyond the institution',
      'V',
    ],
    [
      'Ensure that Technicians within the organisation are identifiable and that the contribution of Technicians is visible within and beyond the institution.',
      'V',
    ],
    [
      'Support technicians to gain recognition through professional registration and external awards schemes',
      'R',
    ],
    [
      'Support Technicians to gain recognition through professional registration and external award schemes.',
      'R',
    ],
    // Nor does the Career Development one name its pillar, and it holds a comma that must not split it.
    [
      'Enable career progression opportunities for technicians through the provision of clear, documented career pathways',
      'C',
    ],
    [
      'Ensure the future sustainability of technical skills across the organisation and that technical expertise is fully utilised.',
      'S',
    ],
  ])('%j → %s', (text, code) => {
    expect(resolvePillars(text)).toEqual({ text, codes: [code], unresolved: [] })
  })

  // A framework of our own: one short description (five words) and one long (ten). A line reads as a description
  // once it holds at least 60% of that description's words, whichever description is the shortest.
  const orchard = defineTaxonomy({
    id: 'orchard',
    name: 'Orchard Charter',
    pillars: [
      { code: 'P', name: 'Pruning', description: 'shape young apple trees yearly' },
      {
        code: 'H',
        name: 'Harvest',
        description: 'pick ripe fruit gently store cool crates sort bruised windfalls',
      },
    ],
  })
  it.each([
    ['shape young apple', ['P'], []],
    ['shape young pears', [], ['shape young pears']],
    ['pick ripe fruit gently store cool', ['H'], []],
    ['pick ripe fruit gently store', [], ['pick ripe fruit gently store']],
  ])('with a five- and a ten-word description, %j → %j', (text, codes, unresolved) => {
    expect(resolvePillars(text, orchard)).toEqual({ text, codes, unresolved })
  })

  it('reads a legend line that gives the name then the description', () => {
    expect(
      resolvePillars(
        'Visibility\tEnsure that all technicians within the organisation are identifiable and that the contribution of technicians is visible within and beyond the institution',
      ).codes,
    ).toEqual(['V'])
  })
})

describe('resolvePillars: names inside the rationale prose of a plan with no pillar column', () => {
  it.each([
    ['A contribution to the visibility requirement under the Technician Commitment', ['V']],
    ['A contribution to the recognition requirement under the Technician Commitment', ['R']],
    ['A contribution to the career development requirement under the Technician Commitment', ['C']],
    ['A contribution to the sustainability requirement under the Technician Commitment', ['S']],
    ['A contribution towards the evaluating impact requirement under the Technician Commitment', ['E']],
    [
      'A contribution to the career development and sustainability requirements under the Technician Commitment',
      ['C', 'S'],
    ],
    [
      'A contribution to the visibility, recognition, career development, sustainability elements of the Technician Commitment',
      ['V', 'R', 'C', 'S'],
    ],
  ])('%j → %j', (text, codes) => {
    expect(resolvePillars(text)).toEqual({ text, codes, unresolved: [] })
  })

  it('finds no pillar in rationales that name none, and hands them back as unresolved', () => {
    const plan =
      'To provide a high level consistent development plan that incorporates all strands of the Professional Services'
    // "development" here is a development plan, not Career Development.
    expect(resolvePillars(plan)).toEqual({ text: plan, codes: [], unresolved: [plan] })
    const standards = 'To demonstrate ability to meet sector standards of quality and commitment'
    expect(resolvePillars(standards)).toEqual({ text: standards, codes: [], unresolved: [standards] })
  })

  it('does not read an "Impact" or "Evaluation" column header as Evaluating Impact', () => {
    expect(resolvePillars('Impact').codes).toEqual([])
    expect(resolvePillars('Evaluation').codes).toEqual([])
    expect(resolvePillars('Evaluation of impact').codes).toEqual(['E'])
  })

  it('does not read a code letter inside prose as a pillar', () => {
    // From a plan's detail column: "E" here is Equality, not Evaluating Impact.
    expect(
      resolvePillars("we will ask the University's E&D service to provide a half-day training event").codes,
    ).toEqual([])
    expect(resolvePillars('Section C').codes).toEqual([])
  })

  it('does not read the framework name "Technician Commitment" as a pillar', () => {
    expect(resolvePillars('Technician Commitment').codes).toEqual([])
    expect(resolvePillars("Technician's Commitment Steering Group").codes).toEqual([])
  })

  it('reads the introduction of a plan that lists every pillar in a sentence', () => {
    expect(
      resolvePillars(
        'an initiative aimed at ensuring visibility, recognition, career development and sustainability for Technicians working across all disciplines',
      ).codes,
    ).toEqual(['V', 'R', 'C', 'S'])
  })

  it('reads a one-word alias in prose only when a pillar noun follows it', () => {
    expect(resolvePillars('A contribution to the development requirement').codes).toEqual(['C'])
    expect(resolvePillars('Podcasts and development of case studies').codes).toEqual([])
  })
})

describe('resolvePillars: names, any case, and "development"', () => {
  it.each([
    ['Visibility', ['V']],
    ['RECOGNITION', ['R']],
    ['career development', ['C']],
    ['Career Development', ['C']],
    ['Sustainability', ['S']],
    ['Evaluating Impact', ['E']],
    ['development', ['C']],
    ['Visibility, development', ['V', 'C']],
    ['Visibility and Career Development', ['V', 'C']],
    ['All', ['V', 'R', 'C', 'S']],
    ['All four pillars', ['V', 'R', 'C', 'S']],
  ])('%j → %j', (text, codes) => {
    expect(resolvePillars(text).codes).toEqual(codes)
  })

  // One plan lists its "Commitment areas" as names on separate lines, padded with blank lines.
  it.each([
    ['Visibility\n\n\n\nCareer Development', ['V', 'C']],
    ['Visibility', ['V']],
    ['Recognition\n\n\n\nCareer Development', ['R', 'C']],
    ['Visibility\n\n\n\nRecognition', ['V', 'R']],
    ['Sustainability\n\n\n\nCareer Development', ['C', 'S']],
    ['Career Development', ['C']],
    ['Sustainability\n\n\n\nCareer Development\n\n\n\nVisibility', ['V', 'C', 'S']],
    ['Commitment areas:\n\n\n\nVisibility\n\n\n\nCareer Development', ['V', 'C']],
  ])('commitment areas %j → %j', (text, codes) => {
    expect(resolvePillars(text)).toEqual({ text, codes, unresolved: [] })
  })
})

describe('resolvePillars: Y-flag columns', () => {
  const headers = ['Visibility', 'Recognition', 'Career Development', 'Sustainability']
  const row = (...values: string[]): PillarFlag[] =>
    headers.map((header, i) => ({ header, value: values[i] ?? '' }))

  // The fifteen rows of a plan with one Y column per pillar (row 9 is missing from that plan).
  it.each([
    [1, row('Y', 'Y', '', ''), ['V', 'R']],
    [2, row('Y', '', '', 'Y'), ['V', 'S']],
    [3, row('', 'Y', 'Y', ''), ['R', 'C']],
    [4, row('', 'Y', 'Y', 'Y'), ['R', 'C', 'S']],
    [5, row('Y', 'Y', 'Y', 'Y'), ['V', 'R', 'C', 'S']],
    [6, row('', '', 'Y', 'Y'), ['C', 'S']],
    [7, row('Y', 'Y', 'Y', ''), ['V', 'R', 'C']],
    [8, row('Y', 'Y', '', 'Y'), ['V', 'R', 'S']],
    [10, row('', '', 'Y', 'Y'), ['C', 'S']],
    [11, row('Y', 'Y', 'Y', ''), ['V', 'R', 'C']],
    [12, row('Y', '', '', ''), ['V']],
    [13, row('Y', 'Y', '', ''), ['V', 'R']],
    [14, row('Y', '', 'Y', ''), ['V', 'C']],
    [15, row('Y', 'Y', 'Y', ''), ['V', 'R', 'C']],
    [16, row('', '', 'Y', 'Y'), ['C', 'S']],
  ])('action %i → %j', (_n, flags, codes) => {
    expect(resolvePillars(flags).codes).toEqual(codes)
    expect(resolvePillars(flags).unresolved).toEqual([])
  })

  it('summarises the ticked flags as its text', () => {
    expect(resolvePillars(row('Y', 'Y', '', '')).text).toBe('Visibility: Y; Recognition: Y')
  })

  it('accepts ticks, crosses and words as marks, and reads blanks and "N" as unmarked', () => {
    expect(resolvePillars(row('✓', 'x', 'yes', 'TRUE')).codes).toEqual(['V', 'R', 'C', 'S'])
    expect(resolvePillars(row('X', 'N', 'no', '-')).codes).toEqual(['V'])
  })

  it('reads code headers and a "Pillars" column holding codes', () => {
    expect(resolvePillars([{ header: 'CD', value: 'Y' }]).codes).toEqual(['C'])
    expect(resolvePillars([{ header: 'Pillars', value: 'V, S' }]).codes).toEqual(['V', 'S'])
  })

  it('reports a ticked column that is not a pillar, and a mark it cannot read', () => {
    const read = resolvePillars([
      { header: 'Equality', value: 'Y' },
      { header: 'Visibility', value: 'partly' },
    ])
    expect(read.codes).toEqual([])
    expect(read.unresolved).toEqual(['Equality', 'Visibility: partly'])
  })
})

describe('resolvePillars: headers of a plan laid out one block per pillar', () => {
  it.each([
    ['Visibility', 'V'],
    ['Recognition', 'R'],
    ['Career Development', 'C'],
    ['Sustainability', 'S'],
    ['Evaluating Impact', 'E'],
  ])('%j → %s', (header, code) => {
    expect(resolvePillars(header).codes).toEqual([code])
  })
})

describe('resolvePillars: what it cannot place', () => {
  it('keeps unknown fragments beside the codes it found', () => {
    expect(resolvePillars('V, Q, widening participation')).toEqual({
      text: 'V, Q, widening participation',
      codes: ['V'],
      unresolved: ['Q', 'widening participation'],
    })
  })

  it('treats empty and "n/a" cells as naming no pillar rather than failing', () => {
    expect(resolvePillars('')).toEqual({ text: '', codes: [], unresolved: [] })
    expect(resolvePillars('  ')).toEqual({ text: '  ', codes: [], unresolved: [] })
    expect(resolvePillars('N/A')).toEqual({ text: 'N/A', codes: [], unresolved: [] })
  })

  it('strips HTML from pasted cells', () => {
    expect(resolvePillars('<p>Visibility</p><p>Recognition &amp; Sustainability</p>').codes).toEqual([
      'V',
      'R',
      'S',
    ])
  })
})

describe('resolvePillars with the Researcher Development Concordat', () => {
  const rdc = researcherDevelopmentConcordat
  it.each([
    ['Environment and Culture', ['EC']],
    ['Environment & Culture', ['EC']],
    ['Employment', ['EM']],
    ['Professional and Career Development', ['PCD']],
    ['EC, PCD', ['EC', 'PCD']],
    ['career development', ['PCD']],
    ['development', ['PCD']],
    ['Employment; professional and career development', ['EM', 'PCD']],
    ['Supports the environment and culture and employment principles of the Concordat', ['EC', 'EM']],
  ])('%j → %j', (text, codes) => {
    expect(resolvePillars(text, rdc).codes).toEqual(codes)
  })

  it('does not read the framework name "Researcher Development Concordat" as Professional and Career Development', () => {
    expect(resolvePillars('Delivering the Researcher Development Concordat', rdc).codes).toEqual([])
  })

  it('does not know the Technician Commitment pillars', () => {
    expect(resolvePillars('V, R', rdc)).toEqual({ text: 'V, R', codes: [], unresolved: ['V', 'R'] })
  })

  it('reads flag columns headed with its pillar names', () => {
    const flags = [
      { header: 'Environment and Culture', value: '' },
      { header: 'Employment', value: '✓' },
      { header: 'Professional and Career Development', value: '✓' },
    ]
    expect(resolvePillars(flags, rdc).codes).toEqual(['EM', 'PCD'])
  })
})

describe('resolvePillars: properties', () => {
  const codes = technicianCommitment.pillars.map((p) => p.code)
  const piece = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      'V',
      'R',
      'C',
      'S',
      'E',
      'CD',
      'Visibility',
      'career development',
      'development',
      ', ',
      '\n',
      '/',
      '&',
    ),
  )
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''))

  it('never throws, keeps the original text, and returns known codes once each in taxonomy order', () => {
    fc.assert(
      fc.property(text, (input) => {
        const read = resolvePillars(input)
        expect(read.text).toBe(input)
        const positions = read.codes.map((c) => codes.indexOf(c))
        expect(positions.every((p) => p >= 0)).toBe(true)
        expect([...positions].sort((a, b) => a - b)).toEqual(positions)
        expect(new Set(read.codes).size).toBe(read.codes.length)
      }),
    )
  })

  it('never throws on flag rows, whatever the headers and marks', () => {
    const flag = fc.record({ header: fc.string({ maxLength: 20 }), value: fc.string({ maxLength: 5 }) })
    fc.assert(
      fc.property(fc.array(flag, { maxLength: 8 }), (flags) => {
        const read = resolvePillars(flags)
        expect(read.codes.every((c) => codes.includes(c))).toBe(true)
      }),
    )
  })

  it('is not fooled by prototype keys', () => {
    expect(resolvePillars('__proto__, constructor, toString').codes).toEqual([])
    expect(resolvePillars([{ header: '__proto__', value: 'Y' }]).unresolved).toEqual(['__proto__'])
  })

  it('finishes on a huge hostile cell (input is cut before matching)', () => {
    const huge = `${'visibility, '.repeat(50_000)}${'a'.repeat(100_000)}`
    expect(resolvePillars(huge).codes).toEqual(['V'])
  })
})
