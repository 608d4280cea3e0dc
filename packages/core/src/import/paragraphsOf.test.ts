import { describe, expect, it } from 'vitest'
import { paragraphsOf } from './paragraphsOf'
import { tableToPlan } from './tableToPlan'

describe('paragraphsOf', () => {
  it('splits at blank lines and keeps the lines of one paragraph together', () => {
    expect(paragraphsOf('• Tree Warden\n• Parish Council\n\n \n• Rivers Trust\n')).toEqual([
      '• Tree Warden\n• Parish Council',
      '• Rivers Trust',
    ])
  })
})

describe('numbered targets of one row, each with its paragraph of owners', () => {
  it('gives each target the owners written in its paragraph', () => {
    const { plan } = tableToPlan([
      ['Ref', 'Enabling targets', 'Who'],
      [
        '4.1',
        '4.1 Plant trees along the new footpath.\n\n4.2 Clear the brook of fallen branches each winter.\n\n4.3 Survey the hedgerows with the school.',
        '• Tree Warden\n• Parish Council\n\n• Rivers Trust\n\n• Primary School\n• Parish Council',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['4.1', ['Tree Warden', 'Parish Council']],
      ['4.2', ['Rivers Trust']],
      ['4.3', ['Primary School', 'Parish Council']],
    ])
  })
})
