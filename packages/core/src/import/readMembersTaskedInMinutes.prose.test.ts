import { describe, expect, it } from 'vitest'
import { pageLines } from './oneColumnRecords'
import { readMembersTaskedInMinutes } from './readMembersTaskedInMinutes'
import { tableToPlan } from './tableToPlan'

const rows = (lines: readonly string[]): string[][] => lines.map((line) => [line])

describe('work run together in the paragraphs of minutes', () => {
  it('reads helpers named in full, charges taken on, a note after a label, and a second task of the same person', () => {
    const { plan } = tableToPlan(
      rows([
        'Bake sale meeting 3/4/31',
        'In Attendance: Nora Quill, Petra Lask, Owen Dray, Hugo Marsh',
        'Nora will ask the bakery on Elm Street for bread. Ida Fenn will cover the card reader.',
        'Petra will print the price labels.',
        'Owen phoned the hall. Petra will collect the key. The hall has no urn though, and Petra will ask the church for one.',
        'Hugo Marsh will be in charge of the float and the cash tin.',
        'Nora Quill, Owen Dray, and Petra Lask will all be over the cake table.',
        'Ida Fenn will be away in May.',
        '[Addendum: Lena Voss volunteered to help Nora with the tables.]',
      ]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['Nora will ask the bakery on Elm Street for bread.', ['Nora']],
      ['Ida Fenn will cover the card reader.', ['Ida Fenn']],
      ['Petra will print the price labels.', ['Petra']],
      ['Petra will collect the key.', ['Petra']],
      ['Petra will ask the church for one.', ['Petra']],
      ['Hugo Marsh will be in charge of the float and the cash tin.', ['Hugo Marsh']],
      [
        'Nora Quill, Owen Dray, and Petra Lask will all be over the cake table.',
        ['Nora Quill', 'Owen Dray', 'Petra Lask'],
      ],
      ['Lena Voss volunteered to help Nora with the tables.]', ['Lena Voss']],
    ])
  })

  it('gives the work of an agenda item its number, and reads "also agreed to", "he would", "however" and decisions', () => {
    const { plan } = tableToPlan(
      rows([
        'Kite club committee',
        'Present: Tessa Brandt, Colin Ure, Maud Pike',
        '1.00 Apologies.',
        '2.10 Flyers',
        'Colin to draw the flyer. Colin also agreed to take it to the printer. He would pay for it from the float.',
        '2.20 Festival',
        'No decision on a stall. However Maud was to ask the council for a pitch. Members to share lifts on the day.',
        '3.00 Accounts',
        'The bank moved branch. The committee agreed that Tessa keep the cheque book. He has no key.',
      ]),
    )
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      ['2.10', 'Colin to draw the flyer.', ['Colin']],
      ['2.10', 'Colin also agreed to take it to the printer.', ['Colin']],
      ['2.10', 'He would pay for it from the float.', ['Colin']],
      ['2.20', 'However Maud was to ask the council for a pitch.', ['Maud']],
      ['2.20', 'Members to share lifts on the day.', ['Members']],
      ['3.00', 'Tessa keep the cheque book.', ['Tessa']],
    ])
  })

  it('reads requests that a member act, run together in one numbered cell beside an empty action column', () => {
    const { plan } = tableToPlan([
      ['Students council, 4 May'],
      ['PRESENT: Ilse Dorn (ID); Kwame Obi (KO); Ruth Vale (RV); Femi Lade (FL)'],
      ['APOLOGIES: Tom Grey (TG)'],
      ['NOTES AND DISCUSSION', 'ACTIONS'],
      ['1. Opening: ID welcomes the members', ''],
      [
        '2. Matters from last time\nID requested that KO update the notice board in the foyer.\nID asked that RV send the hall bookings to the office.\nKO requested that FL chase the printer for the posters.\nRV requested that the minutes be signed.\nKO asked that TG was told.',
        '',
      ],
    ])
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['ID requested that KO update the notice board in the foyer.', ['KO']],
      ['ID asked that RV send the hall bookings to the office.', ['RV']],
      ['KO requested that FL chase the printer for the posters.', ['FL']],
    ])
  })

  it('reads a roll labelled "Attendance:", a surname broken after its apostrophe on it, over numbered items', () => {
    const { plan } = tableToPlan(
      rows([
        'Minutes of the residents committee',
        'Attendance: Orla Byrne, Cian O’ Dea and Nuala Kent.',
        '1. Minutes:',
        'The minutes of the last meeting were agreed.',
        '2. Playground:',
        'The swings are broken again. Cian agreed to phone the council about them. The fence is fine.',
        '3. Accounts:',
        'The balance is healthy. Nuala offered to take over the cheque book and Orla will sign the forms.',
        '4. Website:',
        'The domain runs out in June and the hosting bill has gone up. Orla offered to renew the domain name.',
      ]),
    )
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      ['2', 'Cian agreed to phone the council about them.', ['Cian']],
      ['3', 'Nuala offered to take over the cheque book and Orla will sign the forms.', ['Nuala', 'Orla']],
      ['4', 'Orla offered to renew the domain name.', ['Orla']],
    ])
  })

  it('reads members named in capitals as the roll names them, and work "kindly offered"', () => {
    const { plan } = tableToPlan(
      rows([
        'Events team notes',
        'Rosalind Kerr, Bartholomew Finch, Imogen Tate, Oskar Lund',
        'ROSALIND thanked everyone for the spring fair.',
        'BARTHOLOMEW kindly offered to find a second venue for the summer social.',
        'IMOGEN to ask the hall about the parking. The hall has a ramp.',
        'OSKAR will print the raffle tickets.',
        'RAFFLE to be drawn at nine. CATERING to stay as last year.',
      ]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners])).toEqual([
      ['BARTHOLOMEW kindly offered to find a second venue for the summer social.', ['BARTHOLOMEW']],
      ['IMOGEN to ask the hall about the parking.', ['IMOGEN']],
      ['OSKAR will print the raffle tickets.', ['OSKAR']],
      // A word in capitals that is no one on the roll owns nothing: work to be done by no one named.
      ['RAFFLE to be drawn at nine.', []],
    ])
  })

  it('leaves minutes numbered in an outline under "1. Attendance:" to the readers of numbered items', () => {
    const outline = rows([
      'Hall committee minutes',
      '1. Attendance: Orla Byrne, Cian Dea, Nuala Kent',
      '2. Premises',
      '2.1 OB reported the boiler was serviced. CD to check the gutters.',
      '2.2 NK to ask the caretaker about the keys.',
      '2.3 Agreed to repaint the porch - OB to get quotes.',
      '2.4 CD to check with the caretaker whether the key was returned.',
      '3. Events',
      '3.1 NK raised the lottery - NK and OB to check the application forms.',
    ])
    expect(readMembersTaskedInMinutes(outline, pageLines(outline), 'any')).toBeNull()
  })

  it('reads a roll labelled by the bodies present, and dates each line of a programme by the month it opens with', () => {
    const { plan } = tableToPlan(
      rows([
        'Harbour choir committee minutes November 4, 2031',
        'Board and Trustee members present: Iris Lamb, Karl Roth, Vera Thorn',
        'Iris opened the meeting. Karl will send the accounts to the auditor.',
        'Concert notes',
        'November – Vera Thorn will lead the carol rehearsal.',
        'January – Pia Grove will give a talk on breathing.',
        'February – a pianist needs to be booked',
        'March – Spring concert.',
        'Iris will book the church for March.',
      ]),
    )
    expect(plan.actions.map((action) => [action.title, action.owners, action.target.due])).toEqual([
      ['Karl will send the accounts to the auditor.', ['Karl'], null],
      ['Vera Thorn will lead the carol rehearsal.', ['Vera Thorn'], '2031-11-30'],
      ['Pia Grove will give a talk on breathing.', ['Pia Grove'], '2032-01-31'],
      ['a pianist needs to be booked', [], '2032-02-29'],
      ['Iris will book the church for March.', ['Iris'], null],
    ])
  })

  it('reads an office named with "the", requests to the clerk or to the members, short forms of offices, and item letters', () => {
    const { plan } = tableToPlan(
      rows([
        'Notes of meeting 3 March 2031',
        '1/ Present',
        'Mrs Lowe, Mr Dent, Mr Cobb.',
        '3/ Finance',
        'The secretary was asked to book the hall for the spring fair.',
        'Cllr Dent reported on the lamps and asked the Clerk to send the letter to the county.',
        'The council was asked to repair the lamp by the school.',
        '4/ Letters',
        'a) A reply came from the county about the bus stop.',
        'b) The treasurer was asked to pay the hedge invoice',
        '5/ Other business',
        'Mr Cobb asked about the hedge. Mrs Lowe asked members to think about a new logo.',
        'Sec agreed to write to the tenant of plot nine.',
      ]),
    )
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      ['3/', 'The secretary was asked to book the hall for the spring fair.', ['secretary']],
      [
        '3/',
        'Cllr Dent reported on the lamps and asked the Clerk to send the letter to the county.',
        ['Clerk'],
      ],
      ['b)', 'The treasurer was asked to pay the hedge invoice', ['treasurer']],
      ['5/', 'Mrs Lowe asked members to think about a new logo.', ['members']],
      ['5/', 'Sec agreed to write to the tenant of plot nine.', ['Sec']],
    ])
  })

  it('reads notes with no roll, taking each volunteer named by a given name or in full at their word', () => {
    const { plan } = tableToPlan(
      rows([
        'Friends of the park, notes of 5 May',
        'About a dozen of us came; we went round the table.',
        '2. Plant sale',
        'Plants to be potted up by Friday. Olga Berne volunteered to water them over the weekend.',
        'Tables: we have four. Hattie will bring two more; Bram will borrow the gazebo from the scouts.',
        'Need a float for the till (Bram will fetch it). Saturday will be busy.',
        '3. Summer picnic',
        'Idris Vance will book the bandstand for July.',
      ]),
    )
    expect(plan.actions.map((action) => [action.ref, action.title, action.owners])).toEqual([
      ['2', 'Plants to be potted up by Friday.', []],
      ['2', 'Olga Berne volunteered to water them over the weekend.', ['Olga Berne']],
      // Two given work in one sentence own one action together.
      ['2', 'Hattie will bring two more; Bram will borrow the gazebo from the scouts.', ['Hattie', 'Bram']],
      ['2', 'Bram will fetch it', ['Bram']],
      ['3', 'Idris Vance will book the bandstand for July.', ['Idris Vance']],
    ])
  })
})
