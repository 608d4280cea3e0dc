import { describe, expect, it } from 'vitest'
import { headerFirstWord, matchColumnHeader, normalizeHeader } from './columnSynonyms'
import { tableToPlan } from './tableToPlan'

describe('matchColumnHeader', () => {
  it.each([
    ['no.', 'ref'],
    ['Serial No.', 'ref'],
    ['Serial number', 'ref'],
    ['Rec. No.', 'ref'],
    ['Recommendation number', 'ref'],
    ['Action Number', 'ref'],
    ['Planned action/objective', 'title'],
    ['Action Statement', 'title'],
    ['Detail', 'description'],
    ['Rationale', 'description'],
    ['Supporting Actions Required', 'description'],
    ['Aim:', 'pillars'],
    ['Commitment areas', 'pillars'],
    ['Responsible', 'owners'],
    ['Stakeholders', 'owners'],
    ['Timescale', 'target'],
    ['Target Date', 'target'],
    ['Timeframe', 'target'],
    ['Deadline', 'target'],
    ['Success Measure', 'successMeasures'],
    ['KPI', 'successMeasures'],
    ['Current Status', 'status'],
    ['RAG', 'status'],
    ['Comments', 'notes'],
  ])('maps "%s" to %s', (header, field) => {
    expect(matchColumnHeader(header)?.field).toBe(field)
  })

  it('ranks detail above rationale above specific actions', () => {
    const rank = (h: string) => matchColumnHeader(h)!.rank
    expect(rank('Detail')).toBeLessThan(rank('Rationale'))
    expect(rank('Rationale')).toBeLessThan(rank('Specific actions'))
  })

  it('matches a header that starts with a synonym, below exact matches', () => {
    expect(matchColumnHeader('Target date (completion)')).toEqual({ field: 'target', rank: 10 })
  })

  it('does not map unknown or pillar headers', () => {
    expect(matchColumnHeader('Colour')).toBeNull()
    expect(matchColumnHeader('Visibility')).toBeNull()
    expect(matchColumnHeader('')).toBeNull()
  })
})

describe('normalizeHeader', () => {
  it('folds case, punctuation and spacing', () => {
    expect(normalizeHeader(' Success  Measure: ')).toBe('success measure')
  })
})

describe('headerFirstWord', () => {
  it('is the first word of the normalised header, so a header is turned away on it alone', () => {
    for (const header of [
      ' (Target) date',
      'No.',
      '#',
      'Lead(s)',
      '  ',
      '—',
      'İnsan kaynakları',
      '\u212Aey',
      `${'-'.repeat(199)}Action`,
      'Objective 1: Launch a webpage',
    ]) {
      expect(headerFirstWord(header)).toBe(normalizeHeader(header).split(' ')[0])
    }
    expect(headerFirstWord('Lead(s)')).toBe('lead')
  })

  it('still lets a synonym followed by other words through to the prefix match', () => {
    expect(matchColumnHeader('Objective (approved by the board)')?.field).toBe('title')
    expect(matchColumnHeader('Timescale - month')?.field).toBe('target')
    expect(matchColumnHeader('Launch a webpage')).toBeNull()
  })

  it('is not fooled by a heading that states its subject after a dash or colon', () => {
    expect(matchColumnHeader('Objective 1: Launch a new webpage')).toBeNull()
    expect(matchColumnHeader('Objective – Grow the apprentice numbers')).toBeNull()
  })
})

