import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanCellText, collapseWhitespace, hasText } from './cleanCellText'
import { htmlToText } from './htmlToText'

describe('cleanCellText', () => {
  it('trims lines, collapses inner spaces and keeps single blank lines', () => {
    expect(cleanCellText('Launch Event:\r\n\r\n\r\n>50  attendees \u00a0')).toBe(
      'Launch Event:\n\n>50 attendees',
    )
  })
  it('decodes HTML unless told not to', () => {
    expect(cleanCellText('<p>a</p><p>b</p>')).toBe('a\nb')
    expect(cleanCellText('<p>a</p>', { html: false })).toBe('<p>a</p>')
  })
})

describe('collapseWhitespace', () => {
  it('makes one line', () => {
    expect(collapseWhitespace(' To support  all\ntechnicians ')).toBe('To support all technicians')
  })
})

// The slow path written out again, as the definition the fast character scan must agree with on every input.
function reference(text: string, html: boolean): string {
  const decoded = html ? htmlToText(text) : text
  const lines = decoded.replace(/\r\n?/g, '\n').split('\n')
  const out: string[] = []
  for (const line of lines) {
    const tidy = line.replace(/[ \t\u00a0\u2007\u202f\u200b\ufeff]+/g, ' ').trim()
    if (tidy === '' && (out.length === 0 || out[out.length - 1] === '')) continue
    out.push(tidy)
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  return out.join('\n')
}

describe('the fast path for tidy cells', () => {
  // Every character class the scan treats differently, so short strings hit every edge (a space at a line's
  // end, a doubled break, a lone CR, HTML) often.
  const char = fc.constantFrom(
    'a',
    'Z',
    '1',
    ' ',
    '\n',
    '\r',
    '\t',
    '\v',
    '\u00a0',
    '\u2003',
    '\u200b',
    '\u3000',
    '\ufeff',
    '<',
    '&',
    '>',
    'é',
    '“',
  )
  const cell = fc.array(char, { maxLength: 12 }).map((chars) => chars.join(''))

  it('gives what the full tidying gives, with and without HTML', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(cleanCellText(text)).toBe(reference(text, true))
        expect(cleanCellText(text, { html: false })).toBe(reference(text, false))
      }),
      { numRuns: 5000 },
    )
  })

  it('collapses whitespace as a regular expression would', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(collapseWhitespace(text)).toBe(
          text.replace(/[\s\u00a0\u2007\u202f\u200b\ufeff]+/g, ' ').trim(),
        )
      }),
      { numRuns: 5000 },
    )
  })

  it('says a cell has text exactly when trimming leaves some, indented or not', () => {
    fc.assert(
      fc.property(cell, (text) => {
        expect(hasText(text)).toBe(text.trim() !== '')
      }),
      { numRuns: 5000 },
    )
    for (const text of ['   1. Open a lab', '\u3000\u2028', '\ufeff', '\u200b', '\t\n Lead'])
      expect(hasText(text)).toBe(text.trim() !== '')
  })
})
