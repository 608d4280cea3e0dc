import { describe, expect, it } from 'vitest'
import { ACTION_LABEL, BULLET_MARK, ITEM_LETTER, ITEM_NUMBER, NUMBER_MARK, ROMAN_NUMERAL } from './itemMark'
import { peelRef } from './peelRef'
import { tableToPlan } from './tableToPlan'

describe('item marks', () => {
  const whole = (source: string) => new RegExp(`^(?:${source})$`, 'i')
  // [mark, what it is, whether it reads as one]
  const marks: ReadonlyArray<readonly [string, string, boolean]> = [
    [ITEM_NUMBER, '7', true],
    [ITEM_NUMBER, '120000', true],
    [ITEM_NUMBER, '1234567', false],
    [NUMBER_MARK, '3)', true],
    [NUMBER_MARK, '4500.', true],
    [NUMBER_MARK, '12', false],
    [ITEM_LETTER, 'c', true],
    [ITEM_LETTER, 'cd', false],
    [ROMAN_NUMERAL, 'xii', true],
    [ROMAN_NUMERAL, 'vim', false],
    [BULLET_MARK, '•', true],
    [BULLET_MARK, '#', false],
    [ACTION_LABEL, 'Action 1000:', true],
    [ACTION_LABEL, 'Action 7.', true],
    [ACTION_LABEL, 'Action one:', false],
  ]
  it.each(marks)('%s reads %j: %s', (source, text, reads) => {
    expect(whole(source).test(text)).toBe(reads)
  })

  it('gives an action labelled with a four-digit number that number as its ref, as it does a three-digit one', () => {
    expect(peelRef('Action 999: Renew the boiler contract')?.ref).toBe('999')
    expect(peelRef('Action 1000: Renew the boiler contract')?.ref).toBe('1000')
    const { plan } = tableToPlan([
      ['No.', 'Action', 'Lead'],
      ['Action 999', 'Renew the boiler contract', 'Estates'],
      ['Action 1000', 'Repaint the east stairwell', 'Estates'],
      ['Action 1001', 'Fit new blinds in the library', 'Estates'],
    ])
    expect(plan.actions.map((action) => action.ref)).toEqual(['999', '1000', '1001'])
  })

  it('keeps a year or a count opening a line from reading as an item number, while an action may carry any number', () => {
    expect(peelRef('2019. Review the scheme')).toBeNull()
    expect(peelRef('1500 Homes for the town')).toBeNull()
    expect(peelRef('Goal 2030: Net zero estate')).toBeNull()
    expect(peelRef('Action 2019: Renew the boiler contract')?.ref).toBe('2019')
  })

  it('reads a list of actions labelled past a thousand to its end', () => {
    const rows = [
      ['Our estates plan'],
      ...Array.from({ length: 1010 }, (_, i) => [`Action ${i + 1}: Inspect room ${i + 1} of the east wing`]),
    ]
    const { plan } = tableToPlan(rows)
    expect(plan.actions).toHaveLength(1010)
    expect(plan.actions.at(-1)?.ref).toBe('1010')
  })
})
