import { describe, expect, it } from 'vitest'
import { readListUnderLeadIn } from './readListUnderLeadIn'
import { tableToPlan } from './tableToPlan'

// A geology department's news post: a lead-in sentence, its list of actions copied without bullets, a closing line.
const post = [
  ['Making fieldwork fair'],
  ['Here are the steps our department is taking this year, so that other departments can take them too:'],
  ['We run a bursary for field kit, paid from the alumni fund'],
  ['We offer a shorter field trip'],
  ['We have moved the mapping course to a site with step-free access. Its first run was in May.'],
  ['Dr Ayo Bello set up a mentoring circle for first-year students'],
  ['We would like to hear about any of the steps above, and others we could take.'],
]

describe('a list of actions that lost its bullets, under a lead-in ending in a colon', () => {
  it('reads each line under the lead-in as an action, short or long, and leaves out the closing line', () => {
    const { plan } = tableToPlan(post)
    expect(plan.title).toBe('Making fieldwork fair')
    expect(plan.actions.map((a) => a.title)).toEqual([
      'We run a bursary for field kit, paid from the alumni fund',
      'We offer a shorter field trip',
      'We have moved the mapping course to a site with step-free access. Its first run was in May.',
      'Dr Ayo Bello set up a mentoring circle for first-year students',
    ])
  })

  it('leaves other pages alone', () => {
    // A minutes' bare label, a lead-in that names no work, bullets, two lead-ins, short heading lines.
    const under = (lead: string, lines: string[]) =>
      readListUnderLeadIn([['Notes'], [lead], ...lines.map((l) => [l])])
    const items = [
      'We run a bursary for field kit',
      'We offer a shorter field trip',
      'We moved the mapping course',
    ]
    expect(under('Actions:', items)).toBeNull()
    expect(under('The weather on the coast was mixed this spring:', items)).toBeNull()
    expect(under('The rooms listed below are closed for the following reasons:', items)).toBeNull()
    expect(
      under(
        'Here are the steps we are taking this year:',
        items.map((l) => `- ${l}`),
      ),
    ).toBeNull()
    expect(
      under('Here are the steps we are taking this year:', [...items, 'And the steps for next year:']),
    ).toBeNull()
    expect(
      under('Here are the steps we are taking this year:', ['Bursaries', 'Field trips', 'Access']),
    ).toBeNull()
    expect(under('Here are the steps we are taking this year:', items)).not.toBeNull()
  })
})

describe('readListUnderLeadIn: a roadmap looked back on, what came of each item on the line under it', () => {
  const page = [
    ['Looking back at the spring plan'],
    ['These were the steps we set ourselves for the spring:'],
    ['Move the sample store to the new freezer room.'],
    ['We have completed the move and every rack is now labelled.'],
    ['Write a booking guide for the shared microscopes.'],
    ["We've not begun this yet; it moves to the autumn plan."],
    ['Run two open days for local schools.'],
    ["We've made good progress with the first open day, but we still have the second to run."],
  ]

  it('reads each report as the status of the item above it, not as an item', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Move the sample store to the new freezer room.', 'complete'],
      ['Write a booking guide for the shared microscopes.', 'not-started'],
      ['Run two open days for local schools.', 'in-progress'],
    ])
  })

  it('keeps a list whose every item is a report as items', () => {
    const { plan } = tableToPlan([
      ['Our equity work'],
      ['These are the things we are doing this year:'],
      ['We have taken anti-racism training together'],
      ['We have opened two summer placements for local students'],
      ['We have shared our hiring rubric with other labs'],
    ])
    expect(plan.actions).toHaveLength(3)
  })
})

describe('readListUnderLeadIn: a list of -ing phrases, closed by a pointer to more reading', () => {
  // A museum's access page: a lead-in, its phrases copied without bullets, then a line sending the reader on.
  const page = [
    ['Access at the museum'],
    ['The actions in our access plan for the next two years cover:'],
    ['Widening our step-free routes through the older galleries'],
    ['Training our volunteers'],
    ['Adding large-print labels to every case on the ground floor'],
    ['Reviewing our booking forms'],
    ['You can read more about our access policy on the visiting page.'],
  ]

  it('reads each phrase as an action, however short, and leaves out the pointer', () => {
    expect(tableToPlan(page).plan.actions.map((a) => a.title)).toEqual([
      'Widening our step-free routes through the older galleries',
      'Training our volunteers',
      'Adding large-print labels to every case on the ground floor',
      'Reviewing our booking forms',
    ])
  })

  it('keeps a short line that is no -ing phrase out of such a list', () => {
    const headed = page.map((row) => (row[0] === 'Training our volunteers' ? ['Volunteer training'] : row))
    expect(readListUnderLeadIn(headed)).toBeNull()
  })
})

describe('a short pledge over the lines it promises', () => {
  it('reads the lines under "We will:" as the actions, not the prose paragraphs around them', () => {
    const { plan } = tableToPlan([
      ['Community partnerships'],
      ['Our lab works with schools across the county. Partnerships help us share science with young people.'],
      ['What we promise'],
      ['We will:'],
      ['Host a summer open day for pupils from local schools every year.'],
      ['Offer paid work placements to sixth-form students interested in lab careers.'],
      ['Lend spare microscopes to primary schools that ask for them.'],
      ['Looking back'],
      ['Last year we ran our first open day. Forty pupils visited the prep rooms.'],
    ])
    expect(plan.actions.map((a) => a.title.slice(0, 24))).toEqual([
      'Host a summer open day f',
      'Offer paid work placemen',
      'Lend spare microscopes t',
    ])
  })
})

