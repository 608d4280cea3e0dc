import { describe, expect, it } from 'vitest'
import { readArrowTaskLines } from './readArrowTaskLines'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((text, index) => ({ index, text }))

describe('readArrowTaskLines: follow-ups written "subject → what happens next", and work closed by who sees to it', () => {
  const minutes = [
    'Acta de la junta del club de ajedrez',
    'Orden del día',
    '1. Tareas pendientes',
    '2. Torneo de primavera',
    '1. Tareas pendientes',
    'Seguro del local → antes de fin de mes. Responsable Marta de llamar a la aseguradora',
    'Local nuevo → Responsable Iker de llamar al ayuntamiento esta semana',
    'Sorteo de verano → nadie lo quiso, se anula',
    '2. Torneo de primavera',
    'Se habló de las fechas. Hay que reservar las mesas (por correo, se encarga Nuria). No hay más temas.',
  ]

  it('reads each arrow line and each sentence closed by its owner as an action, the rest as discussion', () => {
    const { plan } = tableToPlan(minutes.map((line) => [line]))
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Seguro del local → antes de fin de mes. Responsable Marta de llamar a la aseguradora', ['Marta']],
      ['Local nuevo → Responsable Iker de llamar al ayuntamiento esta semana', ['Iker']],
      ['Sorteo de verano → nadie lo quiso, se anula', []],
      ['Hay que reservar las mesas (por correo, se encarga Nuria).', ['Nuria']],
    ])
  })

  it('dates an arrow line by the day it sets in Spanish, in the year of the meeting the title names', () => {
    const read = readArrowTaskLines(
      page([
        'Acta de la junta, 4 de octubre de 2031',
        'Seguro del local → antes de fin de mes (28 de octubre). Responsable Marta',
        'Local nuevo → Responsable Iker de llamar esta semana del 6 al 10 de octubre',
        'Rifa → se aplaza al 3 de enero',
        'Hay que reservar las mesas (se encarga Nuria).',
      ]),
    )
    expect(read?.rows.slice(2).map((row) => row[3])).toEqual(['2031-10-28', '2031-10-10', '2032-01-03', ''])
  })

  it('reads English follow-ups the same way', () => {
    const read = readArrowTaskLines(
      page([
        'Board notes',
        'Bank account -> end of month, responsible: Ana',
        'Raffle -> nobody took it',
        'The form must go out again (owner: Bo).',
      ]),
    )
    expect(read?.rows.slice(2).map((row) => row.slice(0, 2))).toEqual([
      ['Bank account -> end of month, responsible: Ana', 'Ana'],
      ['Raffle -> nobody took it', ''],
      ['The form must go out again (owner: Bo).', 'Bo'],
    ])
  })

  it('does not read a page with no arrow line, or arrows in sentences, or too few owners', () => {
    expect(
      readArrowTaskLines(page(['Notes', 'Send the form (owner: Bo).', 'Book it (owner: Ana).', 'Done'])),
    ).toBeNull()
    expect(
      readArrowTaskLines(
        page([
          'Notes',
          'The flow went well. Input → output was checked by Ana.',
          'Raffle → nobody took it',
          'Send the form (owner: Bo).',
        ]),
      ),
    ).toBeNull()
  })
})

// French boards' minutes close a point with an arrow and who sees to it, or how it stands, and list ongoing topics
// with their lead in brackets.
describe('readArrowTaskLines: points closed by an arrow and who sees to them', () => {
  const minutes = [
    'Conseil du club de randonnée, 4 mars',
    'Vie du club',
    'La sortie de février a réuni 30 marcheurs.',
    'Gestion',
    'Assurance : le contrat arrive à échéance ⇒ fait en séance (reconduit pour un an)',
    'Cotisations : plusieurs relances sont restées sans réponse. Relancer les retardataires par courrier. ⇒ Sylvie',
    'Local : le bail augmente encore ! Chercher une salle moins chère. ⇒ tous, avant la rentrée',
    'Sujets en cours :',
    '• Balisage (Marc) : le sentier nord est fini.',
    'Prochaine sortie : on verra ⇒ on en reparle',
  ]

  it('reads each line closed by an owner or a state, and each topic with its lead, as an action', () => {
    const read = readArrowTaskLines(page(minutes))
    expect(read?.rows.slice(2).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['Assurance : le contrat arrive à échéance', '', 'fait en séance'],
      ['Relancer les retardataires par courrier.', 'Sylvie', ''],
      ['Chercher une salle moins chère.', 'tous', ''],
      ['Balisage (Marc) : le sentier nord est fini.', 'Marc', ''],
    ])
  })

  it('keeps the whole line as the description, and reads the state as the status', () => {
    const { plan } = tableToPlan(minutes.map((line) => [line]))
    expect(plan.actions.map((action) => [action.owners, action.status.state])).toEqual([
      [[], 'complete'],
      [['Sylvie'], 'unknown'],
      [['tous'], 'unknown'],
      [['Marc'], 'unknown'],
    ])
    expect(plan.actions[1]!.description).toContain('Cotisations : plusieurs relances')
  })

  it('reads no page whose arrows close on consequences, not owners', () => {
    expect(
      readArrowTaskLines(
        page([
          'Conseil du club, 4 mars',
          'Le bail augmente ⇒ on cherche ailleurs',
          'La sortie est annulée ⇒ on en reparle',
          'Le site est lent ⇒ à voir plus tard avec le prestataire',
          'Rien à signaler.',
        ]),
      ),
    ).toBeNull()
  })
})
