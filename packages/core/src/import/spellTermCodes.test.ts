import { describe, expect, it } from 'vitest'
import { spellTermCodes } from './spellTermCodes'
import { tableToPlan } from './tableToPlan'

describe('US term codes in a closing bracketed label', () => {
  it('spells out glued term codes and month/year pairs, and nothing else', () => {
    expect(spellTermCodes('3/25-Su25')).toBe('March 2025 - Summer 2025')
    expect(spellTermCodes('Fa24/Ongoing')).toBe('Fall 2024 / Ongoing')
    expect(spellTermCodes('W26')).toBe('Winter 2026')
    expect(spellTermCodes('S2')).toBeNull()
    expect(spellTermCodes('5/11')).toBeNull()
    expect(spellTermCodes('Phase 2')).toBeNull()
    expect(spellTermCodes('Ongoing')).toBeNull()
  })

  it('dates the actions of a list with no target column, keeping the codes as written', () => {
    const page = [
      ['Division update'],
      ['• Run a second round of the staff survey and share the results. (3/25-Su25)'],
      ['• Train every chair of a hiring panel. (Fa24/Ongoing)'],
      ['• Publish the technician career map. (S26)'],
      ['• Keep the forum meeting each month. (Ongoing)'],
    ].map((line) => [line[0]!])
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.target.text, a.target.due])).toEqual([
      ['3/25-Su25', '2025-08-31'],
      ['Fa24/Ongoing', '2024-11-30'],
      ['S26', '2026-05-31'],
      ['', null],
    ])
    expect(plan.actions[2]?.target.warnings.join(' ')).toContain('Spring 2026')
  })
})
