import { describe, expect, it } from 'vitest'
import { peelPriorityLabel } from './peelPriorityLabel'
import { tableToPlan } from './tableToPlan'

describe('peelPriorityLabel', () => {
  it.each([
    ['P0 - @ana - Publish the API reference', 'P0', ['@ana'], 'Publish the API reference'],
    ['P2 – @ana, @bo-c – Halve the build time', 'P2', ['@ana', '@bo-c'], 'Halve the build time'],
    ['PX - @??? - Onboard two new contributors', 'PX', [], 'Onboard two new contributors'],
    ['P1 - ??? - Move the wiki', 'P1', [], 'Move the wiki'],
  ])('%j', (text, priority, owners, rest) => {
    expect(peelPriorityLabel(text)).toEqual({ priority, owners, rest })
  })

  it.each([
    'P1 - Ship it',
    'P1 - @ana',
    'Q1 - @ana - Ship it',
    'P10 - @ana - Ship it',
    'Ask @ana - P0 - about the docs',
  ])('%j is no priority label', (text) => {
    expect(peelPriorityLabel(text)).toBeNull()
  })

  it('reads a long hostile line', () => {
    const text = `P0 - @${'a-'.repeat(50_000)}`
    expect(peelPriorityLabel(text)).toBeNull()
  })
})

// Quarterly key results under each objective, one a line, each opening with its priority and owner.
describe('key results labelled with their priority and owner', () => {
  const page = [
    ['Docs team goals'],
    ['2031 Q2'],
    ['Readers find answers without asking'],
    ['P0 - @ana - Publish the API reference'],
    ['P1 - @??? - Add a search box to every page'],
    ['New writers join easily'],
    ['PX - @bo, @cy - Write a style guide for first-time writers'],
  ]

  it('reads the labelled lines as the actions and the other lines as their headings', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.section, a.target.due, a.extra])).toEqual([
      [
        null,
        'Publish the API reference',
        ['@ana'],
        'Readers find answers without asking',
        '2031-06-30',
        [{ column: 'Priority', value: 'P0' }],
      ],
      [
        null,
        'Add a search box to every page',
        [],
        'Readers find answers without asking',
        '2031-06-30',
        [{ column: 'Priority', value: 'P1' }],
      ],
      [
        null,
        'Write a style guide for first-time writers',
        ['@bo', '@cy'],
        'New writers join easily',
        '2031-06-30',
        [{ column: 'Priority', value: 'PX' }],
      ],
    ])
  })
})

describe('a priority in brackets closing a key result', () => {
  it.each([
    ['Relay nodes are load tested [p1]', { priority: 'P1', owners: [], rest: 'Relay nodes are load tested' }],
    [
      'Search answers in under a second (P0)',
      { priority: 'P0', owners: [], rest: 'Search answers in under a second' },
    ],
    ['Publish the style guide [ P2 ] ', { priority: 'P2', owners: [], rest: 'Publish the style guide' }],
  ])('peels %j', (line, want) => {
    expect(peelPriorityLabel(line)).toEqual(want)
  })

  it.each([['[p0]'], ['Move to the P2 building'], ['Fund phase [2]'], ['Tier (P10)']])(
    'reads %j as no tag',
    (line) => {
      expect(peelPriorityLabel(line)).toBeNull()
    },
  )

  it('reads each tagged line of a one-column page as a key result under the untagged objective above it', () => {
    const { plan } = tableToPlan([
      ['Team goals'],
      ['We set goals every quarter and review them at the end of it with the whole team.'],
      ['2031 Q3'],
      ['Faster builds'],
      ['Cache the dependency downloads [p0]'],
      ['Split the test suite across four runners [p1]'],
      ['Happier contributors'],
      ['First reply to every new issue within two days [p0]'],
      ['A mentoring rota exists [p2]'],
    ])
    expect(
      plan.actions.map((a) => [
        a.title,
        a.section,
        a.target.due,
        a.extra.find((field) => field.column === 'Priority')?.value,
      ]),
    ).toEqual([
      ['Cache the dependency downloads', 'Faster builds', '2031-09-30', 'P0'],
      ['Split the test suite across four runners', 'Faster builds', '2031-09-30', 'P1'],
      ['First reply to every new issue within two days', 'Happier contributors', '2031-09-30', 'P0'],
      ['A mentoring rota exists', 'Happier contributors', '2031-09-30', 'P2'],
    ])
  })
})
