import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Status } from '../model/status'
import { parseStatus } from './parseStatus'

const none = { completedOn: null, percent: null, reportedRag: null, note: null }

describe('parseStatus: the "Current Status" column of a real plan', () => {
  it.each([
    ['In progress', { state: 'in-progress', ...none }],
    // The remark sits on its own line, in square brackets.
    [
      'In progress\n[whole personnel Services website currently undergoing review]',
      { state: 'in-progress', ...none, note: 'whole personnel Services website currently undergoing review' },
    ],
    // A trailing space, then the remark on the next line with no brackets.
    [
      'In progress \nSome departmental Management Boards have already agreed to fund initial registration',
      {
        state: 'in-progress',
        ...none,
        note: 'Some departmental Management Boards have already agreed to fund initial registration',
      },
    ],
    ['To start', { state: 'not-started', ...none }],
    [
      'In progress [as part of ongoing revamp of University recruitment website]',
      // "ongoing" inside the remark must not change the state the cell leads with.
      { state: 'in-progress', ...none, note: 'as part of ongoing revamp of University recruitment website' },
    ],
    [
      'In progress [several new schemes under discussion]',
      { state: 'in-progress', ...none, note: 'several new schemes under discussion' },
    ],
    ['Not started', { state: 'not-started', ...none }],
    ['Complete', { state: 'complete', ...none }],
    // UK day-first, two-digit year: 16 April 2018.
    ['Complete (16/04/18)', { state: 'complete', ...none, completedOn: '2018-04-16' }],
  ])('%j', (text, expected) => {
    expect(parseStatus(text)).toEqual({ text, ...expected })
  })
})

