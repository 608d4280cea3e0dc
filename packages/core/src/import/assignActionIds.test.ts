import { describe, expect, it } from 'vitest'
import { assignActionIds, slugify } from './assignActionIds'

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
})
