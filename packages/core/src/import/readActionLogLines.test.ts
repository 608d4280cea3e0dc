import { describe, expect, it } from 'vitest'
import { actionLogEntry, readActionLogLines } from './readActionLogLines'
import { tableToPlan } from './tableToPlan'

const page = (lines: readonly string[]) => lines.map((line) => [line])

describe('actionLogEntry: an id, the holder’s initials and the action', () => {
  it.each<[string, [string, string[], string] | null]>([
    [
      'Jun ACT-BRD-2021-04: KM/TR – Draft the risk policy.',
      ['ACT-BRD-2021-04', ['KM', 'TR'], 'Draft the risk policy.'],
    ],
    ['AP.17: HS - Order the new signs', ['AP.17', ['HS'], 'Order the new signs']],
    ['12 Oct 2022 AI_2022_003: Book the spring workshop', ['AI_2022_003', [], 'Book the spring workshop']],
    [
      'LOG-9: RB - Move the server (Owner: Estates team)',
      ['LOG-9', ['RB', 'Estates team'], 'Move the server (Owner: Estates team)'],
    ],
    ['NOTE-ON: keep the minutes short', null],
    ['Agenda: approve the budget', null],
    ['Review the budget by May', null],
  ])('%s', (line, want) => {
    const read = actionLogEntry(line)
    expect(read === null ? null : [read.id, [...read.owners], read.text]).toEqual(want)
  })
})

describe('readActionLogLines: an action tracker kept as plain lines', () => {
  const log = page([
    'Trust board action log, May 2024',
    'Actions open as at 1 May 2024',
    'Finance committee (FC)',
    'Apr FC-2024-03: KM/TR – Draft the reserves policy for the board. LOG-ACT',
    'Apr FC-2024-01: SB – Get three quotes for the audit. LOG-ACT',
    'Actions closed by 1 May 2024',
    'Mar FC-2023-11: KM – Renew the insurance. LOG-ACT',
    'Feb HR-2023-07: JD – Publish the volunteer handbook (Action: Comms team)',
    'Jan HR-2023-02: AL – Book the hall for the open day. LOG-ACT',
  ])

  it('reads each entry as an action with its id, owners and the state its heading gives', () => {
    const { plan } = tableToPlan(log)
    expect(plan.actions.map((a) => [a.ref, a.title, [...a.owners], a.status.state, a.section ?? ''])).toEqual(
      [
        [
          'FC-2024-03',
          'Draft the reserves policy for the board.',
          ['KM', 'TR'],
          'not-started',
          'Finance committee (FC)',
        ],
        ['FC-2024-01', 'Get three quotes for the audit.', ['SB'], 'not-started', 'Finance committee (FC)'],
        ['FC-2023-11', 'Renew the insurance.', ['KM'], 'complete', ''],
        [
          'HR-2023-07',
          'Publish the volunteer handbook (Action: Comms team)',
          ['JD', 'Comms team'],
          'complete',
          '',
        ],
        ['HR-2023-02', 'Book the hall for the open day.', ['AL'], 'complete', ''],
      ],
    )
    expect(plan.title).toBe('Trust board action log, May 2024')
  })

  it('leaves a page of prose with an odd coded line to the other readers', () => {
    expect(
      readActionLogLines(
        page([
          'Notes of the meeting',
          'We talked about the budget and the hall.',
          'The committee agreed to meet again in June.',
          'Everyone thanked the chair for her work this year.',
          'Mar FC-2024-01: SB – Get three quotes for the audit.',
          'Apr FC-2024-02: SB – Send the quotes round.',
          'Apr FC-2024-03: SB – Choose the auditor.',
          'Then the chair closed the meeting with a short word.',
          'The treasurer read the accounts, which were approved.',
          'The secretary noted that two members sent apologies.',
          'Tea was served.',
        ]),
      ),
    ).toBeNull()
  })

  it('reads a running action list whose numbers rise with gaps under its heading', () => {
    const read = readActionLogLines(
      page([
        'Minutes of the trustees, 3 June',
        'Present: the chair, the treasurer and two trustees.',
        'The minutes of the last meeting were approved.',
        'Action list',
        '204 - Grant bid: still with the council.',
        '211 - New website: done. Can come off the list.',
        '217 - Volunteer rota: two trustees will draw it up.',
        'Finance',
        'The treasurer reported a small surplus.',
      ]),
    )
    expect(read?.rows.slice(3)).toEqual([
      ['Ref', 'Action', 'Owner', 'Status', 'Section'],
      ['204', 'Grant bid: still with the council.', '', '', 'Action list'],
      ['211', 'New website: done. Can come off the list.', '', 'done', 'Action list'],
      ['217', 'Volunteer rota: two trustees will draw it up.', '', '', 'Action list'],
    ])
    const { plan } = tableToPlan(
      page([
        'Trustees, 3 June',
        'Actielijst',
        '31 - Jaarverslag: afgerond.',
        '40 - Kascommissie: loopt nog.',
        '52 - Website: blijft staan.',
      ]),
    )
    expect(plan.actions.map((action) => [action.ref, action.status.state])).toEqual([
      ['31', 'complete'],
      ['40', 'unknown'],
      ['52', 'unknown'],
    ])
  })

  it('leaves numbered lines that do not rise, or stand under no action list heading, to the other readers', () => {
    expect(
      readActionLogLines(
        page(['Action list', '12 - Book the hall', '9 - Pay the caterer', '15 - Print the menus']),
      ),
    ).toBeNull()
    expect(
      readActionLogLines(
        page([
          'Agenda',
          '111 - Fundraising: stays on.',
          '128 - Long-term plan: drafted.',
          '135 - Prize: on the agenda.',
        ]),
      ),
    ).toBeNull()
  })

  it('reads the review of earlier actions by minute number, a member named over their own, to the next agenda item', () => {
    const { plan } = tableToPlan(
      page([
        'Amenities committee, 9 March 2024',
        '24/031. Apologies. None.',
        '24/034. Actions from the previous meeting.',
        '23/188. Ask the surveyor about the pavilion roof. PENDING',
        '24/007. Order two new litter bins for the green. DONE. FITTED LAST WEEK.',
        '24/012. Book the hall for the spring litter pick. DONE',
        'Cllr Okafor',
        '24/009. Write to the school about the crossing patrol. PENDING',
        '24/035. Playing field.',
        'The grass cutting contract was discussed.',
      ]),
    )
    expect(
      plan.actions.map((action) => [action.ref, action.title, action.owners, action.status.state]),
    ).toEqual([
      ['23/188', 'Ask the surveyor about the pavilion roof.', [], 'not-started'],
      ['24/007', 'Order two new litter bins for the green.', [], 'complete'],
      ['24/012', 'Book the hall for the spring litter pick.', [], 'complete'],
      ['24/009', 'Write to the school about the crossing patrol.', ['Cllr Okafor'], 'not-started'],
    ])
  })

  it('reads a log of 10,000 entries', () => {
    const lines = ['Project action log']
    for (let i = 0; i < 10_000; i++) {
      if (i % 100 === 0) lines.push(i % 200 === 0 ? 'Open actions' : 'Closed actions')
      lines.push(`Mar PRJ-${i}: AB/CD – Check the ${'long '.repeat(20)}item number ${i}. TAG-LOG`)
    }
    const read = readActionLogLines(page(lines))
    expect(read?.rows.length).toBe(10_002)
  })
})

