import { describe, expect, it } from 'vitest'
import { bracketAtEnd } from './bracketAtEnd'

describe('bracketAtEnd', () => {
  it('finds a round or square bracket closing the line, a full stop after it allowed', () => {
    expect(bracketAtEnd('Repaint the bike shed (Omar)')).toEqual({ open: 22, inner: 'Omar', shape: '(' })
    expect(bracketAtEnd('Repaint the bike shed [OK/TB].')).toEqual({ open: 22, inner: 'OK/TB', shape: '[' })
    expect(bracketAtEnd('(Omar)')).toEqual({ open: 0, inner: 'Omar', shape: '(' })
  })

  it('reads the last bracket only, and a bracket of the other shape inside it as its text', () => {
    expect(bracketAtEnd('Sort the archive (boxes 1-4) (Lena)')?.inner).toBe('Lena')
    expect(bracketAtEnd('Label the crates (see [2])')?.inner).toBe('see [2]')
  })

  it('finds none when the line goes on after it, or the bracket is empty, unclosed, nested or too long', () => {
    expect(bracketAtEnd('Ask the caretaker (Omar) tomorrow')).toBeNull()
    expect(bracketAtEnd('Ask the caretaker ()')).toBeNull()
    expect(bracketAtEnd('Ask the caretaker Omar)')).toBeNull()
    expect(bracketAtEnd('Ask the caretaker (Omar (site))')).toBeNull()
    expect(bracketAtEnd('Ask the caretaker (Omar)..')).toBeNull()
    expect(bracketAtEnd(')')).toBeNull()
    expect(bracketAtEnd(`Ask the caretaker (${'x'.repeat(80)})`)?.inner).toHaveLength(80)
    expect(bracketAtEnd(`Ask the caretaker (${'x'.repeat(81)})`)).toBeNull()
  })

  it('reads a megabyte of brackets', () => {
    const line = `${'(('.repeat(500_000)}x)`
    expect(bracketAtEnd(line)?.inner).toBe('x')
    expect(bracketAtEnd(`${'('.repeat(1_000_000)})`)).toBeNull()
  })
})
