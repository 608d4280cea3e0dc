import { describe, expect, it } from 'vitest'
import { cleanCellText, collapseWhitespace } from './cleanCellText'

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
