import { describe, expect, it } from 'vitest'
import { isBareLink } from './isBareLink'
import { isTimedAgendaHeading } from './isTimedAgendaHeading'
import { tableToPlan } from './tableToPlan'

// An agenda carrying last meeting's action items, owners in brackets after each: links alone on their lines under
// an item are its references, and the next topic, timed as the agenda times its topics, ends the list.
describe('action items with link lines among them, then a timed agenda topic', () => {
  const page = [
    ['Committee agenda, 2 April'],
    ['Open actions from last meeting - 15 minutes'],
    ['Draft the volunteer handbook (Rosa & Kim)'],
    ['Collect quotes for the new projector (Kim)'],
    ['https://example.org/forum/projectors'],
    ['www.example.org/shop/item-44'],
    ['Ask the council about the hall lease (Rosa)'],
    ['Agree the summer opening hours (Dev/Rosa)'],
    ['Treasurer report - 10 minutes'],
    ['Bank charges are going up next quarter (Dev)'],
    ['Membership numbers are steady this year'],
  ]

  it('reads past the links and stops at the timed topic', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Draft the volunteer handbook', ['Rosa', 'Kim']],
      ['Collect quotes for the new projector', ['Kim']],
      ['Ask the council about the hall lease', ['Rosa']],
      ['Agree the summer opening hours', ['Dev', 'Rosa']],
    ])
  })

  it.each([
    ['https://example.org/a/b', true],
    ['www.example.org', true],
    ['See https://example.org for the draft', false],
    ['example.org', false],
  ])('isBareLink(%j) is %j', (line, want) => {
    expect(isBareLink(line)).toBe(want)
  })

  it.each([
    ['Treasurer report - 10 minutes', true],
    ['Budget review (5 mins)', true],
    ['Strategy day – 2 hours', true],
    ['Book the room for 30 minutes', false],
    ['Keep the talks under 10 minutes each', false],
  ])('isTimedAgendaHeading(%j) is %j', (line, want) => {
    expect(isTimedAgendaHeading(line)).toBe(want)
  })
})
