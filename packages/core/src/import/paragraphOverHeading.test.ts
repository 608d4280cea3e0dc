import { describe, expect, it } from 'vitest'
import { paragraphOverHeading } from './paragraphOverHeading'
import { tableToPlan } from './tableToPlan'

describe('a paragraph under a theme that promises a list it lost', () => {
  const page = [
    ['The museum backs its conservation staff.'],
    ['Our plan and how it is going'],
    ['We set out this plan after talking with every conservator on the staff last winter.'],
    ['Being seen'],
    [
      'We print the names of the conservators in every exhibition guide. Short films show the work of each studio, and we run open days for them:',
    ],
    ['Being thanked'],
    ['We nominate conservators for the national awards every year and pay their entry fees.'],
    ['Growing careers'],
    ['We fund one course a year for each conservator who asks for one.'],
  ]

  it('reads the paragraph as an item of its theme, not a heading over the next one', () => {
    const { plan } = tableToPlan(page)
    const films = plan.actions.find((a) => a.title.startsWith('We print the names'))
    expect(films?.section).toBe('Being seen')
    const thanked = plan.actions.find((a) => a.title.startsWith('We nominate'))
    expect(thanked?.section).toBe('Being thanked')
  })

  it('needs two sentences, a short heading below and prose under it; a pointer onward heads what follows', () => {
    const rows = (lead: string, heading: string, under: string) => [[lead], [heading], [under]]
    const prose = 'We fund one course a year for each conservator who asks for one.'
    const paragraph = 'We print the names of the conservators. We run open days for them:'
    expect(paragraphOverHeading(rows(paragraph, 'Being thanked', prose), 0, 0)).toBe(true)
    expect(
      paragraphOverHeading(rows('We run open days for every studio team:', 'Being thanked', prose), 0, 0),
    ).toBe(false)
    expect(paragraphOverHeading(rows(paragraph, 'Open days in spring', 'Tours'), 0, 0)).toBe(false)
    expect(paragraphOverHeading(rows(paragraph, 'Being thanked by the board each year', prose), 0, 0)).toBe(
      false,
    )
    expect(
      paragraphOverHeading(
        rows('We met last year. Two aims were set, as described below:', 'Visitors', prose),
        0,
        0,
      ),
    ).toBe(false)
    expect(paragraphOverHeading([[paragraph], ['Being thanked']], 0, 0)).toBe(false)
  })

  it('reads a hostile paragraph of many sentences', () => {
    const long = `${'We print the names. '.repeat(20_000)}We run open days:`
    expect(
      paragraphOverHeading(
        [[long], ['Being thanked'], ['We fund one course a year for each of them.']],
        0,
        0,
      ),
    ).toBe(true)
  })
})
