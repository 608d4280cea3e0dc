import { describe, expect, it } from 'vitest'
import { peelItemLabel } from './peelItemLabel'
import { tableToPlan } from './tableToPlan'

describe('a bulleted item labelled with its kind and number ("• Carried-over measure 2: …")', () => {
  const rows = [
    ['Technician development plan 2024–27'],
    ['Strategic aim 1: Make technical careers visible across every faculty.'],
    ['• Carried-over measure 1: Publish a named technician on every grant page (2024/25).'],
    ['• Amended measure 2: Hold a yearly showcase of technical work.'],
    ['Strategic aim 2: Give technicians time for training.'],
    ['• New measure 1: Fund two days of training a year for each technician (2025/26).'],
  ]

  it('takes the number as the ref and keeps the label words out of the title', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Publish a named technician on every grant page (2024/25).'],
      ['2', 'Hold a yearly showcase of technical work.'],
      ['1', 'Fund two days of training a year for each technician (2025/26).'],
    ])
  })

  it('reads any label words, but not a label that names a time', () => {
    expect(peelItemLabel('Key recommendation 3: Review the rota')).toEqual({
      ref: '3',
      rest: 'Review the rota',
    })
    expect(peelItemLabel('Year 2: Review the rota')).toBeNull()
    expect(peelItemLabel('By March 14: Review the rota')).toBeNull()
    expect(peelItemLabel('Sept 30: Review the rota')).toBeNull()
    expect(peelItemLabel('Hold 2 events: one per term')).toBeNull()
    expect(peelItemLabel('Measure 4:')).toBeNull()
  })

  // Its time is measured by bench/importBadInput.ts, not asserted here: a regex that backtracked without bound
  // would not finish within the suite's timeout on this input.
  it('reads a long hostile label as no label', () => {
    const hostile = `${'word '.repeat(200_000)}1:`
    expect(peelItemLabel(hostile)).toBeNull()
  })
})

describe('a bulleted item labelled with one word, its number and a spaced dash ("• Outcome 2 – …")', () => {
  const rows = [
    ['Technical staff outcomes'],
    ['• Outcome 1 – Every technician has a named mentor by the end of the first term.'],
    ['• Outcome 2 – Widen the apprentice route into the workshops.'],
    ['• Outcome 3 – Publish the technical roles in every faculty handbook.'],
  ]

  it('takes the number as the ref and the text after the dash as the title', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Every technician has a named mentor by the end of the first term.'],
      ['2', 'Widen the apprentice route into the workshops.'],
      ['3', 'Publish the technical roles in every faculty handbook.'],
    ])
  })

  it('leaves a range between two numbers, and a lower-case sentence after a dash, alone', () => {
    expect(peelItemLabel('Hold 2 – 3 events a year')).toBeNull()
    expect(peelItemLabel('Meet 4 - then report')).toBeNull()
    expect(peelItemLabel('Aim 2 – Grow the forum')).toEqual({ ref: '2', rest: 'Grow the forum' })
  })
})
