import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// Layouts met in round 8 on the round-7 held-out set of examples/data/unseen, each in a small table of our own.

describe('a one-column tracker: "Commitment N", its title, then label lines each over one value line', () => {
  const tracker = [
    ['Housing repairs: our pledges'],
    ['Commitment 12'],
    ['Answer every damp report within ten working days'],
    ['Lead'],
    ['Housing Partnerships.'],
    ['Where we are'],
    ['A new reporting form went live in March 2024.'],
    ['Next steps'],
    ['We will train the call centre staff on the new form.'],
    ['When this will happen'],
    ['Training starts in June 2026 and ends in September 2026.'],
    ['Commitment 13'],
    ['Publish repair times for each estate'],
    ['Lead'],
    ['Housing Partnerships and Legal Services.'],
    ['Where we are'],
    ['Figures for two estates are ready.'],
    ['Next steps'],
    ['The remaining estates will follow.'],
    ['When this will happen'],
    ['The first table is due in October 2026.'],
  ]

  it('reads one action per commitment, its number as the ref, its lead as owners and its due from the when line', () => {
    const { plan } = tableToPlan(tracker)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.target.due])).toEqual([
      ['12', 'Answer every damp report within ten working days', ['Housing Partnerships'], '2026-09-30'],
      [
        '13',
        'Publish repair times for each estate',
        ['Housing Partnerships', 'Legal Services'],
        '2026-10-31',
      ],
    ])
  })

  it('takes a short line the page repeats before every action ("Next steps") as a label, not as an action', () => {
    const { plan } = tableToPlan(tracker)
    expect(plan.actions[0]?.extra).toEqual([
      { column: 'Where we are', value: 'A new reporting form went live in March 2024.' },
      { column: 'Next steps', value: 'We will train the call centre staff on the new form.' },
    ])
  })
})

describe('a one-column page whose action sits under a label repeated for every action ("Our commitment")', () => {
  const page = [
    ['Accessible services plan 2024'],
    ['Part 1 Customer service'],
    ['Rule 7 Every provider shall train its staff.'],
    ['Our commitment'],
    ['Front desk staff trained in accessible service.'],
    ['Status'],
    ['Completed March 2024'],
    ['Our commitment'],
    ['Training repeated for every new starter.'],
    ['Status'],
    ['Completed and ongoing, last checked: June 2024'],
    ['Part 2 Information'],
    ['Our commitment'],
    ['Large print forms offered at every branch.'],
    ['Status'],
    ['In progress'],
  ]

  it('reads one action per labelled line, and each status under it', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Front desk staff trained in accessible service.', 'complete'],
      ['Training repeated for every new starter.', 'complete'],
      ['Large print forms offered at every branch.', 'in-progress'],
    ])
  })

  it('reports the lines between the actions (a part heading, a rule) as sections, not actions', () => {
    const { explanation } = tableToPlan(page)
    expect(explanation.rows.filter((row) => row.kind === 'section').map((row) => row.row)).toEqual([12])
  })

  it("with no target column, dates the finish from the status's first clause only", () => {
    const { plan, issues } = tableToPlan(page)
    expect(plan.actions.map((a) => a.target.due)).toEqual(['2024-03-31', null, null])
    expect(issues.filter((issue) => issue.code === 'target-from-status').map((issue) => issue.row)).toEqual([
      5,
    ])
  })
})

describe('a label the page repeats that names no field', () => {
  it('is not taken as a field of the action above when it repeats within one action', () => {
    const { plan } = tableToPlan([
      ['Our plan'],
      ['Safer stairs'],
      ['Our pledge'],
      ['Handrails fitted on both sides.'],
      ['Status'],
      ['Done'],
      ['Our pledge'],
      ['Treads marked in a bright colour.'],
      ['Status'],
      ['In progress'],
      ['Better lifts'],
      ['Our pledge'],
      ['A second lift in the library.'],
      ['Status'],
      ['Not started'],
    ])
    expect(plan.actions.map((a) => a.title)).not.toContain('Safer stairs')
  })
})