describe("readActionLogLines: a clerk's actions listed by the minute that set them", () => {
  const report = [
    'Hillside Parish Council',
    'Clerk’s report to the meeting of 6 March',
    'Letters received',
    '1. Newsletter from the county association',
    '2. Invitation to the tree planting day',
    'Clerk’s actions from the previous meeting:',
    '312/30 Order the new dog bin for the green- Done fitted last week',
    '312/30 Tell the school about the crossing patrol-Done',
    '315/30 Ask the county about the sub-committee rules - On-going- waiting for a reply',
    '318/30 Put the footpath survey on the next agenda- Deferred to April',
    '318/30 Renew the hall insurance- Quote requested from two brokers',
  ].map((line) => [line])

  it('reads each minute number as the ref, the clerk as the owner and the state after the dash', () => {
    const { plan } = tableToPlan(report)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.status.state])).toEqual([
      ['312/30', 'Order the new dog bin for the green', ['Clerk'], 'complete'],
      ['312/30', 'Tell the school about the crossing patrol', ['Clerk'], 'complete'],
      ['315/30', 'Ask the county about the sub-committee rules', ['Clerk'], 'ongoing'],
      ['318/30', 'Put the footpath survey on the next agenda', ['Clerk'], 'on-hold'],
      ['318/30', 'Renew the hall insurance- Quote requested from two brokers', ['Clerk'], 'unknown'],
    ])
  })

  it('leaves alone minute numbers under a heading that reviews no actions', () => {
    const minutes = report.map((row) =>
      row[0] === 'Clerk’s actions from the previous meeting:' ? ['Planning applications:'] : row,
    )
    expect(readActionLogLines(minutes)).toBeNull()
  })
})