describe('a heading naming the deliverables over lines that lost their bullets', () => {
  // A museum's response to an audit: a title opening with a code, a paragraph, then the deliverables one a line.
  const page = [
    ['3C Response Plan for the 2031 Audit of the Collections Store'],
    ['Context'],
    ['The auditor reported on the store in March 2031. We must answer with a plan of deliverables.'],
    ['Response Plan Deliverables'],
    ['Store Procedure for Logging Loans Out'],
    ['Store Control for Humidity Readings'],
    ['Store Policy for Handling Fragile Items'],
  ]

  it('reads each line under the heading as an action, the lines above as the title rows', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Store Procedure for Logging Loans Out',
      'Store Control for Humidity Readings',
      'Store Policy for Handling Fragile Items',
    ])
  })

  it('leaves a heading that names no work, or lines too short for items, to the other readers', () => {
    expect(readListUnderLeadIn(page.map((row, i) => (i === 3 ? ['Response Plan Contents'] : row)))).toBeNull()
    expect(readListUnderLeadIn([...page, ['Budget']])).toBeNull()
  })
})

describe('a lead-in naming the ways the work is done', () => {
  it('reads each paragraph under "… in the following ways:" as an action', () => {
    const read = readListUnderLeadIn([
      ['Keeping the plan on track'],
      ['Nothing here works unless we check it. The committee will follow the plan in the following ways:'],
      ['Quarterly review Every quarter the estates team will compare the meter readings with the targets.'],
      ['Public dashboard The data office will publish the readings online so that staff can follow them.'],
      ['Plan refresh The committee will rewrite the whole plan by June 2029 after hearing from students.'],
    ])
    expect(read?.rows.slice(-3).map((row) => row[0]?.slice(0, 20))).toEqual([
      'Quarterly review Eve',
      'Public dashboard The',
      'Plan refresh The com',
    ])
  })

  it('still leaves a list of ways something happened, with no lead-in of that form, to the other readers', () => {
    expect(
      readListUnderLeadIn([
        ['Keeping the plan on track'],
        ['The committee looked at the plan from several angles:'],
        ['Quarterly review Every quarter the estates team will compare the meter readings with the targets.'],
        ['Public dashboard The data office will publish the readings online so that staff can follow them.'],
        ['Plan refresh The committee will rewrite the whole plan by June 2029 after hearing from students.'],
      ]),
    ).toBeNull()
  })
})

describe('a lead-in naming the period of its list', () => {
  const page = [
    ['Green spaces'],
    ['Our grounds team looks after eleven hectares of lawns, woods and ponds across both sites.'],
    ['Actions for the 2031/32 year include:'],
    ['Planting a new hedge along the 2030 car park'],
    ['Survey the pond life with the biology students'],
    ['Replace the bark paths by March 2032 with gravel'],
    ['Mapped every veteran tree on the estate and shared the map. We also check the paths each spring.'],
  ]

  it('gives each item the end of that period as its target, unless the item names its own deadline', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title.slice(0, 16), a.target.due])).toEqual([
      ['Planting a new h', '2032-07-31'],
      ['Survey the pond ', '2032-07-31'],
      ['Replace the bark', '2032-03-31'],
    ])
  })

  it('leaves out a paragraph of two sentences after a list of phrases', () => {
    expect(
      readListUnderLeadIn(page)
        ?.rows.slice(-3)
        .map((row) => row[0]?.slice(0, 16)),
    ).toEqual(['Planting a new h', 'Survey the pond ', 'Replace the bark'])
  })
})

describe('a work plan whose objectives list stands above the lead-in dating its actions', () => {
  const rows = [
    ['Work plan 2031-2032'],
    ['The plan sets the priorities of the equality office for staff, teaching and outreach.'],
    ['Staff'],
    ['Aimed at objectives:'],
    ['A working climate that is open and safe for everyone.'],
    ['Support for staff who care for others.'],
    ['The actions below are completed by 1 September 2032:'],
    ['Every job advert uses the new standard wording on flexible work.'],
    ['Interview panels have taken the short course on bias in hiring.'],
    ['The carers network meets each term with the head of people.'],
  ]

  it('reads the lines under the last lead-in as the actions, each due by the day it names', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.target.due])).toEqual([
      ['Every job advert uses the new standard wording on flexible work.', '2032-09-01'],
      ['Interview panels have taken the short course on bias in hiring.', '2032-09-01'],
      ['The carers network meets each term with the head of people.', '2032-09-01'],
    ])
  })

  it('reads a lead-in written in Dutch the same way', () => {
    const dutch = rows.map((row) =>
      row[0] === 'The actions below are completed by 1 September 2032:'
        ? ['Onderstaande acties zijn gerealiseerd op 1 september 2032:']
        : row,
    )
    expect(tableToPlan(dutch).plan.actions.map((a) => a.target.due)).toEqual([
      '2032-09-01',
      '2032-09-01',
      '2032-09-01',
    ])
  })
})
