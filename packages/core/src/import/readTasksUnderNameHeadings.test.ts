import { describe, expect, it } from 'vitest'
import { readTasksUnderNameHeadings } from './readTasksUnderNameHeadings'
import { tableToPlan } from './tableToPlan'

describe('open tasks listed under each person’s name and a colon', () => {
  const rows = [
    ['Choir committee, 4 May'],
    ['Present:'],
    ['1. Maren Oduya'],
    ['2. Piet van Dorn'],
    ['3. Ilse Brand'],
    ['Agenda:'],
    ['1. Summer concert'],
    ['2. Sheet music'],
    ['Open tasks'],
    ['Biscuit rota: 2x Maren, 1x Ilse'],
    ['Piet: hall keys, tuning'],
    ['Maren:'],
    ['Order the folders (with Ilse)'],
    ['Ask the church about parking'],
    ['Ilse:'],
    ['Scan the alto parts'],
    ['Tom:'],
    ['Print the posters'],
  ]

  it('gives each line under a name to that person, and the helper in brackets too', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Piet: hall keys, tuning', ['Piet']],
      ['Order the folders (with Ilse)', ['Maren', 'Ilse']],
      ['Ask the church about parking', ['Maren']],
      ['Scan the alto parts', ['Ilse']],
      ['Print the posters', ['Tom']],
    ])
  })

  it('leaves labels over lines alone when they name no one on the roll', () => {
    const labels = [
      ['Library team plan'],
      ['Why:'],
      ['Pages are hard to find'],
      ['How:'],
      ['Trim the menus'],
      ['Notes:'],
      ['Ask the web office first'],
    ]
    expect(readTasksUnderNameHeadings(labels)).toBeNull()
    // Names over numbered lists are a roll or an agenda, not tasks.
    expect(
      readTasksUnderNameHeadings(rows.map((row) => [row[0]!.replace(/^(?=[A-Z][a-z]+ )/, '1. ')])),
    ).toBeNull()
  })
})
