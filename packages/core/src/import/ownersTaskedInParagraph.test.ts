import { describe, expect, it } from 'vitest'
import { ownersTaskedInParagraph } from './ownersTaskedInParagraph'

describe('ownersTaskedInParagraph', () => {
  it.each([
    [['Ana to book the room. Ben/Cleo to bring the food.'], ['Ana', 'Ben', 'Cleo']],
    [
      ['Tom to send the poll. He will also book the hall.', 'All members should bring a case.'],
      ['Tom', 'All members'],
    ],
    [['Runbooks will sit beside the code. Each service will keep one.'], []],
    [['We will review the data in June.'], []],
    [['Ana to call the printer. Ana to chase the invoice.'], ['Ana']],
  ])('%j → %j', (lines, want) => {
    expect(ownersTaskedInParagraph(lines)).toEqual(want)
  })
})
