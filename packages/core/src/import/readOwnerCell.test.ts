import { describe, expect, it } from 'vitest'
import { readOwnerCell } from './readOwnerCell'

describe('readOwnerCell: a lead working with others, wrapped in a narrow column', () => {
  it('joins a line that opens lowercase to the line above, and splits "working with" into two owners', () => {
    expect(readOwnerCell('Priya Shah working\nwith the technician forum,\nEstates, Library')).toEqual([
      'Priya Shah',
      'the technician forum',
      'Estates',
      'Library',
    ])
  })

  it('reads "in partnership with" and "supported by" the same way', () => {
    expect(readOwnerCell('Careers Service in partnership with HR')).toEqual(['Careers Service', 'HR'])
    expect(readOwnerCell('Lab Manager supported by Safety Office')).toEqual(['Lab Manager', 'Safety Office'])
  })

  it('keeps lines that each open with a capital as separate owners', () => {
    expect(readOwnerCell('Head of School\nFaculty Manager')).toEqual(['Head of School', 'Faculty Manager'])
  })
})
