import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('an "Actions" list of "work - Owner" lines, some wrapped over two lines', () => {
  const rows = [
    ['Allotment society committee, 12 April'],
    ['The open day will be on the first Saturday in June.'],
    ['Actions'],
    ['Book the village hall for the open day - Mira'],
    ['Ask Tom Reed to bring his seed potatoes - Mira and Jon'],
    ['Send the leaflet text to Ana Cole for printing and for posting to'],
    ['new plot holders - Jon'],
    ['Check the shed for spare canes and string, and tell Mira what is left -'],
    ['Priya'],
    ['Order the compost - Priya'],
    ['AOB'],
  ]

  it('joins a line that trails off to the line below, and gives an instruction to whoever follows the dash', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Book the village hall for the open day', ['Mira']],
      ['Ask Tom Reed to bring his seed potatoes', ['Mira', 'Jon']],
      ['Send the leaflet text to Ana Cole for printing and for posting to new plot holders', ['Jon']],
      ['Check the shed for spare canes and string, and tell Mira what is left', ['Priya']],
      ['Order the compost', ['Priya']],
    ])
  })

  it('keeps a line below that opens with its own owner as an item of its own', () => {
    const { plan } = tableToPlan([
      ['Allotment society committee, 12 April'],
      ['Actions'],
      ['Book the village hall for the open day - Mira'],
      ['Mend the gate by the compost bays and'],
      ['Jon to order the new padlocks'],
      ['Order the compost - Priya'],
    ])
    const titles = plan.actions.map((action) => action.title)
    expect(titles).toContain('Jon to order the new padlocks')
    expect(titles.some((title) => title.startsWith('Mend the gate by the compost bays and Jon'))).toBe(false)
  })
})
