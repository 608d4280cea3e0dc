import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

/**
 * A table of the ways meeting minutes, committee notes and retros word their action items, each as a careful human
 * reads it: every action's title, owners, target and status, and no action for the lines that are not actions
 * (attendance, apologies, discussion, decisions, notes, the date of the next meeting). Each page is one column.
 */
type Read = [title: string, owners: string[], due: string | null, status: string]

const pages: [family: string, lines: string[], actions: Read[]][] = [
  [
    'action points labelled among the discussion',
    [
      'Technical Staff Forum, minutes of 3 March 2026',
      'Present: Jane Smith (Chair), Ahmed Khan, Lucy Ward, Tom Reed',
      'Apologies: Priya Shah',
      '1. Minutes of the last meeting',
      'Agreed as a true record.',
      '2. Technician survey',
      'Discussion: the forum discussed the response rate.',
      'ACTION: Jane to circulate the draft by 14 March',
      'Action – JS – update the terms of reference',
      'Action: Ahmed and Lucy to book the rooms for the open day',
      'ACTION – The Chair to write to the Dean about funding',
      '3. Any other business',
      'Noted: the budget for 2026 is approved.',
      'It was agreed that the survey would close in April.',
      'Date of next meeting: 12 May 2026',
    ],
    [
      ['Jane to circulate the draft by 14 March', ['Jane'], '2026-03-14', 'unknown'],
      ['update the terms of reference', ['JS'], null, 'unknown'],
      ['Ahmed and Lucy to book the rooms for the open day', ['Ahmed', 'Lucy'], null, 'unknown'],
      ['The Chair to write to the Dean about funding', ['Chair'], null, 'unknown'],
    ],
  ],
  [
    'people who will do things, under a plain "Actions" heading',
    [
      'Technician Commitment steering group, 2 February 2026',
      'Notes of the meeting',
      'Attendees: Jane Smith, Ahmed Khan, Lucy Ward',
      'Actions',
      'Jane will send the survey to all technicians',
      'Jane and Ahmed will draft the careers page by 31 March',
      'The Chair will write to the Dean',
      'We will revisit the workload model in June',
      'Lucy will book the showcase venue',
    ],
    [
      ['Jane will send the survey to all technicians', ['Jane'], null, 'unknown'],
      ['Jane and Ahmed will draft the careers page by 31 March', ['Jane', 'Ahmed'], '2026-03-31', 'unknown'],
      ['The Chair will write to the Dean', ['Chair'], null, 'unknown'],
      ['We will revisit the workload model in June', [], null, 'unknown'],
      ['Lucy will book the showcase venue', ['Lucy'], null, 'unknown'],
    ],
  ],
  [
    'people who will do things, with no heading',
    [
      'Governance committee minutes, 20 January 2026',
      'Present: Toby Jones, Sara Lee, Mia Chan',
      'The committee discussed the budget.',
      'Toby will circulate the revised terms of reference.',
      'Sara will contact the three candidates before the next meeting.',
      'Mia will draft the annual report by 30 April.',
    ],
    [
      ['Toby will circulate the revised terms of reference.', ['Toby'], null, 'unknown'],
      ['Sara will contact the three candidates before the next meeting.', ['Sara'], null, 'unknown'],
      ['Mia will draft the annual report by 30 April.', ['Mia'], '2026-04-30', 'unknown'],
    ],
  ],
  [
    'owners in round brackets after the action',
    [
      'Project board, 14 April 2026',
      'Actions:',
      'Circulate the minutes (Jane)',
      'Book the venue for the away day (Ahmed Khan)',
      'Update the risk register (JS, AK)',
      'Draft the comms plan (Lucy and Tom)',
    ],
    [
      ['Circulate the minutes', ['Jane'], null, 'unknown'],
      ['Book the venue for the away day', ['Ahmed Khan'], null, 'unknown'],
      ['Update the risk register', ['JS', 'AK'], null, 'unknown'],
      ['Draft the comms plan', ['Lucy', 'Tom'], null, 'unknown'],
    ],
  ],
  [
    'owners in square brackets after the action',
    [
      'Project board, 14 April 2026',
      'Actions arising',
      'Circulate the minutes [JS]',
      'Book the venue for the away day [AK]',
      'Update the risk register [JS/AK]',
    ],
    [
      ['Circulate the minutes', ['JS'], null, 'unknown'],
      ['Book the venue for the away day', ['AK'], null, 'unknown'],
      ['Update the risk register', ['JS', 'AK'], null, 'unknown'],
    ],
  ],
  [
    'action, owner and date set apart by dashes',
    [
      'Library committee, 6 May 2026',
      'Action items',
      'Circulate the minutes – Jane Smith – end of May',
      'Book the venue – Ahmed Khan – 30 June 2026',
      'Update the risk register – Lucy Ward – ongoing',
      'Renew the journal subscriptions - Tom Reed - complete',
    ],
    [
      ['Circulate the minutes', ['Jane Smith'], '2026-05-31', 'unknown'],
      ['Book the venue', ['Ahmed Khan'], '2026-06-30', 'unknown'],
      ['Update the risk register', ['Lucy Ward'], null, 'ongoing'],
      ['Renew the journal subscriptions', ['Tom Reed'], null, 'complete'],
    ],
  ],
  [
    'handles opening the item',
    [
      'Sprint 12 retro',
      'Action items',
      '@jsmith to open an issue for the flaky test',
      '@ahmed to pair with Lucy on the deploy script',
      '@lward will write up the incident review',
    ],
    [
      ['@jsmith to open an issue for the flaky test', ['@jsmith'], null, 'unknown'],
      ['@ahmed to pair with Lucy on the deploy script', ['@ahmed'], null, 'unknown'],
      ['@lward will write up the incident review', ['@lward'], null, 'unknown'],
    ],
  ],
  [
    'a task list with handles and dates in brackets',
    [
      'Working group notes, 10 April 2024',
      'Action items',
      '- [ ] Draft the budget (@ahmed, due 2024-05-01)',
      '- [x] Book the room (done)',
      '- [ ] Send the agenda to the group (@jsmith)',
      '- [ ] Ask Finance for the figures (@lward, by 20 April)',
    ],
    [
      ['Draft the budget (@ahmed, due 2024-05-01)', ['@ahmed'], '2024-05-01', 'not-started'],
      ['Book the room (done)', [], null, 'complete'],
      ['Send the agenda to the group (@jsmith)', ['@jsmith'], null, 'not-started'],
      ['Ask Finance for the figures (@lward, by 20 April)', ['@lward'], '2024-04-20', 'not-started'],
    ],
  ],
  [
    'a numbered action log, each item ending in its status',
    [
      'Research Culture Committee, 12 March 2026',
      'Actions from previous meetings',
      '1. Jane to circulate the draft code of practice – Complete',
      '2. Ahmed to book the room for the showcase – Ongoing',
      '3. Lucy to update the website – Carried forward',
      '4. Tom to contact the Students’ Union – Not started',
    ],
    [
      ['Jane to circulate the draft code of practice', ['Jane'], null, 'complete'],
      ['Ahmed to book the room for the showcase', ['Ahmed'], null, 'ongoing'],
      ['Lucy to update the website', ['Lucy'], null, 'in-progress'],
      ['Tom to contact the Students’ Union', ['Tom'], null, 'not-started'],
    ],
  ],
  [
    'action points numbered with a label',
    [
      'Steering group meeting, 3 March 2026',
      'AP1: Comms to publish the plan (June)',
      'AP2: Finance to confirm the budget by end of April',
      'AP3: HR to review the job descriptions',
    ],
    [
      ['Comms to publish the plan (June)', ['Comms'], null, 'unknown'],
      ['Finance to confirm the budget by end of April', ['Finance'], null, 'unknown'],
      ['HR to review the job descriptions', ['HR'], null, 'unknown'],
    ],
  ],
  [
    '"Actions arising" after the discussion, up to the next meeting',
    [
      'Research staff forum, 4 March 2026',
      'Present: Jane Smith, Ahmed Khan, Sara Lee, Tom Reed',
      'Apologies: Mia Chan',
      'Discussion: the group discussed the survey.',
      'Agreed that the survey would run in May.',
      'Noted: the budget is approved.',
      'Actions arising',
      'Jane to send the survey to all staff by 1 May',
      'Ahmed to draft the covering email',
      'Sara Lee and Tom Reed to brief the heads of school',
      'Next meeting: 4 June 2026',
    ],
    [
      ['Jane to send the survey to all staff by 1 May', ['Jane'], '2026-05-01', 'unknown'],
      ['Ahmed to draft the covering email', ['Ahmed'], null, 'unknown'],
      ['Sara Lee and Tom Reed to brief the heads of school', ['Sara Lee', 'Tom Reed'], null, 'unknown'],
    ],
  ],
  [
    'next steps of a retro, a role and everyone',
    [
      'Retro, 9 October 2025',
      'What went well',
      'The release went smoothly',
      'Next steps',
      'Lucy to fix the pipeline by 17 October',
      'Tom to write the post-mortem',
      'Everyone to review the runbook',
      'The Scrum Master to book the next retro',
    ],
    [
      ['Lucy to fix the pipeline by 17 October', ['Lucy'], '2025-10-17', 'unknown'],
      ['Tom to write the post-mortem', ['Tom'], null, 'unknown'],
      ['Everyone to review the runbook', ['Everyone'], null, 'unknown'],
      ['The Scrum Master to book the next retro', ['Scrum Master'], null, 'unknown'],
    ],
  ],
  [
    'a summary of actions in "Owner: action" form',
    [
      'Board meeting notes',
      'Summary of actions',
      'Jane: send the revised policy to HR',
      'Ahmed Khan: check the room bookings',
      'Secretary: circulate the papers a week ahead',
    ],
    [
      ['send the revised policy to HR', ['Jane'], null, 'unknown'],
      ['check the room bookings', ['Ahmed Khan'], null, 'unknown'],
      ['circulate the papers a week ahead', ['Secretary'], null, 'unknown'],
    ],
  ],
  [
    'bulleted items under "Actions agreed", one naming nobody',
    [
      'Equality committee, 1 December 2025',
      'Actions agreed',
      '• Jane to update the equality impact assessment',
      '• Review the data again in spring',
      '• Ahmed will share the dashboard with the group',
    ],
    [
      ['Jane to update the equality impact assessment', ['Jane'], null, 'unknown'],
      ['Review the data again in spring', [], null, 'unknown'],
      ['Ahmed will share the dashboard with the group', ['Ahmed'], null, 'unknown'],
    ],
  ],
  [
    'items carried over, each status after the owner in brackets',
    [
      'Library board, 2 July 2026',
      'Action items',
      'Refresh the signage (Jane) – complete',
      'Publish the opening hours (Ahmed) – carried forward',
      'Survey the reading rooms (Lucy) – ongoing',
    ],
    [
      ['Refresh the signage', ['Jane'], null, 'complete'],
      ['Publish the opening hours', ['Ahmed'], null, 'in-progress'],
      ['Survey the reading rooms', ['Lucy'], null, 'ongoing'],
    ],
  ],
  [
    'an action list closing the page, owners in brackets',
    [
      'Technical steering committee, 21 April 2026',
      'Attendees: Jane Smith, Ahmed Khan, Lucy Ward',
      'Discussion',
      'The committee discussed the release schedule and the new repository rules.',
      'It was agreed to hold a hackathon in the summer.',
      'Actions:',
      'Draft the release schedule (Jane Smith)',
      'Set up the hackathon page (Ahmed Khan, Lucy Ward)',
      'Write the repository rules (Lucy Ward)',
    ],
    [
      ['Draft the release schedule', ['Jane Smith'], null, 'unknown'],
      ['Set up the hackathon page', ['Ahmed Khan', 'Lucy Ward'], null, 'unknown'],
      ['Write the repository rules', ['Lucy Ward'], null, 'unknown'],
    ],
  ],
  [
    'action points labelled "Action point:" or numbered, among decisions',
    [
      'Finance sub-committee, 9 September 2025',
      'Present: Sara Lee (Chair), Tom Reed, Mia Chan',
      '1. Budget monitoring',
      'The sub-committee noted the quarter one position.',
      'Action point: Sara to circulate the forecast by 30 September',
      'Decision: the reserve policy was approved.',
      '2. Utilities',
      'Action 2 - Tom: ask Estates for the utility figures',
      'Action 3 - Mia and Tom to compare the two energy quotes',
    ],
    [
      ['Sara to circulate the forecast by 30 September', ['Sara'], '2025-09-30', 'unknown'],
      ['Tom: ask Estates for the utility figures', ['Tom'], null, 'unknown'],
      ['Mia and Tom to compare the two energy quotes', ['Mia', 'Tom'], null, 'unknown'],
    ],
  ],
  [
    'roles and the whole group before a colon under "Action points"',
    [
      'Self-assessment team meeting, 15 January 2026',
      'Action points:',
      'Chair: write to the Heads of School about the survey',
      'HR Partner: send the pay gap data to the team',
      'All: read the draft submission before the next meeting',
      'Date of next meeting: 12 February 2026',
    ],
    [
      ['write to the Heads of School about the survey', ['Chair'], null, 'unknown'],
      ['send the pay gap data to the team', ['HR Partner'], null, 'unknown'],
      ['read the draft submission before the next meeting', ['All'], null, 'unknown'],
    ],
  ],
  [
    'a numbered action log of action, owner and date',
    [
      'Digital Skills Group, 3 February 2026',
      'Action log',
      '1. Refresh the training web pages – Jane Smith – 31 March 2026',
      '2. Pilot the coding club – Ahmed Khan – carried forward',
      '3. Write the evaluation report – Lucy Ward',
    ],
    [
      ['Refresh the training web pages', ['Jane Smith'], '2026-03-31', 'unknown'],
      ['Pilot the coding club', ['Ahmed Khan'], null, 'in-progress'],
      ['Write the evaluation report', ['Lucy Ward'], null, 'unknown'],
    ],
  ],
  [
    "handles before a colon, as a team's notes write them",
    [
      'Platform team sync',
      'Action items',
      '@jsmith: update the README with the new build steps',
      '@ahmed: rotate the staging keys',
      '@lward continuing to triage the accessibility issues',
    ],
    [
      ['update the README with the new build steps', ['@jsmith'], null, 'unknown'],
      ['rotate the staging keys', ['@ahmed'], null, 'unknown'],
      ['@lward continuing to triage the accessibility issues', ['@lward'], null, 'unknown'],
    ],
  ],
  [
    'an "Action items:" list closing each topic of the minutes',
    [
      'Open Lessons Committee',
      'Meeting notes: 2025-11-05',
      'Attending: Priya Shah, Dan Okoro, Eva Lind',
      'Workshop numbers',
      'The count for the year was low, as many workshops go unreported.',
      'Action items:',
      'Priya will ask the events team about the reporting form.',
      'Dan can give a tour of the lesson repositories at the next meeting.',
      'Survey results',
      'Action items:',
      'Eva & Dan will summarise the survey comments for the blog.',
      'Lesson review',
      'Reviews lapsed over the summer.',
      'Action items:',
      'Group will plan a review sprint in the new year.',
    ],
    [
      ['Priya will ask the events team about the reporting form.', ['Priya'], null, 'unknown'],
      ['Dan can give a tour of the lesson repositories at the next meeting.', ['Dan'], null, 'unknown'],
      ['Eva & Dan will summarise the survey comments for the blog.', ['Eva', 'Dan'], null, 'unknown'],
      ['Group will plan a review sprint in the new year.', ['Group'], null, 'unknown'],
    ],
  ],
  [
    'minutes dated year first, their deadlines written without a year',
    [
      '2025-04-21 Steering committee minutes',
      'Actions:',
      'Publish the white paper by May 5th (Dana Cole)',
      'Set up the new repository by April 28th (Omar)',
      'Agree the meeting rota (Omar, Dana Cole)',
    ],
    [
      ['Publish the white paper by May 5th', ['Dana Cole'], '2025-05-05', 'unknown'],
      ['Set up the new repository by April 28th', ['Omar'], '2025-04-28', 'unknown'],
      ['Agree the meeting rota', ['Omar', 'Dana Cole'], null, 'unknown'],
    ],
  ],
  [
    'a topic heading after the list ends it',
    [
      'Digital group, 2 March 2026',
      'Action items',
      'Jane will draft the data policy.',
      'Ahmed will check the licences.',
      'Storage (next steps)',
      'Proposal to move the archive to the new store, costed at £2,000.',
    ],
    [
      ['Jane will draft the data policy.', ['Jane'], null, 'unknown'],
      ['Ahmed will check the licences.', ['Ahmed'], null, 'unknown'],
    ],
  ],
  [
    'an owner who will work with a named person on the item shares it with them',
    [
      'Data group, 9 March 2026',
      'Action items',
      'Jane will work with Tom Reed to set up the shared inbox.',
      'Ahmed will work with the records team to sort the archive.',
      'Lucy will draft the retention note.',
    ],
    [
      ['Jane will work with Tom Reed to set up the shared inbox.', ['Jane', 'Tom Reed'], null, 'unknown'],
      ['Ahmed will work with the records team to sort the archive.', ['Ahmed'], null, 'unknown'],
      ['Lucy will draft the retention note.', ['Lucy'], null, 'unknown'],
    ],
  ],
]

describe('action items as meeting minutes word them', () => {
  it.each(pages)('%s', (_family, lines, actions) => {
    const { plan } = tableToPlan(lines.map((line) => [line]))
    const read = plan.actions.map((a): Read => [a.title, [...a.owners], a.target.due, a.status.state])
    expect(read).toEqual(actions)
  })

  it('has well over sixty rows', () => {
    expect(pages.reduce((sum, [, , actions]) => sum + actions.length, 0)).toBeGreaterThan(60)
  })
})