describe('parseStatus: other wordings plans use', () => {
  it.each([
    ['Completed', 'complete'],
    ['Done', 'complete'],
    ['Finished', 'complete'],
    ['Ongoing', 'ongoing'],
    ['On-going', 'ongoing'],
    ['on going', 'ongoing'],
    ['Continual', 'ongoing'],
    ['Pilot phase', 'in-progress'],
    ['in pilot stage', 'in-progress'],
    // Work begun and not far along yet.
    ['Initial stage', 'in-progress'],
    ['Early stage', 'in-progress'],
    ['Early stages, scoping the survey', 'in-progress'],
    ['Initial phase', 'in-progress'],
    ['Being piloted with two schools', 'in-progress'],
    ['On hold', 'on-hold'],
    ['Deferred', 'on-hold'],
    ['Dormant', 'on-hold'],
    ['dormant since the grant ended', 'on-hold'],
    ['Unable to continue until the hall reopens.', 'on-hold'],
    ['Active', 'in-progress'],
    ['active (reviewed in spring)', 'in-progress'],
    ['Active travel plan', 'unknown'],
    ['Mentoring for early stage researchers', 'unknown'],
    ['Early stage researchers network', 'unknown'],
    // Late work is still live work; the word itself stays in `text`.
    ['Delayed', 'in-progress'],
    ['In-progress', 'in-progress'],
    ['Underway', 'in-progress'],
    ['Started June 2019. Work will be on-going', 'in-progress'],
    ['Partially complete', 'in-progress'],
    ['Not yet started', 'not-started'],
    ['Planned', 'not-started'],
    // Work still being planned, or waiting to be set going, has not started.
    ['Planning phase', 'not-started'],
    ['Still in planning', 'not-started'],
    ['To be initiated in the new year', 'not-started'],
    // A task board's first column.
    ['Todo', 'not-started'],
    ['To do', 'not-started'],
    // A product roadmap's tags for queued work.
    ['Upcoming', 'not-started'],
    ['On deck', 'not-started'],
    ['Up next', 'not-started'],
    // A roadmap's tags as its page codes them: what is in hand now, and what comes after it.
    ['working-on-now', 'in-progress'],
    ['Currently working on', 'in-progress'],
    ['Next', 'not-started'],
    ['next', 'not-started'],
    ['Next: after the pilot', 'not-started'],
    // "Next" opening a remark is no status of its own.
    ['Next steps to be agreed with the board', 'unknown'],
    ['Next meeting in March', 'unknown'],
    // A project board's rating: under way, on or off its schedule.
    ['On track', 'in-progress'],
    ['Behind', 'in-progress'],
    ['Behind - waiting for a new hire', 'in-progress'],
    ['Behind the sports hall', 'unknown'],
    ['Off track - supplier delays', 'in-progress'],
    // A target not (yet) achieved is work under way, never done.
    ['Some progress made but target not yet achieved', 'in-progress'],
    ['Target not achieved; carried forward', 'in-progress'],
    ['Partially achieved', 'in-progress'],
    // A minutes' note on an action carried from the last meeting.
    ['Still open, likely next month', 'in-progress'],
    // So is a recommendation not (yet) delivered or implemented.
    ['Not yet delivered', 'in-progress'],
    ['Not implemented – awaiting legislation', 'in-progress'],
    ['Cancelled', 'cancelled'],
    ['Withdrawn – no longer required', 'cancelled'],
    ['COMPLETE', 'complete'],
    ['', 'unknown'],
    ['TBC', 'unknown'],
  ])('%j → %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})

describe('parseStatus: status words inside an update written as prose', () => {
  it('reads the status and keeps the sentence whole as the note', () => {
    const text = 'Work is in progress: the group has met twice and a draft is out for comment.'
    expect(parseStatus(text)).toMatchObject({ state: 'in-progress', note: text })
    expect(parseStatus('Progress: partially complete, two of four sessions held')).toMatchObject({
      state: 'in-progress',
      note: 'Progress: partially complete, two of four sessions held',
    })
  })

  it('reads "as planned" as how the work went, not as a plan not yet started', () => {
    expect(parseStatus('Not built as planned because the supplier folded; delayed to June').state).toBe(
      'in-progress',
    )
    expect(parseStatus('Running as planned').state).toBe('unknown')
    expect(parseStatus('Planned for next term').state).toBe('not-started')
  })

  it.each([
    ['Neither workshop was completed', 'in-progress'],
    ['Neither of the two surveys has been completed', 'in-progress'],
    ['Nor was the review completed by the panel', 'in-progress'],
    ['Neither session started', 'not-started'],
    // A clause break ends the reach of "neither" / "nor".
    ['Neither delay nor overspend; completed in May', 'complete'],
    ['Completed, neither late nor over budget', 'complete'],
  ])('reads a status word negated by "neither" or "nor" as its "not" form: %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })

  it('still cuts a leading status from its remark', () => {
    expect(parseStatus('In progress [site under review]').note).toBe('site under review')
    expect(parseStatus('Amber - in progress').note).toBeNull()
    expect(parseStatus('Currently in progress').note).toBe('Currently')
  })
})

describe('parseStatus: completion dates', () => {
  it.each([
    ['Completed 16/04/2018', '2018-04-16'],
    ['Complete - 3rd May 2019', '2019-05-03'],
    ['Complete (1.9.19)', '2019-09-01'],
    ['Done 2020-01-31', '2020-01-31'],
    // Day-first even when the day could be a month: 05/06 is 5 June.
    ['Complete 05/06/19', '2019-06-05'],
  ])('%j → %s', (text, iso) => {
    expect(parseStatus(text).completedOn).toBe(iso)
  })

  it('rejects impossible dates and keeps them in the note', () => {
    expect(parseStatus('Complete (31/02/18)')).toMatchObject({ completedOn: null, note: '31/02/18' })
  })

  it('only reads a completion date when the action is complete', () => {
    expect(parseStatus('In progress (started 01/02/2019)')).toMatchObject({
      state: 'in-progress',
      completedOn: null,
      note: 'started 01/02/2019',
    })
  })

  it('leaves a month without a day in the note', () => {
    expect(parseStatus('Complete (April 2018)')).toMatchObject({ completedOn: null, note: 'April 2018' })
  })
})

describe('parseStatus: RAG ratings the authors wrote', () => {
  it.each([
    ['Green', 'green', 'unknown'],
    ['amber', 'amber', 'unknown'],
    ['RAG: A', 'amber', 'unknown'],
    ['RAG status - R', 'red', 'unknown'],
    ['G', 'green', 'unknown'],
    ['In progress (RAG: Green)', 'green', 'in-progress'],
    ['Amber - in progress', 'amber', 'in-progress'],
    // Blue is the BRAG colour for done.
    ['Blue', 'blue', 'complete'],
    // A rating between two colours is read as the first colour written.
    ['Amber/Green', 'amber', 'unknown'],
    ['A/G', 'amber', 'unknown'],
    ['Green / Amber', 'green', 'unknown'],
    ['Red-Amber', 'red', 'unknown'],
    ['R', 'red', 'unknown'],
  ])('%j → %s, %s', (text, rag, state) => {
    expect(parseStatus(text)).toMatchObject({ reportedRag: rag, state, note: null })
  })

  it('does not read a colour inside the remark as a rating', () => {
    expect(parseStatus('In progress [green space project]').reportedRag).toBeNull()
  })
})

describe('parseStatus: percentages', () => {
  it.each([
    ['50%', 50, 'in-progress'],
    ['0%', 0, 'not-started'],
    ['100%', 100, 'complete'],
    ['75% complete', 75, 'in-progress'],
    ['In progress - 30 per cent', 30, 'in-progress'],
    ['12.5 %', 12.5, 'in-progress'],
  ])('%j → %d, %s', (text, percent, state) => {
    expect(parseStatus(text)).toMatchObject({ percent, state })
  })

  it('ignores a percentage above 100', () => {
    expect(parseStatus('150%').percent).toBeNull()
  })
})

describe('parseStatus: properties', () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      'In progress',
      'Complete',
      '(16/04/18)',
      '[',
      ']',
      '50%',
      'RAG:',
      'A',
      '\n',
      'not',
      'on-going',
    ),
  )
  const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(' '))

  it('never throws, keeps the original text, and always returns a valid Status', () => {
    fc.assert(
      fc.property(text, (input) => {
        const status = parseStatus(input)
        expect(status.text).toBe(input)
        expect(Status.safeParse(status).success).toBe(true)
        if (status.completedOn !== null) expect(status.state).toBe('complete')
      }),
    )
  })

  it('finishes on a huge hostile cell', () => {
    const huge = `In progress ${'-'.repeat(200_000)} ${'1/'.repeat(50_000)}`
    expect(parseStatus(huge).state).toBe('in-progress')
  })

  it.each([
    ['Réalisée', 'complete'],
    ['Terminé', 'complete'],
    ['En cours de validation', 'in-progress'],
    ['A faire', 'not-started'],
    ['Non commencé', 'not-started'],
    ['Awaiting sign-off from the dean', 'in-progress'],
    ['Quote requested, waiting for reply', 'in-progress'],
  ])('reads the French status "%s"', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })

  it.each([
    ['Waiting on the print shop', 'in-progress'],
    ['Draft sent, waiting on comments', 'in-progress'],
  ])('reads "%s" as work held up on someone else', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})

