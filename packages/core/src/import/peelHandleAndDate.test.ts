import { describe, expect, it } from 'vitest'
import { peelHandleAndDate } from './peelHandleAndDate'
import { tableToPlan } from './tableToPlan'

describe('peelHandleAndDate', () => {
  it('peels the handle and the date an item opens with, in either order', () => {
    expect(peelHandleAndDate('@mira - 2026-02-09 - order the new badges')).toEqual({
      owners: '@mira',
      target: '2026-02-09',
      text: 'order the new badges',
    })
    expect(peelHandleAndDate('9 February 2026 – @mira – order the new badges')).toEqual({
      owners: '@mira',
      target: '9 February 2026',
      text: 'order the new badges',
    })
  })

  it('reads several handles as several owners, and a handle or a date alone', () => {
    expect(peelHandleAndDate('@mira, @tomas - sort the spare cables')).toEqual({
      owners: '@mira, @tomas',
      target: '',
      text: 'sort the spare cables',
    })
    expect(peelHandleAndDate('@mira and @tomas - sort the spare cables')?.owners).toBe('@mira, @tomas')
    expect(peelHandleAndDate('2026-03-01 - renew the domain')).toEqual({
      owners: '',
      target: '2026-03-01',
      text: 'renew the domain',
    })
  })

  it('reads handles that label the item with a colon as its owners', () => {
    expect(peelHandleAndDate('@mira: order the new badges')).toEqual({
      owners: '@mira',
      target: '',
      text: 'order the new badges',
    })
    expect(peelHandleAndDate('@mira, @tomas: sort the spare cables - 2026-02-13')?.owners).toBe(
      '@mira, @tomas',
    )
    expect(peelHandleAndDate('@mira: 2026-02-09 - order the new badges')?.target).toBe('2026-02-09')
    expect(peelHandleAndDate('Mira: order the new badges')).toBeNull()
    expect(peelHandleAndDate('@mira:')).toBeNull()
  })

  it('leaves an item that opens with words, or has nothing after its fields', () => {
    expect(peelHandleAndDate('Renew the domain - @mira')).toBeNull()
    expect(peelHandleAndDate('Plan for 2026 - a first draft')).toBeNull()
    expect(peelHandleAndDate('@mira - ')).toBeNull()
    expect(peelHandleAndDate('@mira tidies the shelf - soon')).toBeNull()
  })

  it('reads a long line of hostile text at once', () => {
    const line = `@a - ${'- '.repeat(200_000)}x`
    expect(peelHandleAndDate(line)?.owners).toBe('@a')
    expect(peelHandleAndDate(' - '.repeat(100_000))).toBeNull()
  })
})

describe('a task list whose items open with their owner and date', () => {
  it('reads each item with its handle as owner, its date as target and the rest as its title', () => {
    const { plan } = tableToPlan([
      ['Sync call, 3 Feb 2026'],
      ['Action items'],
      ['[ ] @mira - 2026-02-09 - order the new badges'],
      ['[x] @tomas - 2026-02-06 - move the wiki to the new host'],
      ['[ ] @mira, @tomas - 2026-02-13 - write up the test results'],
      ['Notes'],
      ['We talked about the budget at length.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.target.due, a.status.state])).toEqual([
      ['order the new badges', ['@mira'], '2026-02-09', 'not-started'],
      ['move the wiki to the new host', ['@tomas'], '2026-02-06', 'complete'],
      ['write up the test results', ['@mira', '@tomas'], '2026-02-13', 'not-started'],
    ])
  })
})

describe('a task list whose items open with a handle and a colon', () => {
  it('reads the handle as owner and the text after the colon as title', () => {
    const { plan } = tableToPlan([
      ['Follow-ups from the 4 March call'],
      ['[ ] @mira: send the venue list to the group'],
      ['[x] @tomas: fix the broken link on the join page (see #12)'],
      ['[x] @mira: ask the printer for a quote'],
      ['Most of these are done.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['send the venue list to the group', ['@mira'], 'not-started'],
      ['fix the broken link on the join page (see #12)', ['@tomas'], 'complete'],
      ['ask the printer for a quote', ['@mira'], 'complete'],
    ])
  })
})
