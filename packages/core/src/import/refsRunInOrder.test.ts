import { describe, expect, it } from 'vitest'
import { refsRunInOrder } from './refsRunInOrder'

describe('refsRunInOrder', () => {
  it.each([
    [['1', '2', '3', '4']],
    [['GENERAL', '1', '2', '3']],
    [['PK01', 'PK02', 'PK03', 'PK04']],
    [['T 7', 'T 8', 'T 9']],
    [['1', '2', '3', '5', '6']],
  ])('reads %j as numbers running in order', (cells) => {
    expect(refsRunInOrder(cells)).toBe(true)
  })

  it.each([
    // Counts and shares: numbers, but not an item's number each.
    [['100', '10', '25', '100']],
    [['42', '8', '6', '5']],
    // Too few to say.
    [['1', '2']],
    // Refs under other letters each row, or dotted sub-numbers: not read by this rule.
    [['A1', 'B1', 'C1']],
    [['1.1', '1.2', '1.3']],
  ])('does not read %j so', (cells) => {
    expect(refsRunInOrder(cells)).toBe(false)
  })

  it('reads section paragraph numbers as running in order only when asked to', () => {
    expect(refsRunInOrder(['7.1', '7.2', '7.3', '7.4'], { dotted: true })).toBe(true)
    expect(refsRunInOrder(['7.1', '7.2', 'x.3', '7.4', '7.5'], { dotted: true })).toBe(true)
    expect(refsRunInOrder(['1.5', '2.5', '3.5'], { dotted: true })).toBe(false)
    expect(refsRunInOrder(['0.25', '0.5', '0.75'], { dotted: true })).toBe(false)
    expect(refsRunInOrder(['7.1', '7.2', '7.3'])).toBe(false)
  })
})
