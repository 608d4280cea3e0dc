import { describe, expect, it } from 'vitest'
import { HANDLE } from './codeHostHandle'

const whole = new RegExp(`^${HANDLE}$`)

describe('HANDLE', () => {
  it.each([
    ['@alanshaw', true],
    ['@hugo-mrdias', true],
    ['@j.smith_2', true],
    [`@a${'b'.repeat(38)}`, true],
    [`@a${'b'.repeat(39)}`, false],
    ['@-x', false],
    ['@_x', false],
    ['alanshaw', false],
    ['@', false],
  ])('%s reads as a handle: %s', (text, expected) => {
    expect(whole.test(text)).toBe(expected)
  })
})
