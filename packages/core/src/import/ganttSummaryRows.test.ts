import { describe, expect, it } from 'vitest'
import { ganttSummaryRows } from './ganttSummaryRows'
import { tableToPlan } from './tableToPlan'

// A schedule exported from a project tool in Spanish: the project row, a start marker, a phase row, then tasks
// named after their outline numbers, with day/month/two-digit-year dates.
const exported = [
  ['Id.', 'Tarea', 'Duración', 'Comienzo', 'Fin', 'Responsable'],
  ['1', 'PLAN DE MEJORA DEL LABORATORIO', '60 días', '02/03/31', '29/05/31', ''],
  ['2', 'Inicio', '0 días', '02/03/31', '02/03/31', ''],
  ['3', 'I. EQUIPOS', '40 días', '02/03/31', '24/04/31', ''],
  [
    '4',
    '1.1 Revisar las campanas de extracción.',
    '10 días',
    '02/03/31',
    '13/03/31',
    'Jefatura de Laboratorio',
  ],
  ['5', '1.2 Comprar dos balanzas nuevas.', '15 días', '16/03/31', '03/04/31', 'Oficina de Compras'],
  ['6', '1.3 Calibrar los equipos.', '10 días', '13/04/31', '24/04/31', 'Jefatura de Laboratorio'],
  ['7', 'II. SEGURIDAD', '20 días', '27/04/31', '22/05/31', ''],
  ['8', '2.1 Actualizar el plan de emergencia.', '10 días', '27/04/31', '08/05/31', 'Comité de Seguridad'],
  ['9', '2.2 Formar al personal nuevo.', '10 días', '11/05/31', '22/05/31', 'Comité de Seguridad'],
]

describe('ganttSummaryRows', () => {
  it('reads the project row and the phase rows as headings, and the start marker as no task', () => {
    const { plan } = tableToPlan(exported)
    expect(plan.actions.map((action) => [action.ref, action.section, action.target.due])).toEqual([
      ['1.1', 'I. EQUIPOS', '2031-03-13'],
      ['1.2', 'I. EQUIPOS', '2031-04-03'],
      ['1.3', 'I. EQUIPOS', '2031-04-24'],
      ['2.1', 'II. SEGURIDAD', '2031-05-08'],
      ['2.2', 'II. SEGURIDAD', '2031-05-22'],
    ])
    expect(plan.actions[1]?.owners).toEqual(['Oficina de Compras'])
  })

  it('reads a numbered phase over deeper numbers as a heading, but not a task whose dates hold its neighbours', () => {
    const rows = [
      ['Task', 'Start', 'Finish'],
      ['2 Build the wing', '01/06/2031', '30/09/2031'],
      ['2.1 Pour the slab', '01/06/2031', '30/06/2031'],
      ['2.2 Raise the frame', '01/07/2031', '31/08/2031'],
      ['2.3 Oversee the site', '01/09/2031', '30/09/2031'],
      ['2.4 Walk the site weekly', '01/09/2031', '30/09/2031'],
      ['2.5 Fit the windows', '08/09/2031', '19/09/2031'],
      ['2.6 Paint the rooms', '15/09/2031', '26/09/2031'],
    ]
    expect(ganttSummaryRows(rows, 1, { title: 0, start: 1, end: 2 }).summaries).toEqual(new Set([1]))
  })

  it('leaves an unnumbered list alone, even when its first task spans the others', () => {
    const rows = [
      ['Task', 'Start date', 'End date'],
      ['Run the mentoring scheme', '01/01/2031', '31/12/2031'],
      ['Recruit mentors', '01/02/2031', '28/02/2031'],
      ['Match the pairs', '01/03/2031', '31/03/2031'],
      ['Survey the mentees', '01/11/2031', '30/11/2031'],
    ]
    const found = ganttSummaryRows(rows, 1, { title: 0, start: 1, end: 2 })
    expect([...found.summaries, ...found.markers]).toEqual([])
    expect(tableToPlan(rows).plan.actions).toHaveLength(4)
  })

  it('keeps a numbered milestone of no length, whatever it is called', () => {
    const rows = [
      ['Task', 'Start', 'Finish'],
      ['1.1 Board approves the budget', '03/02/2031', '03/02/2031'],
      ['1.2 Start', '04/02/2031', '04/02/2031'],
      ['1.3 Kick-off', '04/02/2031', '04/02/2031'],
      ['1.4 Hire the team', '05/02/2031', '28/02/2031'],
    ]
    expect(ganttSummaryRows(rows, 1, { title: 0, start: 1, end: 2 }).markers).toEqual(new Set())
    expect(tableToPlan(rows).plan.actions.map((action) => action.ref)).toEqual(['1.1', '1.2', '1.3', '1.4'])
  })
})
