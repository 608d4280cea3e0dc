import { describe, expect, it } from 'vitest'
import { ownerAfterTopicLabel } from './ownerAfterTopicLabel'

describe('ownerAfterTopicLabel', () => {
  it.each([
    ['Bike shed: Priya Shah to get three quotes.', 'Priya Shah'],
    ['Newsletter for spring & summer: Omar to ask for articles.', 'Omar'],
    ['Hall hire: Treasurer will pay the deposit. (Done)', 'Treasurer'],
    ['The Stage: Chair Ruth Ode to talk to the caretaker', 'Chair Ruth Ode'],
  ])('reads the owner after the topic in %s', (text, owner) => {
    expect(ownerAfterTopicLabel(text)).toBe(owner)
  })

  it.each([
    // The topic alone: who acts is not said.
    ['Badges: To be printed again for the new members.'],
    // A passive: the members are reminded, they do not act.
    ['Parking: Members to be reminded to keep the gate clear.'],
    // The owner's own colon: read by the owner-led readers, not as a topic.
    ['Priya Shah: get three quotes for the shed'],
    // A second label after the first, no one handing the work on.
    ['Safety: Fire exits: All members keep them clear.'],
    // A sentence before the colon is no topic label.
    ['We met twice. Then: Omar to ask for articles.'],
    // A person's colon, then an instruction: the name before the colon owns it.
    ['Omar: Write to the council about the bins'],
    ['Omar: Introduce Priya to the new members'],
    // Stages named "to" one another: no work in lower case after "to".
    ['Stage 2: Planning to Delivering'],
    // No "to" or "will" after the name: a remark, not a task.
    ['Garden: Omar said the beds are ready'],
  ])('reads no owner in %s', (text) => {
    expect(ownerAfterTopicLabel(text)).toBeNull()
  })

  it('stays linear on a long line of colons and capitals', () => {
    const text = `${'Topic: '.repeat(5_000)}Omar to ask`
    expect(ownerAfterTopicLabel(text)).toBeNull()
  })
})
