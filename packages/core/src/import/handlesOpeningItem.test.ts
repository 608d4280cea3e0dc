import { describe, expect, it } from 'vitest'
import { handlesOpeningItem } from './handlesOpeningItem'

describe('handlesOpeningItem', () => {
  it.each([
    ['@raj Fix the door sensor', ['@raj']],
    ['@ana and @raj will update the aliases', ['@ana', '@raj']],
    ['@ana, @bo & @li-m order the filament - before the open day', ['@ana', '@bo', '@li-m']],
    ['@kim_2: Book the hall for the workshop', ['@kim_2']],
    ['@raj Sort out (@ana cannot reach the router) tonight', ['@raj']],
  ])('%s is owned by the handles opening it', (title, owners) => {
    expect(handlesOpeningItem(title)).toEqual(owners)
  })

  it.each([
    '@ana said the build is red',
    '@raj has the keys to the workshop',
    '@bo thanks everyone for the tidy up',
    'Sweep the floor, @ana to bring the brooms',
    '@ana',
    'email @ana about the laser cutter',
    '@ana @bo @cy @di @ed fix the lights', // more handles than one task has owners
  ])('%s names no owner', (title) => {
    expect(handlesOpeningItem(title)).toEqual([])
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('reads a long run of handles joined by and', () => {
    const title = `${'@a and '.repeat(5000)}@b`
    expect(handlesOpeningItem(title).length).toBeGreaterThan(0)
  })
})
