import { describe, expect, it } from 'vitest'
import { parseStatus } from './parseStatus'

describe('"In Process" as a status', () => {
  it('reads "In Process" leading a status cell as in progress, and not inside an action', () => {
    expect(parseStatus('In Process').state).toBe('in-progress')
    expect(parseStatus('In process - with the legal team').state).toBe('in-progress')
    expect(parseStatus('Invest in process improvement').state).toBe('unknown')
  })
})
