import { describe, expect, it } from 'vitest'
import { readWorkLinesEndingInDates } from './readWorkLinesEndingInDates'
import { tableToPlan } from './tableToPlan'

describe('readWorkLinesEndingInDates: a schedule of works, each line closing with its date phrase', () => {
  const italian = [
    ['Risposta del comune'],
    ['In data 20/03/2031 pubblichiamo la risposta ricevuta.'],
    ['Stazione nord'],
    ['Cancello funzionante a mano.'],
    ['Sostituzione della pompa Entro 30/04'],
    ['Nuovo quadro elettrico Dal 01/04 al 18/04'],
    ['Pulizia della vasca – già svuotata Entro 15/03'],
    ['Stazione sud'],
    ['Collaudo finale Dal 02/05'],
    ['Nuovo generatore Fine giugno 2032'],
    ['Progetto della nuova chiusa Dicembre 2031'],
    ['Cordiali saluti.'],
  ]

  it('reads each dated line as an action due by its date, in the letter year, under its section', () => {
    const { plan } = tableToPlan(italian)
    expect(plan.actions.map((a) => [a.title, a.target.due, a.section])).toEqual([
      ['Sostituzione della pompa', '2031-04-30', 'Stazione nord'],
      ['Nuovo quadro elettrico', '2031-04-18', 'Stazione nord'],
      ['Pulizia della vasca – già svuotata', '2031-03-15', 'Stazione nord'],
      ['Collaudo finale', null, 'Stazione sud'],
      ['Nuovo generatore', '2032-06-30', 'Stazione sud'],
      ['Progetto della nuova chiusa', '2031-12-31', 'Stazione sud'],
    ])
  })

  it('reads a work line whose note after a dash says it is already done as complete', () => {
    const { plan } = tableToPlan(italian)
    expect(plan.actions.map((a) => a.status.state)).toEqual([
      'unknown',
      'unknown',
      'complete',
      'unknown',
      'unknown',
      'unknown',
    ])
  })

  it('reads the same lines written in English', () => {
    const { plan } = tableToPlan([
      ['Reply of 20/03/2031'],
      ['North station'],
      ['Replace the pump By 30/04'],
      ['Fit a new control panel From 01/04 to 18/04'],
      ['South sluice'],
      ['Test the alarms By 15/05'],
      ['Paint the gates End June 2031'],
    ])
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Replace the pump', '2031-04-30'],
      ['Fit a new control panel', '2031-04-18'],
      ['Test the alarms', '2031-05-15'],
      ['Paint the gates', '2031-06-30'],
    ])
  })

  it.each([
    [
      'bulleted lines',
      (rows: string[][]) =>
        rows.map((row) => [row[0]!.replace(/^(Sostituzione|Nuovo quadro|Pulizia)/, '• $1')]),
    ],
    [
      'months alone closing the lines',
      (rows: string[][]) => rows.map((row) => [row[0]!.replace(/ (?:Entro|Dal) .*$/, ' Aprile 2031')]),
    ],
    [
      'fields labelled with their dates',
      (rows: string[][]) => rows.map((row) => [row[0]!.replace(/ (Entro|Dal) /, ' Data: $1 ')]),
    ],
    ['too few dated lines', (rows: string[][]) => rows.slice(0, 7)],
  ])('reads no schedule with %s', (_label, edit) => {
    expect(readWorkLinesEndingInDates(edit(italian))).toBeNull()
  })
})
