import { describe, expect, it } from 'vitest'
import { initialsOfPeople } from './ownersInitialledAtEnd'
import { tableToPlan } from './tableToPlan'

describe('initialsOfPeople', () => {
  it.each([
    ['Present: Ana Ruiz (AR), Tom Lee (TL)', ['AR', 'TL']],
    ['Ana Ruiz AR (Chair), Cara finn CF, Tom de Vries TDV', ['AR', 'CF', 'TDV']],
    ['Apologies: Mary Ann Price (MP)', ['MP']],
    // Capitals that are not the name's initials define nothing.
    ['See the Annual Report (PDF); Finance Office HR; Ana Ruiz (Chair)', []],
  ])('%s', (line, initials) => {
    expect([...initialsOfPeople([[line]])].sort()).toEqual(initials)
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('finds no initials on a long page of capitals that match no name', () => {
    const page = Array.from({ length: 20000 }, (_, i) => [
      `Point ${i} raised by Ana Ruiz about the Hall ABCDE (XY)`,
    ])
    expect(initialsOfPeople(page).size).toBe(0)
  })
})

// Where most points close with initials, the whole page is read by readLinesEndingInOwners; these minutes close few.
describe('minutes closing each point with the initials of who takes it on', () => {
  const rows = [
    ['Summary of the friends’ committee meeting, 4 March 2031'],
    ['Present: Ana Ruiz (AR), Tom Lee (TL), Cara Finn (CF) and the curator'],
    ['• The treasurer reported a balance of £2,400 for the quarter'],
    ['• New noticeboard for the entrance hall to be ordered (TL)'],
    ['• Thanks were given to the volunteers who ran the quiz night'],
    ['• Spring fair stalls to be allocated by the end of March (AR/CF)'],
    ['• Leaflets for the open day to be printed (HR)'],
    ['• The insurance renewal was agreed (All)'],
    ['• The website now lists the summer opening hours'],
    ['• A member asked whether the café could stay open later on Fridays'],
    ['• The newsletter went out to all members in February'],
    ['• The raffle raised £310 for the roof fund'],
    ['• Two new volunteers joined the garden team'],
    ['• Next meeting 6 May'],
  ]

  it('gives each point the people its closing initials name, when the page gives them those initials', () => {
    const { plan } = tableToPlan(rows)
    const owned = plan.actions.filter((a) => a.owners.length > 0)
    expect(owned.map((a) => [a.title.slice(0, 20), a.owners])).toEqual([
      ['New noticeboard for ', ['TL']],
      ['Spring fair stalls t', ['AR', 'CF']],
    ])
  })

  it('reads no owner from initials the page gives no one', () => {
    const { plan } = tableToPlan([rows[0]!, ['Present: the committee'], ...rows.slice(2)])
    expect(plan.actions.filter((a) => a.owners.length > 0)).toEqual([])
  })
})
