import { describe, expect, it } from 'vitest'
import { foldIncludedParts } from './foldIncludedParts'
import { tableToPlan } from './tableToPlan'

describe('bullets naming the parts of the bullet above them', () => {
  const page = [
    ['Our aims for the year'],
    ['- Hold a welcome day for new starters'],
    ['- Write a starter guide which could include:'],
    ['- Pay, pensions and leave'],
    ['- Who to ask about safety'],
    ['- Map of the site'],
    ['- Write a yearly staffing report. It should cover and include:'],
    ['- Numbers by grade'],
    ['- Turnover by team'],
    ['- Review how the mentoring scheme is working'],
    ['- Review the induction checklist'],
  ].map((line) => [line[0]!])

  it('are parts of that one action, joined onto it', () => {
    const titles = tableToPlan(page).plan.actions.map((a) => a.title)
    expect(titles).toEqual([
      'Hold a welcome day for new starters',
      'Write a starter guide which could include: Pay, pensions and leave; Who to ask about safety; Map of the site',
      'Write a yearly staffing report. It should cover and include: Numbers by grade; Turnover by team',
      'Review how the mentoring scheme is working',
      'Review the induction checklist',
    ])
  })

  it('end at an instruction or a bullet opening with one of the list’s verbs', () => {
    const folded = foldIncludedParts(page)
    expect(folded[9]).toEqual(page[9])
    const instruction = [['- Plan a fair, such as:'], ['- Stalls'], ['- Talks'], ['- Book a hall for it']]
    expect(foldIncludedParts(instruction)[3]).toEqual(['- Book a hall for it'])
    expect(foldIncludedParts(instruction)[0]).toEqual(['- Plan a fair, such as: Stalls; Talks'])
  })

  it('leave a label over actions, and a lone part, as they are', () => {
    const label = [
      ['- Make sure every team knows the policy:'],
      ['- Brief each team'],
      ['- Print the policy'],
    ]
    expect(foldIncludedParts(label)).toBe(label)
    const lone = [['- Run a survey which may include:'], ['- Pay'], ['- Review the survey next year']]
    expect(foldIncludedParts(lone)).toBe(lone)
  })

  it('reads a long page', () => {
    const rows: string[][] = []
    // A word of its own for each part, so that none reads as one of the list's verbs.
    const word = (i: number): string =>
      `Z${[...i.toString(26)].map((d) => 'abcdefghijklmnopqrstuvwxyz'[Number.parseInt(d, 26)]).join('')}`
    for (let i = 0; i < 12_000; i++) {
      rows.push([`- Item ${i} which may include:`], [`- ${word(i)} ${'x '.repeat(20)}`], [`- ${word(i)}y`])
    }
    rows.push([`- ${'include '.repeat(20_000)}:`])
    const folded = foldIncludedParts(rows)
    expect(folded[0]?.[0]).toBe(`- Item 0 which may include: Za ${'x '.repeat(20).trim()}; Zay`)
  })

  describe('a task line with its parts on lines of their own, the bullets lost', () => {
    it('joins the named parts onto the task that works through them', () => {
      const rows = [
        ['Spring 2031'],
        ['Share the draft policy with staff.'],
        ['Test the draft with users including:'],
        ['Student union'],
        ['Library reading groups'],
        ['Disability advisers'],
        ['Autumn 2031'],
        ['Publish the final policy.'],
      ]
      const folded = foldIncludedParts(rows)
      expect(folded[2]).toEqual([
        'Test the draft with users including: Student union; Library reading groups; Disability advisers',
      ])
      expect(folded.slice(3, 8).map((row) => row[0])).toEqual([
        '',
        '',
        '',
        'Autumn 2031',
        'Publish the final policy.',
      ])
    })

    it('ends the parts at a sentence, a task or a period heading', () => {
      const folded = foldIncludedParts([
        ['Collect views via:'],
        ['Online form'],
        ['Drop-in sessions'],
        ['Governors approve the plan.'],
        ['Review the results'],
      ])
      expect(folded.map((row) => row[0])).toEqual([
        'Collect views via: Online form; Drop-in sessions',
        '',
        '',
        'Governors approve the plan.',
        'Review the results',
      ])
    })

    it.each([
      ['a caption over its items', [['Our actions include:'], ['Staff survey'], ['Mentoring scheme']]],
      [
        'tasks under the lead-in',
        [['Improve access via:'], ['Fit ramps to every door'], ['Install a hearing loop']],
      ],
      ['one part only', [['Consult users via:'], ['Online form'], ['Publish the results.']]],
      [
        'long lines under it',
        [
          ['Consult users via:'],
          ['A form that every member of staff fills in online'],
          ['A drop-in session'],
        ],
      ],
    ])('leaves %s as it is', (_, rows) => {
      expect(foldIncludedParts(rows)).toBe(rows)
    })
  })

  it('reads a long page of bare lines', () => {
    const rows: string[][] = []
    for (let i = 0; i < 12_000; i++)
      rows.push([`Consult group ${i} via:`], ['Online form'], ['Drop-in sessions'])
    rows.push([`${'via '.repeat(20_000)}:`])
    const folded = foldIncludedParts(rows)
    expect(folded[3]?.[0]).toBe('Consult group 1 via: Online form; Drop-in sessions')
  })
})
