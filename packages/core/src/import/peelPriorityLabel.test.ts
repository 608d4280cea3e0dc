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
