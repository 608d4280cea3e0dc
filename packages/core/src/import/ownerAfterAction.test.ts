import { describe, expect, it } from 'vitest'
import { ownerAfterAction, ownersInClosingBracket } from './ownerAfterAction'
import { tableToPlan } from './tableToPlan'

describe('ownerAfterAction', () => {
  it.each([
    ['Circulate the minutes (Jane)', 'Circulate the minutes', 'Jane', '', ''],
    ['Update the risk register (JS, AK).', 'Update the risk register', 'JS, AK', '', ''],
    ['Update the risk register [JS/AK]', 'Update the risk register', 'JS, AK', '', ''],
    [
      'Circulate the minutes – Jane Smith – end of May',
      'Circulate the minutes',
      'Jane Smith',
      'end of May',
      '',
    ],
    ['Renew the subscriptions - Tom Reed - complete', 'Renew the subscriptions', 'Tom Reed', '', 'complete'],
    ['Book the venue – Ahmed Khan', 'Book the venue', 'Ahmed Khan', '', ''],
    ['Sort the shared drive (Priya to tidy)', 'Sort the shared drive', 'Priya', '', ''],
    [
      'Pick a survey tool (or a form?) - Omar to raise it on the list',
      'Pick a survey tool (or a form?)',
      'Omar',
      '',
      '',
    ],
    ['Review the intake form (Jo and Sam to compare notes)', 'Review the intake form', 'Jo, Sam', '', ''],
    ['Name the new rooms (Ana, Raj, Lee, Mo)', 'Name the new rooms', 'Ana, Raj, Lee, Mo', '', ''],
  ])('reads %j', (line, title, owner, due, status) => {
    expect(ownerAfterAction(line)).toEqual({ title, owner, due, status })
  })

  it('reads a square bracket of two full names, as long as a round one may be', () => {
    expect(
      ownerAfterAction('Order the new signage [Margaret Okonkwo-Hale, Bartholomew Fairweather]'),
    ).toEqual({
      title: 'Order the new signage',
      owner: 'Margaret Okonkwo-Hale, Bartholomew Fairweather',
      due: '',
      status: '',
    })
  })

  it.each([
    'Check the results (see the report)',
    'Publish the plan (June)',
    'Refresh the pages (Ongoing)',
    'Plan the review – Phase Two – see the annex for the full list of tasks',
    'Survey – Estates',
    'Jane',
    'Tidy the drive (see notes to follow)',
    'Tidy the drive - we need to agree a date',
  ])('names no one in %j', (line) => {
    expect(ownerAfterAction(line)).toBeNull()
  })
})

describe('ownersInClosingBracket', () => {
  it.each([
    ['Publish the draft for comment [Priya posted the cover note]', ['Priya']],
    ['Collect names of helpers [Tomas to ask the groups]', ['Tomas']],
    ['Refresh the risk register [JS/AK]', ['JS', 'AK']],
  ])('%s', (title, owners) => {
    expect(ownersInClosingBracket(title)).toEqual(owners)
  })

  it.each([
    'Translate the pages into Welsh [Needs assigned person]',
    'Add a glossary [Training needed first]',
    'Add a glossary [see the notes]',
    '[Priya wrote it] Publish the draft',
    'Post the plan endorsed by the heads of school (Dean & Registrar)',
  ])('names no one in %j', (title) => {
    expect(ownersInClosingBracket(title)).toEqual([])
  })

  it("gives a meeting's item with no owners column the person its closing note names", () => {
    const { plan } = tableToPlan([
      ['Decisions and action items'],
      ['Publish the new code of conduct for comment [Priya posted the cover note]'],
      ['Translate the welcome pages into Welsh and Gaelic [Needs assigned person]'],
      ['Set up a rota for answering the shared inbox [Tomas to ask for volunteers]'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Priya'], [], ['Tomas']])
  })
})

describe('a state tag in square brackets closing a task ("[ONGOING]")', () => {
  it('names no owner', () => {
    expect(ownerAfterAction('Keep the volunteer rota up to date [ONGOING]')).toBeNull()
    expect(ownerAfterAction('Keep the volunteer rota up to date [Done]')).toBeNull()
    // Near miss: initials in the same brackets still name their owner.
    expect(ownerAfterAction('Keep the volunteer rota up to date [KT]')?.owner).toBe('KT')
  })

  it('is the status of each task of a list that tags its tasks so', () => {
    const { plan } = tableToPlan([
      ['Bike workshop: running task list'],
      ['- Keep the volunteer rota up to date. [ONGOING]'],
      ['- Order brake cables for the spares box'],
      ['- Answer the enquiries inbox each week [ONGOING]'],
      ['- Move the stand to the new unit [DONE]'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Keep the volunteer rota up to date.', [], 'ongoing'],
      ['Order brake cables for the spares box', [], 'unknown'],
      ['Answer the enquiries inbox each week', [], 'ongoing'],
      ['Move the stand to the new unit', [], 'complete'],
    ])
  })
})
