import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeFormula, unescapeFormula } from './escapeFormula'

describe('escapeFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-1', "'-1"],
    ['@lead', "'@lead"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ['＝1', "'＝1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    ["'=x", "''=x"],
  ])('neutralises %j', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped)
  })

  it.each(['plain', "it's", "'quoted", '', "'", 'a=b', ' =1'])('leaves %j alone', (cell) => {
    expect(escapeFormula(cell)).toBe(cell)
    expect(unescapeFormula(cell)).toBe(cell)
  })

  it('unescape undoes escape for every string', () => {
    const cell = fc.string({
      unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '＝', 'a', ' '),
    })
    fc.assert(fc.property(cell, (s) => unescapeFormula(escapeFormula(s)) === s))
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => unescapeFormula(escapeFormula(s)) === s))
  })

  it('an escaped cell never starts with a trigger', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a') }), (s) => {
        const first = escapeFormula(s).charAt(0)
        return !['=', '+', '-', '@', '\t'].includes(first)
      }),
    )
  })
})
