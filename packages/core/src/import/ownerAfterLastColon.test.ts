import { describe, expect, it } from 'vitest'
import { ownerAfterLastColon } from './ownerAfterLastColon'
import { tableToPlan } from './tableToPlan'

describe('ownerAfterLastColon', () => {
  it.each([
    ['Website: move the news pages: Aoife', ['Aoife']],
    ['Lab manual: safety chapter: Ravi?', ['Ravi']],
    ['Printer queue: Dara/Ines', ['Dara', 'Ines']],
    ['Freezer audit: Kemal & Sung', ['Kemal', 'Sung']],
  ])('%s → %j', (title, owners) => {
    expect(ownerAfterLastColon(title)).toEqual(owners)
  })

  it.each([
    'Theme 2: Inclusion',
    'Website: news pages: Done',
    'Printer queue: ask the IT office',
    'Budget: two posts: Finance Office/Estates Team',
    'No colon here/Really',
  ])('%s names nobody', (title) => {
    expect(ownerAfterLastColon(title)).toEqual([])
  })

  it('gives a meeting task list its owners from the end of each task', () => {
    const { plan } = tableToPlan([
      ['Imaging group meeting 4'],
      ['Tasks until the next meeting'],
      ['- Microscope booking: new calendar: Aoife'],
      ['- Image archive: Dara/Ines'],
      ['- Training notes: first draft: Ravi?'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Aoife'], ['Dara', 'Ines'], ['Ravi']])
  })
})
