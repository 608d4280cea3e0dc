import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

describe('parseTargetDate: French month names, with or without their accents', () => {
  it.each([
    ['janvier 2031', '2031-01-31'],
    ['Février 2031', '2031-02-28'],
    ['fevrier 2031', '2031-02-28'],
    ['avril 2031', '2031-04-30'],
    ['12 mai 2031', '2031-05-12'],
    ['août 2031', '2031-08-31'],
    ['Aout 2031', '2031-08-31'],
    ['DÉCEMBRE 2031', '2031-12-31'],
  ])('reads %s as due %s', (text, due) => {
    expect(parseTargetDate(text).due).toBe(due)
  })

  it('reads a span of French months by its end', () => {
    const date = parseTargetDate('septembre 2031 à novembre 2031')
    expect([date.start, date.due]).toEqual(['2031-09-01', '2031-11-30'])
  })
})