/**
 * What a careful human reads in the words people type in a status column, family by family. Each row is our own
 * wording of a kind met in published plans.
 */
describe('parseStatus: status wording, family by family', () => {
  const families: ReadonlyArray<readonly [family: string, rows: ReadonlyArray<readonly [string, string]>]> = [
    [
      'done words',
      [
        ['Met', 'complete'],
        ['Met.', 'complete'],
        ['Target met', 'complete'],
        ['Targets met in full', 'complete'],
        ['Fully met', 'complete'],
        ['Exceeded', 'complete'],
        ['Target exceeded', 'complete'],
        ['Resolved', 'complete'],
        ['Resolved - see minutes of the June board', 'complete'],
        ['Fully achieved', 'complete'],
        ['Achieved in full', 'complete'],
        ['Finished early', 'complete'],
        ['Fully implemented', 'complete'],
        ['Closed', 'complete'],
        ['Actioned', 'complete'],
        ['Delivered', 'complete'],
        ['Accomplished', 'complete'],
        ['Fulfilled', 'complete'],
        ['Signed off', 'complete'],
        ['In place', 'complete'],
        ['Now in place', 'complete'],
        ['DONE!', 'complete'],
      ],
    ],
    [
      'partial words',
      [
        ['Half done', 'in-progress'],
        ['Half complete', 'in-progress'],
        ['Half-way there', 'in-progress'],
        ['Halfway', 'in-progress'],
        ['Partially met', 'in-progress'],
        ['Partly met', 'in-progress'],
        ['Not yet due', 'in-progress'],
        ['Not due yet - on the June agenda', 'in-progress'],
        ['Mostly done', 'in-progress'],
        ['Largely complete', 'in-progress'],
        ['Substantially complete', 'in-progress'],
        ['Nearly finished', 'in-progress'],
        ['Almost done', 'in-progress'],
        ['Partially implemented', 'in-progress'],
        ['Partly delivered', 'in-progress'],
        ['On target', 'in-progress'],
        ['On schedule', 'in-progress'],
        ['Ahead of schedule', 'in-progress'],
        ['Good progress', 'in-progress'],
        ['Good progress made', 'in-progress'],
        ['Limited progress', 'in-progress'],
        ['Little progress', 'in-progress'],
        ['Slow progress', 'in-progress'],
        ['Making progress', 'in-progress'],
        ['Slipped', 'in-progress'],
        ['Slipped to June 2025', 'in-progress'],
        ['Slippage', 'in-progress'],
        ['At risk', 'in-progress'],
        ['Amber - at risk', 'in-progress'],
        ['Overdue', 'in-progress'],
        ['Red – overdue', 'in-progress'],
        ['Overdue by two months', 'in-progress'],
        ['In development', 'in-progress'],
        ['Under development', 'in-progress'],
        ['Draft', 'in-progress'],
        ['In draft', 'in-progress'],
        ['Draft (out for consultation)', 'in-progress'],
        ['Under review', 'in-progress'],
        ['In train', 'in-progress'],
        ['Carried forward', 'in-progress'],
        ['Carried forward to the next plan', 'in-progress'],
        ['Rolled forward', 'in-progress'],
        ['Carried over', 'in-progress'],
        ['Working on it', 'in-progress'],
        ['Being worked on', 'in-progress'],
      ],
    ],
    [
      'not-yet words',
      [
        ['No progress', 'not-started'],
        ['No progress yet', 'not-started'],
        ['Scheduled', 'not-started'],
        ['Scheduled for spring term', 'not-started'],
        ['Not yet scheduled', 'not-started'],
        ['Outstanding', 'not-started'],
        ['Outstanding.', 'not-started'],
        ['Open', 'unknown'],
        ['Yet to begin', 'not-started'],
        ['Not begun', 'not-started'],
        ['Undone', 'not-started'],
        ['Pending', 'not-started'],
        ['Awaiting start', 'not-started'],
      ],
    ],
    [
      'stopped words',
      [
        ['Stopped', 'cancelled'],
        ['Stopped - funding withdrawn', 'cancelled'],
        ['Stalled', 'on-hold'],
        ['On ice', 'on-hold'],
        ['Paused', 'on-hold'],
        ['Paused until new Dean starts', 'on-hold'],
        ['Suspended', 'on-hold'],
        ['Deleted', 'cancelled'],
        ['Removed', 'cancelled'],
        ['Not taken forward', 'cancelled'],
        ['Will not be taken forward', 'cancelled'],
        ['Not to be taken forward', 'cancelled'],
        // A decision not to do it, never read as done by its last word.
        ['Board decision: not to be implemented', 'cancelled'],
        ['Will not be implemented', 'cancelled'],
        ['Not to be pursued this year', 'cancelled'],
        ['Discontinued', 'cancelled'],
        ['Abandoned', 'cancelled'],
      ],
    ],
    [
      'negations',
      [
        ['Not met', 'in-progress'],
        ['Not yet met', 'in-progress'],
        ['Target not met', 'in-progress'],
        ['Unmet', 'in-progress'],
        ['Not complete', 'in-progress'],
        ['Not yet complete', 'in-progress'],
        ['Not fully complete', 'in-progress'],
        ['Not fully implemented', 'in-progress'],
        ['Incomplete', 'in-progress'],
        ['Uncompleted', 'in-progress'],
        ['Unfinished', 'in-progress'],
        ['Not finished', 'in-progress'],
        ['Not resolved', 'in-progress'],
        ['Unresolved', 'in-progress'],
        ['Not done', 'not-started'],
        ['Not started', 'not-started'],
        ['Not yet started', 'not-started'],
        ['No longer required', 'cancelled'],
        ['No longer needed', 'cancelled'],
        ['No longer relevant', 'cancelled'],
        ['Not required', 'cancelled'],
        ['Not applicable', 'unknown'],
        ['Not at risk', 'in-progress'],
      ],
    ],
    [
      'words inside other words',
      [
        ['Metadata review', 'unknown'],
        ['Completeness check', 'unknown'],
        ['Donezo', 'unknown'],
        ['Unscheduled leave cover', 'unknown'],
        ['Drafting', 'in-progress'],
        ['Metrics agreed', 'unknown'],
        ['Outstanding teaching award', 'unknown'],
        ['Draft the new flexible working policy', 'unknown'],
        ['Met with HR to agree the scope', 'unknown'],
        ['Resolved to set up a working group', 'unknown'],
        ['Staff at risk of redundancy are supported', 'unknown'],
        ['No further funding', 'unknown'],
      ],
    ],
    [
      'ticks and crosses',
      [
        ['✓', 'complete'],
        ['✔', 'complete'],
        ['✔️', 'complete'],
        ['✅', 'complete'],
        ['☑', 'complete'],
        ['Yes', 'unknown'],
        ['yes.', 'unknown'],
        ['YES', 'unknown'],
        ['❌', 'unknown'],
        ['✗', 'unknown'],
        ['✘', 'unknown'],
        ['No', 'unknown'],
        ['no', 'unknown'],
        ['No - see comments', 'unknown'],
        ['Yes, subject to funding', 'unknown'],
        ['Y', 'unknown'],
        ['x', 'unknown'],
        ['✓ see evidence file', 'unknown'],
        ['N', 'unknown'],
      ],
    ],
    [
      'percentages and fractions',
      [
        ['3/4 done', 'in-progress'],
        ['3 of 4 done', 'in-progress'],
        ['2 out of 5 complete', 'in-progress'],
        ['4/4 complete', 'complete'],
        ['0/3 done', 'not-started'],
        ['5 of 5 delivered', 'complete'],
        ['Done 3/4', 'complete'],
        ['90% done', 'in-progress'],
        ['100% complete', 'complete'],
        ['0% - not started', 'not-started'],
        ['About 60%', 'in-progress'],
      ],
    ],
    [
      'dates after a status',
      [
        ['Completed 12/03/21', 'complete'],
        ['Complete (March 2022)', 'complete'],
        ['Met - 30 June 2023', 'complete'],
        ['Resolved 01/02/2020', 'complete'],
        ['Delayed until September 2025', 'in-progress'],
        ['Deferred to 2026', 'on-hold'],
        ['Scheduled 14/11/2024', 'not-started'],
        ['Slipped from March to May', 'in-progress'],
      ],
    ],
    [
      'a status followed by a reason',
      [
        ['Delayed due to staff absence', 'in-progress'],
        ['On hold pending funding', 'on-hold'],
        ['Cancelled – superseded by the new strategy', 'cancelled'],
        ['Not started - awaiting funding', 'not-started'],
        ['Overdue because the survey closed late', 'in-progress'],
        ['Stopped as the pilot showed no benefit', 'cancelled'],
        ['Met: 52% of respondents agreed', 'complete'],
        ['Not met; response rate 31%', 'in-progress'],
        ['Exceeded (140 staff trained against 100)', 'complete'],
        ['Carried forward as funding was not confirmed', 'in-progress'],
        // Done, and kept going since: complete (the plan's later updates say more).
        ['Implemented & ongoing', 'complete'],
      ],
    ],
    [
      'sentences in progress columns',
      [
        ['We have appointed a project officer who started in May.', 'in-progress'],
        ['We have appointed a project officer.', 'unknown'],
        ['This has been delayed until the new system is in place.', 'in-progress'],
        ['The review was completed in March and its report went to Council.', 'complete'],
        ['The working group has met twice and a draft is out for comment.', 'unknown'],
        ['A draft policy has been written and is with the union.', 'unknown'],
        ['The survey is scheduled for the autumn term.', 'not-started'],
        ['This action is now overdue.', 'in-progress'],
        ['Targets for 2023 were met.', 'complete'],
        ['This action has not been started because the post is vacant.', 'not-started'],
        ['The action will no longer be taken forward.', 'cancelled'],
      ],
    ],
    [
      '"Complete" asking for work, not reporting it',
      [
        ['Complete the survey by May and report back.', 'unknown'],
        ['Complete all outstanding modules', 'unknown'],
        ['Complete this form for each visitor', 'unknown'],
        ['Amber - complete the risk log first', 'unknown'],
        ['Complete. The survey ran in May.', 'complete'],
        ['Work is complete the team now meets monthly', 'complete'],
        ['Completed the survey in May', 'complete'],
        ['Complete (16/04/18)', 'complete'],
      ],
    ],
    [
      '"planned" comparing the work with its plan',
      [
        ['Recruitment of buddies is slower than planned.', 'unknown'],
        ['Took longer than originally planned; now in progress', 'in-progress'],
        ['Fewer sessions ran than first planned', 'unknown'],
        ['Not delivered as previously planned', 'in-progress'],
        ['The open day is planned for May', 'not-started'],
        ['Planned', 'not-started'],
      ],
    ],
  ]
  for (const [family, rows] of families) {
    it.each(rows)(`${family}: %j → %s`, (text, state) => {
      expect(parseStatus(text).state).toBe(state)
    })
  }
})

