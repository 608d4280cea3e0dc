import { describe, expect, it } from 'vitest'
import { parseTargetDate } from './parseTargetDate'

describe('parseTargetDate: an ISO day written without separators', () => {
  it.each([
    ['20240916', '2024-09-16'],
    ['by 20231130', '2023-11-30'],
    ['Due (20220228)', '2022-02-28'],
  ])('%s is that day', (text, due) => {
    const read = parseTargetDate(text)
    expect([read.kind, read.due]).toEqual(['due', due])
  })

  it('a done stamp with the day is a completion on that day', () => {
    const read = parseTargetDate('Finished 20240302')
    expect([read.kind, read.due]).toEqual(['completed', '2024-03-02'])
  })

  it.each([
    '20241345', // no month 13
    '20230229', // no 29 February in 2023
    '16092024', // day first: not the ISO order
    '12345678', // no year of a plan's span first
    'ref AB20240916',
    '020240916',
    '20240916.5',
    '0161 20240916',
  ])('%s is not a day', (text) => {
    expect(parseTargetDate(text).due).toBeNull()
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('reads a long run of compact days as the first', () => {
    const text = Array.from({ length: 60 }, () => '20240916').join(' ')
    expect(parseTargetDate(text).due).toBe('2024-09-16')
  })
})