describe('French column headers, read with or without their accents', () => {
  it.each([
    ['Activité', 'title'],
    ['Activites', 'title'],
    ['Tâches', 'title'],
    ['Livrable', 'title'],
    ['Statut', 'status'],
    ['État', 'status'],
    ['Avancement', 'status'],
    ['Responsable', 'owners'],
    ['Pilote', 'owners'],
    ['Échéance', 'target'],
    ["Date d'échéance", 'target'],
  ])('maps %s to %s', (header, field) => {
    expect(matchColumnHeader(header)?.field).toBe(field)
  })

  it('keeps an "Action" column the title beside a "Livrable" column', () => {
    expect(matchColumnHeader('Action')!.rank).toBeLessThan(matchColumnHeader('Livrable')!.rank)
  })

  it('reads a French roadmap of small tables under workstream headings', () => {
    const { plan } = tableToPlan([
      ['Feuille de route du service'],
      ['Produits'],
      ['Livrable', 'Statut'],
      ['Nouvelle page d’accueil', '✅ Terminé'],
      ['Formulaire de contact accessible', '📅 Prévu'],
      ['Études'],
      ['Activité', 'Statut'],
      ['Entretiens avec les usagers', '🔄 En cours'],
      ['Enquête de satisfaction', 'Dépriorisé'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Nouvelle page d’accueil', 'complete'],
      ['Formulaire de contact accessible', 'not-started'],
      ['Entretiens avec les usagers', 'in-progress'],
      ['Enquête de satisfaction', 'on-hold'],
    ])
  })
})

describe('Spanish column headers, read with or without their accents', () => {
  it.each([
    ['Acción', 'title'],
    ['Actividades', 'title'],
    ['Tarea', 'title'],
    ['Responsable de la Actividad', 'owners'],
    ['Plazo', 'target'],
    ['Fecha límite', 'target'],
    ['Fin', 'target'],
    ['Estado', 'status'],
  ])('maps %s to %s', (header, field) => {
    expect(matchColumnHeader(header)?.field).toBe(field)
  })

  it('reads the finish date as the target beside the start date', () => {
    expect(matchColumnHeader('Fin')!.rank).toBeLessThan(matchColumnHeader('Comienzo')!.rank)
    const { plan } = tableToPlan([
      ['Actividad', 'Comienzo', 'Fin', 'Responsable'],
      ['Renovar el inventario del taller', '02/03/2031', '27/03/2031', 'Jefatura de Taller'],
      ['Publicar el horario de apertura', '30/03/2031', '24/04/2031', 'Secretaría'],
    ])
    expect(plan.actions.map((a) => [a.target.due, a.owners])).toEqual([
      ['2031-03-27', ['Jefatura de Taller']],
      ['2031-04-24', ['Secretaría']],
    ])
  })
})

describe('German column headers, read with or without their umlauts', () => {
  it.each([
    ['Aufgabe', 'title'],
    ['Verantwortlich', 'owners'],
    ['Zuständig', 'owners'],
    ['Frist', 'target'],
    ['Termin', 'target'],
    ['Bis wann', 'target'],
    ['Fällig', 'target'],
  ])('maps %s to %s', (header, field) => {
    expect(matchColumnHeader(header)?.field).toBe(field)
  })

  it('reads the owners of a German task list', () => {
    const { plan } = tableToPlan([
      ['Task', 'Verantwortlich', 'Deadline', 'Status'],
      ['Werkstatt aufräumen', 'Mara, Jonas', '14.03.31', 'offen'],
      ['Regale bestellen', 'Jonas', '21.03.31', 'erledigt'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Mara', 'Jonas'], ['Jonas']])
  })
})

describe('Dutch column headers', () => {
  it.each([
    ['Nr.', 'ref'],
    ['Actie', 'title'],
    ['Actiepunt', 'title'],
    ['Onderwerp / Agendapunt', 'title'],
    ['Wie', 'owners'],
    ['Verantwoordelijke', 'owners'],
    ['Afdoening door', 'owners'],
    ['Wanneer', 'target'],
    ['Afdoening voor', 'target'],
    ['Gereed', 'target'],
    ['Voortgang', 'status'],
    ['Opmerkingen', 'notes'],
  ])('maps %s to %s', (header, field) => {
    expect(matchColumnHeader(header)?.field).toBe(field)
  })

  it('reads a board’s running decisions list, the subject of each numbered row as the item', () => {
    const { plan } = tableToPlan([
      ['Besluitenlijst bestuur'],
      ['Nr.', 'Onderwerp', 'Datum bespreking', 'Besluit', 'Afdoening door', 'Afdoening voor'],
      ['003', 'Nieuwe schuur', '12-01-2031', 'Offertes opvragen.', 'Joost', 'z.s.m.'],
      ['007', 'Ledenwerving', '12-01-2031', 'Folder maken.', 'Allen', 'Doorlopend'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.kind])).toEqual([
      ['003', 'Nieuwe schuur', ['Joost'], 'unknown'],
      ['007', 'Ledenwerving', ['Allen'], 'ongoing'],
    ])
  })
})