describe('an action cell of an aim sentence over bulleted items', () => {
  it('reads each bullet as an action, the aim sentence heading them, not an action itself', () => {
    const { plan } = tableToPlan([
      ['Theme', 'Actions'],
      [
        'Fair pay',
        'Close the pay gap, publish our data and explain every grade.\n• Annual equal pay audit.\n• Grade descriptors on the website.\n• Pay panel with two external members.',
      ],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Annual equal pay audit.',
      'Grade descriptors on the website.',
      'Pay panel with two external members.',
    ])
  })

  it('keeps a short heading over its bullets as one action whose bullets are its steps', () => {
    const { plan } = tableToPlan([
      ['Objective', 'Timescale'],
      ['Pay audit.\n• Collect the grade data\n• Publish the audit', 'May 2026'],
    ])
    expect(plan.actions).toHaveLength(1)
  })

  it('keeps a lead line ending in a colon over lower-case bullets as one action', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ['Run a series of lunchtime workshops for staff:\n• on careers\n• on wellbeing', 'HR'],
    ])
    expect(plan.actions).toHaveLength(1)
  })
})

describe('a bulleted item that opens with its name in quotes, then a dash and what it means', () => {
  const page = [
    ['Our equality objectives'],
    ['We refreshed our objectives after talking to staff networks this spring.'],
    [
      "• 'Inclusive recruitment' - Every shortlist will be reviewed by a trained panel member from next year.",
    ],
    ['• “Accessible wards” – We will fit hearing loops and clearer signs on every ward.'],
    ['• ‘Staff voice’: Networks will meet the board twice a year.'],
  ]

  it('takes the quoted name as the title and the text after the dash or colon as the description', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.description])).toEqual([
      ['Inclusive recruitment', 'Every shortlist will be reviewed by a trained panel member from next year.'],
      ['Accessible wards', 'We will fit hearing loops and clearer signs on every ward.'],
      ['Staff voice', 'Networks will meet the board twice a year.'],
    ])
  })

  it('leaves a quotation that is not followed by a dash or colon in the title', () => {
    const { plan } = tableToPlan([
      ['Action', 'Lead'],
      ["'Ask us' cards placed on every reception desk", 'Comms team'],
    ])
    expect(plan.actions[0]?.title).toBe("'Ask us' cards placed on every reception desk")
  })
})

describe('a prose page whose plan is one sentence listing the work it promises', () => {
  const page = [
    ['Home / Staff / Wellbeing plan'],
    ['Wellbeing at the institute'],
    ['Last year we ran a staff survey and 80 colleagues told us how supported they felt at work.'],
    ['In 2023 we opened a quiet room, and the survey showed that it was used by many colleagues.'],
    [
      'The Wellbeing Group will be running a programme of work this year including, training mental health first aiders, reviewing our flexible working policy and launching a peer support scheme.',
    ],
  ]

  it('reads each listed piece of work as an action, owned by the body the sentence names', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['training mental health first aiders', ['Wellbeing Group']],
      ['reviewing our flexible working policy', ['Wellbeing Group']],
      ['launching a peer support scheme', ['Wellbeing Group']],
    ])
  })

  it('keeps "and" inside a piece when the word after it is no verb in -ing', () => {
    const { plan } = tableToPlan([
      ['Our plan'],
      [
        'The Library Team will improve its services such as updating the catalogue and search pages, and running more workshops.',
      ],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'updating the catalogue and search pages',
      'running more workshops',
    ])
  })

  it('is not read on a page with bulleted items, nor from a list that is not of -ing pieces', () => {
    const bulleted = tableToPlan([...page, ['• Publish the survey results.']]).plan.actions.map(
      (a) => a.title,
    )
    expect(bulleted).not.toContain('training mental health first aiders')
    const nouns = tableToPlan([
      ['Our plan'],
      [
        'The Library Team will buy new kit this year, including laptops, scanners and printers for every floor.',
      ],
    ]).plan.actions.map((a) => a.title)
    expect(nouns).not.toContain('laptops')
  })
})
