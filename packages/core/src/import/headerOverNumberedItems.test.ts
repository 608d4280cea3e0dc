import { describe, expect, it } from 'vitest'
import { headerOverNumberedItems } from './headerOverNumberedItems'
import { tableToPlan } from './tableToPlan'

const profile = (refs: number, averageWords: number, filled = 4) => ({
  filled,
  refs,
  dates: 0,
  statuses: 0,
  averageWords,
})

describe('headerOverNumberedItems', () => {
  it('finds a header over a number column and the headerless items beside it', () => {
    const profiles = [profile(1, 1), profile(0, 4), profile(0, 15)]
    expect(headerOverNumberedItems(['Stages', '', 'News'], profiles, () => false)).toEqual({
      numbers: 0,
      items: 1,
    })
  })

  it('needs the numbers, a blank header beside them, and items that are words', () => {
    const profiles = [profile(1, 1), profile(0, 4), profile(0, 15)]
    expect(headerOverNumberedItems(['Stages', 'Owner', 'News'], profiles, () => false)).toBeNull()
    expect(
      headerOverNumberedItems(['Stages', '', 'News'], [profile(0.5, 1), ...profiles.slice(1)], () => false),
    ).toBeNull()
    expect(
      headerOverNumberedItems(
        ['Stages', '', 'News'],
        [profiles[0]!, profile(0, 1), profiles[2]!],
        () => false,
      ),
    ).toBeNull()
    expect(headerOverNumberedItems(['No.', '', 'News'], profiles, (h) => h === 'No.')).toBeNull()
  })

  it('reads the items beside the numbers as the actions, the update column right of them as progress', () => {
    const { plan } = tableToPlan([
      ['Commitment 2: open up the grants register'],
      ['Progress to March 2026'],
      ['Key milestones', '', 'Latest news', 'Status'],
      [
        '1',
        'Agree the data fields with funders',
        'Held two sessions with the funders group in May and agreed a draft list',
        'Done',
      ],
      [
        '2',
        'Publish a first register',
        'The register went live in the autumn with the fields agreed earlier',
        'Done',
      ],
      [
        '3',
        'Collect feedback from users',
        'A short survey is open and a first summary of answers is due in spring',
        'In progress',
      ],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.status.state])).toEqual([
      ['1', 'Agree the data fields with funders', 'complete'],
      ['2', 'Publish a first register', 'complete'],
      ['3', 'Collect feedback from users', 'in-progress'],
    ])
  })
})
