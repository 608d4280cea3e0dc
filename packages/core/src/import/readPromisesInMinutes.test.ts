import { describe, expect, it } from 'vitest'
import { readPromisesInMinutes } from './readPromisesInMinutes'
import { tableToPlan } from './tableToPlan'

// Notes of a monthly call, in our own wording: a dated title, an agenda, then the minutes as narrative bullets.
const notes = [
  ['2021-03-02 - Monthly schema call'],
  ['Agenda'],
  ['Status of the field names'],
  ['Next workshop'],
  ['Minutes'],
  ['Field names'],
  ['Little progress since the last call because of the holidays.'],
  ['The draft was shown at the spring school. Paper due in April, Maria will write the first version.'],
  ["Omar said the units were discussed on the list and that he'll summarise them in the issue."],
  ["We'll ask the archive team before deciding anything."],
  ['Next workshop'],
  ['Jana will send a poll with every week of May as an option.'],
  ['The next call will be on 6 April 2021.'],
]

describe('readPromisesInMinutes', () => {
  it('splits sentences as every prose reader does: after a closing quote, before any capital', () => {
    const quoted = [
      ...notes.slice(0, 6),
      ['The chair called the draft “nearly there.” Maria will write the first version.'],
      ['The units were discussed. Łukasz will summarise them in the issue.'],
      ['Jana will send a poll with every week of May as an option.'],
    ]
    const { plan } = tableToPlan(quoted)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Maria will write the first version.', ['Maria']],
      ['Łukasz will summarise them in the issue.', ['Łukasz']],
      ['Jana will send a poll with every week of May as an option.', ['Jana']],
    ])
  })

  it('reads each sentence saying who will do what as one action, and leaves the discussion out', () => {
    const { plan } = tableToPlan(notes)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Paper due in April, Maria will write the first version.',
      "Omar said the units were discussed on the list and that he'll summarise them in the issue.",
      "We'll ask the archive team before deciding anything.",
      'Jana will send a poll with every week of May as an option.',
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Maria'], ['Omar'], [], ['Jana']])
  })

  it('reads a deadline in the sentence in the year of the meeting', () => {
    const { plan } = tableToPlan(notes)
    expect(plan.actions[0]?.target?.due).toBe('2021-04-30')
    expect(plan.actions[3]?.target?.due ?? null).toBeNull()
  })

  it('reads a labelled action point beside the sentences, after its label', () => {
    const { plan } = tableToPlan([...notes, ['Action: book the room for the workshop']])
    expect(plan.actions.at(-1)?.title).toBe('book the room for the workshop')
  })

  it('counts only the sentences below the minutes heading', () => {
    // An introduction above the minutes ("the steps we will take") and one promise in them: a numbered agenda page,
    // not narrative minutes.
    const page = [
      ['Our improvement plan'],
      ['This page sets out the steps we will take this year and who will take them.'],
      ['Meeting minutes'],
      ['Open items'],
      ['1. Ask the estates team about the noticeboards (done)'],
      ['2. Set up a shared folder for the agendas'],
      ["3. A clearer way to post agendas (we'll try the wiki first)"],
    ]
    expect(readPromisesInMinutes(page)).toBeNull()
    expect(readPromisesInMinutes([...page, ['Sam will book the room for the next meeting.']])).not.toBeNull()
  })

  it('needs a minutes heading and two such sentences', () => {
    expect(readPromisesInMinutes(notes.filter((row) => row[0] !== 'Minutes'))).toBeNull()
    expect(readPromisesInMinutes(notes.slice(0, 8))).toBeNull()
  })

  it('reads notes without a minutes heading when lines open with who will act', () => {
    const board = [
      ['Committee evening'],
      ['Rota'],
      ['Nobody has signed up for August yet.'],
      ['Mirela will ask the regulars by mail.'],
      ['Accounts'],
      ['Kwame will send the summary to the treasurer'],
      ['We will look at the figures together next week?'],
      ['Mirela will chase the two late invoices.'],
    ]
    const { plan } = tableToPlan(board)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Mirela will ask the regulars by mail.', ['Mirela']],
      ['Kwame will send the summary to the treasurer', ['Kwame']],
      ['We will look at the figures together next week?', []],
      ['Mirela will chase the two late invoices.', ['Mirela']],
    ])
  })

  it('does not take bodies or initials opening their commitments for notes without a heading', () => {
    const commitments = [
      ['Our plan for the year'],
      ['Schools will publish their timetables.'],
      ['HR will run two workshops on recruitment.'],
      ['HR will report each term.'],
      ['Council will review the policy.'],
    ]
    expect(readPromisesInMinutes(commitments)).toBeNull()
  })

  it('does not take groups named in the plural opening a plan of commitments for notes without a heading', () => {
    const promises = [
      ['What the orchard group promises'],
      ['Members will be told of each work day by mail.'],
      ['Volunteers will prune the old trees in winter.'],
      ['Families will pick the apples in October.'],
      ['Neighbours will get a box of juice each.'],
    ]
    expect(readPromisesInMinutes(promises)).toBeNull()
    // Each line is a commitment, the one saying what members will be told too.
    expect(tableToPlan(promises).plan.actions.map((a) => a.title)).toEqual(
      promises.slice(1).map((row) => row[0]),
    )
  })

  it('reads members who volunteered, offered or agreed to do something on such minutes, and not what was agreed', () => {
    const minutes = [
      ['Allotment society - March meeting'],
      ['Minutes'],
      ['The shed roof leaks again. Pavel will ask the landlord for a repair.'],
      ['Nadia will book the hall for the show.'],
      ['The seed swap went well. Ruth and Idris volunteered to run it next spring.'],
      ['Tomasz offered to print the new rota.'],
      ['Nobody knows the new supplier. Ann B. is willing to phone them.'],
      ['Members agreed to the new rota.'],
      ['Members agreed to meet again in May.'],
      ['Ruth agreed to the date of the show.'],
      ['The committee would like more help with the compost.'],
      ['Pavel repaired the gate.'],
    ]
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Pavel will ask the landlord for a repair.', ['Pavel']],
      ['Nadia will book the hall for the show.', ['Nadia']],
      ['Ruth and Idris volunteered to run it next spring.', ['Ruth', 'Idris']],
      ['Tomasz offered to print the new rota.', ['Tomasz']],
      ['Ann B. is willing to phone them.', ['Ann B']],
    ])
  })

  it('does not read minutes as promises from offers alone', () => {
    const offers = [
      ['Allotment society - April meeting'],
      ['Minutes'],
      ['Ruth volunteered to run the seed swap.'],
      ['Tomasz offered to print the new rota.'],
    ]
    expect(readPromisesInMinutes(offers)).toBeNull()
  })
})
