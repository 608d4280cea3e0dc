import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('readRows: a run of "Label : details" items, some without a full stop', () => {
  it('reads every line of the run as an item, a full stop or none', () => {
    const { plan } = tableToPlan([
      ['Réunion du bureau, mars 2031'],
      ['1. Activités du printemps.'],
      ['Atelier couture : le 4 avril, dans la grande salle.'],
      ['Atelier vélo : à voir avec Marc pour les outils.'],
      ['Pique-nique : en juin, au parc, chacun amène un plat.'],
      ['Soirée jeux : le vendredi (Léa)'],
      ['Concert : plutôt en été, avec la chorale du village.'],
      ['Bourse aux livres : à voir (Paul)'],
      ['Théâtre : en mai, dans la salle des fêtes du village.'],
      ['2. Divers.'],
      ['Le bureau remercie les bénévoles pour leur aide et leur présence à chaque atelier.'],
    ])
    const titles = plan.actions.map((a) => a.title.split(' :')[0])
    expect(titles).toEqual(
      expect.arrayContaining(['Atelier couture', 'Soirée jeux', 'Bourse aux livres', 'Concert']),
    )
  })

  it('leaves the repeated fields of records, and a label over items written otherwise, as they were', () => {
    const records = [
      ['Committee minutes'],
      ['Agenda item: Approval of the minutes.'],
      ['Discussion: none'],
      ['Action taken: approved'],
      ['Agenda item: The new policy.'],
      ['Discussion: the members discussed it.'],
      ['Action taken: approved with changes'],
      ['Next meeting: in May'],
    ]
    const before = tableToPlan(records).plan.actions.map((a) => a.title)
    expect(before).not.toContain('Discussion: none')
    const { plan } = tableToPlan([
      ['Key results by team'],
      ['Support: reached 95% satisfaction.'],
      ['Sales: closed ten new accounts.'],
      ['Services: trained twelve partners.'],
      ['Marketing: Community programme'],
      ['Increase the number of contributions from the community.'],
      ['Hire one contributor at a customer.'],
    ])
    expect(plan.actions.map((a) => a.title)).not.toContain('Marketing: Community programme')
  })
})
