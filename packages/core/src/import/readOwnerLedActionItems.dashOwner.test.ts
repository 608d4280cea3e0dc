import { describe, expect, it } from 'vitest'
import { ownerBeforeLabelDash } from './ownerAtStart'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'

describe('ownerBeforeLabelDash', () => {
  it.each([
    ['AI: Ana Ruiz - book the hall for May', { owner: 'Ana Ruiz', rest: 'book the hall for May' }],
    ['AI: Everyone – bring one idea each', { owner: 'Everyone', rest: 'bring one idea each' }],
    ['ACTION: Tom-- check the float before Friday', { owner: 'Tom', rest: 'check the float before Friday' }],
  ])('%j names its owner before the dash', (text, want) => {
    expect(ownerBeforeLabelDash(text)).toEqual(want)
  })

  it.each([
    // No label: a dash after a topic is no owner's.
    'Ana Ruiz - book the hall for May',
    // Words before the dash that name no one.
    'AI: Budget for the spring - agreed at last meeting',
    'AI: check the float - before Friday',
  ])('%j names no owner so', (text) => {
    expect(ownerBeforeLabelDash(text)).toBeNull()
  })
})

describe('labelled action items whose owner is set off by a dash', () => {
  it('reads each owner and titles each item by its work', () => {
    const read = readOwnerLedActionItems(
      [
        'Choir committee, weekly call',
        'Action items:',
        '- AI: Everyone - bring one idea for the summer concert',
        '- AI: Mina and Joel-- price the new folders',
        '- AI: Ana to book the church hall for May',
      ].map((line) => [line]),
    )
    expect(read?.rows.slice(2).map((row) => [row[1], row[2]])).toEqual([
      ['bring one idea for the summer concert', 'Everyone'],
      ['price the new folders', 'Mina, Joel'],
      ['Ana to book the church hall for May', 'Ana'],
    ])
  })

  it('leaves a labelled note whose dash follows a topic, not a person', () => {
    const read = readOwnerLedActionItems(
      [
        'Choir committee, weekly call',
        'Action items:',
        '- AI: Summer concert - date still open',
        '- AI: Folder prices - see the attached sheet',
      ].map((line) => [line]),
    )
    expect(read).toBeNull()
  })
})
