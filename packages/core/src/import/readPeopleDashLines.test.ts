import { describe, expect, it } from 'vitest'
import { readPeopleDashLines } from './readPeopleDashLines'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((text, index) => ({ index, text }))

const notes = [
  'Choir committee',
  'Notes of the committee meeting, 3 March',
  'Ravi Patel – Book the church hall for the summer concert',
  'Lena Kowalski/Ravi Patel – Draft the new members leaflet; print fifty copies.',
  'ALL (esp. Lena) – Check the mailing list before the next concert so nobody is missed',
  'Dora Finch – with Omar Shah, sort the music library.',
  'Ravi Patel – Ask the vicar about the heating.',
  'The spring concert raised more than last year; thanks to Omar for the raffle.',
]

describe('notes listing each action as the people taking it on, a dash and the work', () => {
  it('reads each such line as an action owned by the people before the dash, the notes left out', () => {
    const read = readPeopleDashLines(page(notes))
    expect(read?.rows.slice(read.headerRow)).toEqual([
      ['Ravi Patel – Book the church hall for the summer concert', 'Ravi Patel'],
      [
        'Lena Kowalski/Ravi Patel – Draft the new members leaflet; print fifty copies.',
        'Lena Kowalski, Ravi Patel',
      ],
      ['ALL (esp. Lena) – Check the mailing list before the next concert so nobody is missed', 'ALL, Lena'],
      ['Dora Finch – with Omar Shah, sort the music library.', 'Dora Finch, Omar Shah'],
      ['Ravi Patel – Ask the vicar about the heating.', 'Ravi Patel'],
    ])
    const { plan } = tableToPlan(notes.map((line) => [line]))
    expect(plan.actions.map((action) => action.owners)).toEqual([
      ['Ravi Patel'],
      ['Lena Kowalski', 'Ravi Patel'],
      ['ALL', 'Lena'],
      ['Dora Finch', 'Omar Shah'],
      ['Ravi Patel'],
    ])
  })

  it.each([
    [
      'topics before the dash, each named once',
      [
        'Minutes',
        'Car Park – the gate is fixed',
        'Summer Fair – stalls are booked',
        'Bank Account – forms signed',
        'Village Hall – new chairs arrived',
      ],
    ],
    [
      'roles before the dash',
      [
        'Minutes',
        'Parish Clerk – to write to the county',
        'Head Teacher – reported on numbers',
        'Finance Officer – no report',
      ],
    ],
    [
      'first names alone before the dash',
      ['Minutes', 'Ravi – book the hall', 'Lena – draft the leaflet', 'Dora – sort the library'],
    ],
    [
      'too few such lines among the notes',
      [
        'Minutes',
        'Ravi Patel – Book the hall',
        'The concert went well.',
        'Tickets sold out early.',
        'Lena Kowalski – Draft the leaflet',
        'Next meeting in May.',
        'Dora Finch – Sort the library',
      ],
    ],
  ])('leaves %s to the other readers', (_, lines) => {
    expect(readPeopleDashLines(page(lines))).toBeNull()
  })

  it('reads a long page, and a line built to make a regex backtrack', () => {
    const long = [
      'Notes',
      ...Array.from({ length: 20000 }, (_, at) => `Ravi Patel – Task ${at} ${'a '.repeat(30)}`),
      `${'Ab '.repeat(600)}–`,
    ]
    expect(readPeopleDashLines(page(long))?.rows.length).toBeGreaterThan(20000)
  })
})
