import { describe, expect, it } from 'vitest'
import { isSentence } from './isSentence'
import { tableToPlan } from './tableToPlan'

describe('isSentence', () => {
  it('reads a sentence followed by a web address in brackets as a sentence', () => {
    expect(isSentence('Cap the memory of the build pods. (https://example.org/pulls/12)')).toBe(true)
    expect(isSentence('Cap the memory of the build pods. (www.example.org/pulls/12)')).toBe(true)
  })

  it('still wants six words and a closing full stop before the link', () => {
    expect(isSentence('Build pods (https://example.org/pulls/12)')).toBe(false)
    expect(isSentence('Cap the memory of the build pods (https://example.org/pulls/12)')).toBe(false)
    expect(isSentence('Cap the memory. (see the notes)')).toBe(false)
  })

  it('reads hostile lines: a bracket never closed, a link too long to be one', () => {
    expect(isSentence(`Cap the memory of the build pods. (https://${'a('.repeat(50_000)}`)).toBe(false)
    expect(isSentence(`Cap the pods. (https://${'a'.repeat(100_000)})`)).toBe(false)
  })
})

describe('the items of a meeting\'s "Action items" page', () => {
  it('reads the sentences above a short numbered list as items, and numbers the list', () => {
    const { plan } = tableToPlan([
      ['Action items'],
      ['Build service'],
      ['Cap the memory of the build pods. (https://example.org/pulls/12)'],
      ['Hub'],
      [
        'Keep the user sessions alive when the hub restarts after a routine update (https://example.org/issues/7)',
      ],
      ['Way of working'],
      ['1. Pick one person to drive each fix, so only one of us changes the servers at a time.'],
      ['2. Alert the team sooner when the servers stop answering. A count of errors would have done it.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 30)])).toEqual([
      [null, 'Cap the memory of the build po'],
      [null, 'Keep the user sessions alive w'],
      ['1', 'Pick one person to drive each '],
      ['2', 'Alert the team sooner when the'],
    ])
  })

  it('leaves the notes below a numbered item out', () => {
    const { plan } = tableToPlan([
      ['Action items'],
      ['1. Ana to book the hall for the spring open day.'],
      ['The hall was booked and the deposit has been paid in full.'],
      ['2. Tom to print the posters for the spring open day.'],
      ['The posters were printed and put up in the library last week.'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['1', '2'])
  })
})
