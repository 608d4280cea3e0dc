import { describe, expect, it } from 'vitest'
import { parseOwners } from './parseOwners'

describe('a comma inside a Spanish office named by its remit', () => {
  it.each([
    [
      'Oficina General de Planificación, Presupuesto y Finanzas',
      ['Oficina General de Planificación, Presupuesto y Finanzas'],
    ],
    [
      'Dirección de Investigación, Innovación y Transferencia',
      ['Dirección de Investigación, Innovación y Transferencia'],
    ],
    ['Vicerrectorado de Estudiantes, Empleo y Deporte', ['Vicerrectorado de Estudiantes, Empleo y Deporte']],
    ['Oficina de Calidad, Rector', ['Oficina de Calidad', 'Rector']],
    ['Decanato, Secretaría', ['Decanato', 'Secretaría']],
  ])('%s', (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners)
  })
})
