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
    ['On hold', 'on-hold'],
    ['Deferred', 'on-hold'],
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
    // A project board's rating: under way, on or off its schedule.
    ['On track', 'in-progress'],
    ['Off track - supplier delays', 'in-progress'],
    // A target not (yet) achieved is work under way, never done.
    ['Some progress made but target not yet achieved', 'in-progress'],
    ['Target not achieved; carried forward', 'in-progress'],
    ['Partially achieved', 'in-progress'],
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
})
