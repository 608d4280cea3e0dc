import { describe, expect, it } from 'vitest'
import { isAgendaList } from './isAgendaList'
import { listsUnderLeadIns } from './listsUnderLeadIns'
import { tableToPlan } from './tableToPlan'

const listUnder = (lead: string) =>
  listsUnderLeadIns([[lead], ['1. Budget for the spring'], ['2. Room bookings']], 0)[0]!

describe('isAgendaList', () => {
  it.each([
    ['AGENDA', true],
    ['Agenda:', true],
    ['Meeting agenda', true],
    ['Agenda items', true],
    ['Actions', false],
    ['Agree the agenda for the next meeting:', false],
    ['Agenda for change pay bands are:', false],
    ['Tagesordnung', true],
    ['Ordre du jour :', true],
    ['Orden del día:', true],
    ['Dagsorden', true],
    // The word inside a line that says more is no label.
    ['Tagesordnung für die nächste Sitzung festlegen:', false],
    ['Mettre à jour l’ordre du jour :', false],
  ])('"%s" names an agenda: %s', (lead, agenda) => {
    expect(isAgendaList(listUnder(lead))).toBe(agenda)
  })

  it('leaves a meeting’s agenda out of the action items of its notes', () => {
    const titles = tableToPlan([
      ['Garden club notes'],
      ['Date: Monday 3 March 2025'],
      ['Chair: Ann Lee'],
      ['ACTION ITEMS'],
      ['ACTION 14.1: Formal hand-over of the shed keys to Ravi 02:10'],
      ['ACTION 14.2: Mei will book the hall for the show 09:45'],
      ['AGENDA'],
      ['1. Seed order'],
      ['2. Summer show, hall booking'],
    ]).plan.actions.map((action) => action.title)
    expect(titles).toEqual([
      'Formal hand-over of the shed keys to Ravi 02:10',
      'Mei will book the hall for the show 09:45',
    ])
  })

  it('leaves an agenda headed in another language out of the points of the minutes', () => {
    const titles = tableToPlan([
      ['Compte-rendu du bureau, 5 mai'],
      ['Ordre du jour :'],
      ['- Budget du printemps'],
      ['- Fête du club'],
      ['Budget'],
      ['- Demander un devis au traiteur avant le 20 mai.'],
      ['- Relancer les adhérents qui n’ont pas payé.'],
    ]).plan.actions.map((action) => action.title)
    expect(titles).toEqual([
      'Demander un devis au traiteur avant le 20 mai.',
      'Relancer les adhérents qui n’ont pas payé.',
    ])
  })
})
