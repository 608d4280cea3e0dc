import { describe, expect, it } from 'vitest'
import { itemLabelAtLineEnd } from './itemLabelAtLineEnd'
import {
  ACTION_LABEL,
  BULLET_MARK,
  ITEM_LETTER,
  ITEM_NUMBER,
  ITEM_REF,
  NOT_A_YEAR,
  NUMBER_MARK,
  ROMAN_NUMERAL,
  YEAR_ONLY_AFTER_ACTION,
} from './itemMark'
import { joinRefLabelRows } from './joinRefLabelRows'
import { namedRefLabels } from './namedRefLabels'
import { peelItemLabel } from './peelItemLabel'
import { peelRomanSubRef } from './peelRomanSubRef'
import { readNumberSignLabels } from './readNumberSignLabels'
import { peelRef } from './peelRef'
import { subItemRef } from './subItemRef'
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
    [ITEM_REF, '1200.3b', true],
    [ITEM_REF, 'B1200', true],
    [ITEM_REF, '1.2.3.4.5', false],
    [`${NOT_A_YEAR}${ITEM_NUMBER}`, '1200', true],
    [`${NOT_A_YEAR}${ITEM_NUMBER}`, '2019', false],
    [`${NOT_A_YEAR}${ITEM_NUMBER}`, '20190', true],
    [`${NOT_A_YEAR}${ITEM_REF}`, '2019.1', true],
    [`(?:goal|action) ${YEAR_ONLY_AFTER_ACTION}${ITEM_REF}`, 'Action 2019', true],
    [`(?:goal|action) ${YEAR_ONLY_AFTER_ACTION}${ITEM_REF}`, 'Goal 2030', false],
    [`(?:goal|action) ${YEAR_ONLY_AFTER_ACTION}${ITEM_REF}`, 'Goal 1200', true],
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

  // Each reader of an item's ref reads a four-digit number as it reads a three-digit one; a year stays a period.
  describe('four-digit refs in every reader of an item ref', () => {
    it('a number and a roman sub-item', () => {
      expect(peelRomanSubRef('1200. ii) Publish the code of practice')?.ref).toBe('1200.ii')
    })

    it('a label and a colon, but not a year', () => {
      expect(peelItemLabel('Carried-over measure 1200: Publish the report')?.ref).toBe('1200')
      expect(peelItemLabel('Outcome 1200 – Publish the report')?.ref).toBe('1200')
      expect(peelItemLabel('Vision 2030: A greener campus')).toBeNull()
    })

    it('lettered items under a four-digit parent', () => {
      expect(subItemRef('1200', 'a')).toBe('1200a')
      expect(subItemRef('1200.1', '2')).toBe('1200.1.2')
    })

    it('a ref label alone on its row, but not a year', () => {
      expect(joinRefLabelRows([['Action 1200.1'], ['Improve the staff room']])).toEqual([
        ['Improve the staff room', '1200.1'],
        [],
      ])
      expect(joinRefLabelRows([['Objectives 2030'], ['Improve the staff room']])).toEqual([
        ['Objectives 2030'],
        ['Improve the staff room'],
      ])
      expect(joinRefLabelRows([['Action 2019'], ['Improve the staff room']])).toEqual([
        ['Improve the staff room', '2019'],
        [],
      ])
    })

    it('a named label over each item', () => {
      const refOf = namedRefLabels([
        ['Call to Action # 1206'],
        ['Repeal the bylaw'],
        ['Call to Action # 1209'],
        ['Publish the register'],
      ])
      expect(refOf('Call to Action # 1209')).toBe('1209')
    })

    it('a label in brackets at the end of the line, but not a year', () => {
      expect(itemLabelAtLineEnd([['Plant trees (Action 1200.1)'], ['Fix the weir (Action 1200.2)']])).toEqual(
        [['Action 1200.1: Plant trees'], ['Action 1200.2: Fix the weir']],
      )
      const periods = [['Plant trees (Goal 2030)'], ['Fix the weir (Goal 2030)']]
      expect(itemLabelAtLineEnd(periods)).toEqual(periods)
    })

    it('a label with a number sign over a numbered list', () => {
      const read = readNumberSignLabels([
        ['Technical staff plan'],
        ['Action No. 1200'],
        ['1. Map the technical roles'],
        ['2. Publish the map'],
        ['Action No. 1201'],
        ['Hold a yearly forum for technicians.'],
      ])
      expect(read?.rows.slice(2)).toEqual([
        ['1200.1. Map the technical roles', ''],
        ['1200.2. Publish the map', ''],
        ['1201. Hold a yearly forum for technicians.', ''],
      ])
    })

    it('a numbered label is never a lone "Action" column header, past a thousand as below it', () => {
      const read = (label: string) =>
        tableToPlan([
          [label],
          ['Renew the boiler contract', 'Estates', 'June 2031'],
          ['Repaint the east stairwell', 'Library', 'May 2031'],
        ]).plan.actions.map((action) => [action.ref, action.title])
      expect(read('Action 1200')).toEqual(read('Action 120'))
    })

    it('a number alone in a label column of numbered labels, but not a year', () => {
      const read = (number: string) =>
        tableToPlan([
          ['Area', 'Action', 'Lead'],
          ['1.1 Governance', 'Set up a steering board for the plan', 'Chair'],
          [number, 'Write the terms of reference for the board', 'Clerk'],
          ['1.3 Staffing', 'Recruit two more technicians this year', 'HR'],
        ]).plan.actions[1]?.ref
      expect(read('1200')).toBe('1200')
      expect(read('2019')).not.toBe('2019')
    })

    it('a ref cell closed by a full stop, or over a second line, or with a lettered part', () => {
      const { plan } = tableToPlan([
        ['Ref', 'Action', 'Lead'],
        ['1200.', 'Renew the boiler contract', 'Estates'],
        ['1201\nadded late', 'Repaint the east stairwell', 'Estates'],
        ['1202(a)', 'Fit new blinds in the library', 'Estates'],
      ])
      expect(plan.actions.map((action) => action.ref)).toEqual(['1200', '1201', '1202(a)'])
    })

    it('a column of four-digit numbers read as refs by its cells, but not a column of years', () => {
      const rows = (numbers: string[]) =>
        numbers.map((n, i) => [n, `Inspect the fire doors on floor ${i + 1} of the east wing`, 'Estates'])
      const numbered = tableToPlan(rows(['1200', '1201', '1202', '1203']))
      expect(numbered.plan.actions.map((action) => action.ref)).toEqual(['1200', '1201', '1202', '1203'])
      const dated = tableToPlan(rows(['2030', '2031', '2032', '2033']))
      expect(dated.plan.actions.map((action) => action.ref)).toEqual([null, null, null, null])
    })
  })
})