describe('parseStatus: French status words, with or without an emoji before them', () => {
  it.each([
    ['Prévue', 'not-started'],
    ['🗓 À venir', 'not-started'],
    ['Planifié', 'not-started'],
    ['⏸ En pause', 'on-hold'],
    ['Dépriorisée', 'on-hold'],
    ['Deprioritised', 'on-hold'],
    ['Reporté', 'on-hold'],
    ['Annulée', 'cancelled'],
    ['❌ Abandonné', 'cancelled'],
  ])('reads %s as %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})

describe('a task list box and a board column as the status', () => {
  it.each([
    ['[x]', 'complete'],
    ['[X]', 'complete'],
    [' [✓] ', 'complete'],
    ['[ ]', 'unknown'],
    ['Backlog', 'not-started'],
    ['Clear the backlog of planning cases', 'unknown'],
  ])('%s → %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})

describe('parseStatus: a tracker’s status code', () => {
  it.each([
    ['IP', 'in-progress'],
    [' IP ', 'in-progress'],
    // Only the whole cell, in capitals, is a code.
    ['Review the IP policy', 'unknown'],
    ['ip', 'unknown'],
  ])('%j reads as %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})

describe('minutes reviewing action points', () => {
  it.each([
    ['Discharged', 'complete'],
    ['Discharged: via the autumn review.', 'complete'],
    ['Superceded.', 'cancelled'],
    ['Discharged patients are followed up by phone', 'unknown'],
  ])('%j reads as %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})

describe("parseStatus: French minutes' marks", () => {
  it.each([
    ['Fait', 'complete'],
    ['FAIT', 'complete'],
    ['fait.', 'complete'],
    ['Pas fait', 'not-started'],
    ['PAS ENCORE FAIT', 'not-started'],
    ['À faire', 'not-started'],
    ['En cours', 'in-progress'],
    ['Fait en séance', 'complete'],
    ['Fait par le trésorier', 'complete'],
    // "Fait le point" (took stock) and "a fait" in a sentence say nothing of the item's state.
    ['Fait le point sur le budget', 'unknown'],
    ['Le trésorier a fait le tour des banques', 'unknown'],
  ])('reads "%s" as %s', (text, state) => {
    expect(parseStatus(text).state).toBe(state)
  })
})
