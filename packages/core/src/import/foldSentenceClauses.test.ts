import { describe, expect, it } from 'vitest'
import { foldSentenceClauses } from './foldSentenceClauses'
import { tableToPlan } from './tableToPlan'

describe('foldSentenceClauses: clauses that finish the line above them', () => {
  it('joins "(i) …;" clauses onto the line ending in a colon', () => {
    expect(
      foldSentenceClauses([
        ['Aim T1 : To form a transport group which will make sure that :'],
        ['(i) the bus timetable is posted at every stop;'],
        ['(ii) the footpaths are kept clear in winter; and'],
        ['(iii) the group reports to the parish meeting each year.'],
      ]),
    ).toEqual([
      [
        'Aim T1 : To form a transport group which will make sure that : the bus timetable is posted at every stop; the footpaths are kept clear in winter; the group reports to the parish meeting each year.',
      ],
      [''],
      [''],
      [''],
    ])
  })

  it('leaves items in capitals, or not ended by semicolons, as a list of their own', () => {
    const list = [
      ['Members must hold:'],
      ['(i) A first aid certificate.'],
      ['(ii) A current driving licence.'],
    ]
    expect(foldSentenceClauses(list)).toEqual(list)
    const unended = [['We will:'], ['(a) plant hedges'], ['(b) clear the pond']]
    expect(foldSentenceClauses(unended)).toEqual(unended)
  })

  it('lets an aim with such clauses head the actions numbered under it', () => {
    const { plan } = tableToPlan([
      ['Village plan: actions'],
      ['Transport [T]'],
      ['Aim T1 : To form a transport group which will make sure that :'],
      ['(i) the bus timetable is posted at every stop;'],
      ['(ii) the group reports to the parish meeting each year.'],
      ['Action T1.1 (by Parish Council): ask the bus company for a later evening service.'],
      ['Aim T2 : To make the lanes safer for walkers.'],
      ['Action T2.1 (by Lanes Group): survey the lanes that have no verge.'],
    ])
    expect(plan.actions.map((a) => a.ref)).toEqual(['T1.1', 'T2.1'])
  })
})
