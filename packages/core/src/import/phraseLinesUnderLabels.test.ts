import { describe, expect, it } from 'vitest'
import { phraseLinesUnderLabels } from './phraseLinesUnderLabels'
import { tableToPlan } from './tableToPlan'

describe('phrases under short topic labels on a one-column page', () => {
  const page = [
    ['Our inclusion work'],
    ['Running now'],
    ['Teaching'],
    ['Design of a new module on inclusive teaching practice for every tutor in the school'],
    ['Outreach/Schools'],
    ['Visits to local schools by our doctoral students'],
    ['Starting a mentoring scheme for first-year students'],
    ['Staff support'],
    ['Lunchtime talks on disability at work for all staff, run by the staff network each term'],
    ['Quiet room for staff in the main building'],
  ].map((line) => [line[0]!])

  it('reads each sentence-case phrase as an item of the label above it, the labels as headings', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Design of a new module on inclusive teaching practice for every tutor in the school', 'Teaching'],
      ['Visits to local schools by our doctoral students', 'Outreach/Schools'],
      ['Starting a mentoring scheme for first-year students', 'Outreach/Schools'],
      [
        'Lunchtime talks on disability at work for all staff, run by the staff network each term',
        'Staff support',
      ],
      ['Quiet room for staff in the main building', 'Staff support'],
    ])
  })

  it('takes no title-case heading, no line with a colon, and nothing without a label over an item', () => {
    const rows = [
      ['Teaching'],
      ['Design of a new module on inclusive teaching practice for every tutor in the school'],
      ['Guided by Our Shared Values'],
      ['Part 2: Review of the access policies'],
      ['Outreach'],
      ['Visits to local schools by our doctoral students'],
    ]
    expect(phraseLinesUnderLabels(rows, 0, 0, new Set([1]))).toEqual([5])
    expect(phraseLinesUnderLabels(rows, 0, 0, new Set())).toEqual([])
    expect(phraseLinesUnderLabels(rows.slice(0, 4), 0, 0, new Set([1]))).toEqual([])
  })
})

describe('goals under topic labels closed by a colon', () => {
  const page = [
    'Planning day notes',
    'The board met for a day in March to choose what the society should work on over the coming year.',
    'We looked at five areas of activity that are core to the society:',
    "Membership: keeping and growing the society's members across all branches",
    'Meetings: the socials, talks and conferences we hold for members',
    'After talking it through in small groups, the board agreed these goals for the year:',
    'Membership:',
    'Set up an online membership register that branches can update themselves',
    'Seek some kind of charitable status for the society',
    'Write a guide for new branch secretaries',
    'Renew and tidy the noticeboard',
    'Meetings:',
    'Support the network of branch chairs',
    'Continue weekly coffee mornings',
    'Events:',
    "Plan a members' day for 2031",
  ].map((line) => [line])

  it('reads every line under a label as a goal of that label, however short', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.section])).toEqual([
      ['Set up an online membership register that branches can update themselves', 'Membership'],
      ['Seek some kind of charitable status for the society', 'Membership'],
      ['Write a guide for new branch secretaries', 'Membership'],
      ['Renew and tidy the noticeboard', 'Membership'],
      ['Support the network of branch chairs', 'Meetings'],
      ['Continue weekly coffee mornings', 'Meetings'],
      ["Plan a members' day for 2031", 'Events'],
    ])
  })

  it('takes "Actions:" over each group as a lead-in, and the line above it as the heading', () => {
    const rows = [
      ['Grow the membership'],
      ['Actions:'],
      ['Set up an online membership register for every branch'],
      ['Publish the membership fees on the website'],
      ['Improve the meetings'],
      ['Actions:'],
      ['Run a regional conference in the spring for members'],
    ].map((line) => [line[0]!])
    expect(phraseLinesUnderLabels(rows, 0, 0, new Set([2, 3, 6]))).toEqual([])
  })
})
