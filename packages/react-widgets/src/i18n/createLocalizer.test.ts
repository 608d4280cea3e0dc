import { buildTestTarget } from '@techcommit/core/testing'
import { describe, expect, it } from 'vitest'
import { createLocalizer } from './createLocalizer'
import { cy } from './cy'
import { enGB } from './enGB'

describe('createLocalizer', () => {
  const en = createLocalizer('en-GB', enGB)
  const welsh = createLocalizer('cy', cy)

  it('says "1 action", never "1 actions", in English', () => {
    expect([0, 1, 2, 21].map((n) => en.count(en.messages.actions, n))).toEqual([
      '0 actions',
      '1 action',
      '2 actions',
      '21 actions',
    ])
  })

  it('uses the six Welsh plural forms with their mutations', () => {
    // Welsh: zero 0, one 1, two 2 (soft mutation: gam), few 3 (aspirate: cham), many 6 (cham), other.
    expect([0, 1, 2, 3, 6, 7, 20].map((n) => welsh.count(welsh.messages.actions, n))).toEqual([
      '0 cam gweithredu',
      '1 cam gweithredu',
      '2 gam gweithredu',
      '3 cham gweithredu',
      '6 cham gweithredu',
      '7 cam gweithredu',
      '20 cam gweithredu',
    ])
  })

  it('formats numbers with the locale’s grouping', () => {
    expect(en.count(en.messages.actions, 3500)).toBe('3,500 actions')
  })

  it('formats calendar dates through Intl without shifting the day', () => {
    expect(en.date('2020-12-31')).toBe('31 Dec 2020')
    expect(welsh.date('2020-12-31')).toBe('31 Rhag 2020')
    expect(en.date('2021-01-01')).toBe('1 Jan 2021')
    expect(en.month('2019-04-01')).toBe('Apr 2019')
  })

  it('falls back to the messages’ month names where Intl has no dates for the locale', () => {
    const original = Intl.DateTimeFormat.supportedLocalesOf
    Intl.DateTimeFormat.supportedLocalesOf = () => []
    try {
      const bare = createLocalizer('cy', cy)
      expect(bare.date('2020-12-31')).toBe('31 Rhag 2020')
      expect(bare.month('2019-02-01')).toBe('Chwef 2019')
      expect(bare.dateTime('2026-03-04T10:05:00Z')).toBe('4 Maw 2026 10:05')
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = original
    }
  })

  it('puts targets in words for the locale', () => {
    expect(
      en.target(buildTestTarget({ kind: 'due', start: null, due: '2018-08-31', precision: 'month' })),
    ).toBe('By 31 Aug 2018')
    expect(
      welsh.target(buildTestTarget({ kind: 'due', start: null, due: '2018-08-31', precision: 'month' })),
    ).toBe('Erbyn 31 Awst 2018')
    expect(
      en.target(
        buildTestTarget({ kind: 'range', start: '2019-04-01', due: '2019-06-30', precision: 'month' }),
      ),
    ).toBe('Apr 2019 to Jun 2019')
    expect(en.target(buildTestTarget({ kind: 'ongoing', due: null }))).toBe('Ongoing')
    expect(en.target(buildTestTarget({ kind: 'unknown', due: null }))).toBe('Undated')
  })

  it('formats percentages for the locale, and a dash for none', () => {
    expect(en.percent(0.456)).toBe('46%')
    expect(en.percent(null)).toBe('—')
  })

  it('names Technician Commitment pillars in Welsh', () => {
    expect(welsh.pillar('R', { id: 't', name: 't', pillars: [] })).toBe('Cydnabyddiaeth')
  })

  it('has every English message in Welsh too', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, shape((value as Record<string, unknown>)[key])]),
          )
        : typeof value
    const withoutPillars = ({ pillarNames: _ignored, ...rest }: typeof enGB) => rest
    const withoutPlurals = (m: ReturnType<typeof withoutPillars>) => ({ ...m, actions: null, plans: null })
    expect(shape(withoutPlurals(withoutPillars(cy)))).toEqual(shape(withoutPlurals(withoutPillars(enGB))))
  })
})
