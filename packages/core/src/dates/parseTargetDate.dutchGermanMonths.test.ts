import { describe, expect, it } from 'vitest'
import { readTitleDate } from '../import/readTitleDate'
import { parseTargetDate } from './parseTargetDate'

describe('parseTargetDate: Dutch and German month names', () => {
  it.each([
    ['januari 2031', '2031-01-31'],
    ['Januar 2031', '2031-01-31'],
    ['februari 2031', '2031-02-28'],
    ['Februar 2031', '2031-02-28'],
    ['maart 2031', '2031-03-31'],
    ['März 2031', '2031-03-31'],
    ['Maerz 2031', '2031-03-31'],
    ['3 mei 2031', '2031-05-03'],
    ['juni 2031', '2031-06-30'],
    ['Juli 2031', '2031-07-31'],
    ['augustus 2031', '2031-08-31'],
    ['12 oktober 2031', '2031-10-12'],
    ['Dezember 2031', '2031-12-31'],
  ])('reads %s as due %s', (text, due) => {
    expect(parseTargetDate(text).due).toBe(due)
  })

  it('dates minutes titled with a Dutch month, so a day without its year falls in the meeting year', () => {
    const referenceDate = readTitleDate('Notulen vergadering 9 oktober 2031')
    expect(referenceDate).toBe('2031-10-01')
    expect(parseTargetDate('de tekst is klaar op 20 november', { referenceDate: referenceDate! }).due).toBe(
      '2031-11-20',
    )
  })
})
