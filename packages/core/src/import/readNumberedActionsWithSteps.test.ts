import { describe, expect, it } from 'vitest'
import { readNumberedActionsWithSteps } from './readNumberedActionsWithSteps'
import { tableToPlan } from './tableToPlan'

describe('a one-column list of numbered actions, each over its own steps', () => {
  const rows = [
    ['Technical services plan 2025/26'],
    ['Besides our routine work, these projects were chosen for the year.'],
    ['1. Refit the teaching laboratory'],
    ['- Agree the budget with estates'],
    ['- Order the new benches'],
    ['2. Recruit two technical apprentices'],
    ['● Write the adverts with HR'],
    ['3. Publish a workshop safety guide'],
    ['- Draft it with the safety officer'],
    ['- Print copies for each workshop'],
  ]

  it('reads the numbered items as the actions and their steps as the description', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['1', 'Refit the teaching laboratory'],
      ['2', 'Recruit two technical apprentices'],
      ['3', 'Publish a workshop safety guide'],
    ])
    expect(plan.actions[0]?.description).toBe('Agree the budget with estates\nOrder the new benches')
    expect(plan.title).toBe('Technical services plan 2025/26')
    expect(explanation.columns[0]?.evidence).toContain('each over its own steps')
  })

  it('joins back a step cut at an unquoted comma', () => {
    const cut = [...rows.slice(0, 3), ['- Agree the budget', ' timetable and contractor'], ...rows.slice(4)]
    expect(tableToPlan(cut).plan.actions[0]?.description).toBe(
      'Agree the budget, timetable and contractor\nOrder the new benches',
    )
  })

  it('leaves numbered themes over bulleted actions, and items without steps, to the usual reading', () => {
    const themes = [
      ['1. Recruitment'],
      ['- Advertise every technical post on two job boards'],
      ['2. Training: new starters'],
      ['- Give every new technician a mentor'],
      ['3. Recognition'],
      ['- Nominate technicians for the university awards'],
      ['4. Engagement with the wider community'],
      ['- Nominate technicians for the annual awards'],
    ]
    expect(readNumberedActionsWithSteps(themes)).toBeNull()
    expect(tableToPlan(themes).plan.actions.map((a) => a.title)).toContain(
      'Advertise every technical post on two job boards',
    )
    expect(
      readNumberedActionsWithSteps([...rows.slice(0, 5), ...rows.slice(5, 6), ...rows.slice(7)]),
    ).toBeNull()
    expect(readNumberedActionsWithSteps([...rows, ['Contact the office with questions.']])).toBeNull()
  })

  it('reads a strategy\'s "Action 01:" items over their dated commitments, with themes and lead-ins between', () => {
    const page = [
      ['Part 4: our commitments'],
      ['Theme: Better buildings'],
      ['Action 01: Every faculty will appoint a sustainability lead'],
      ['- leads will be named in each faculty plan'],
      ['- leads will meet the estates team every term'],
      ['Action 02: Heating in the older halls will be replaced by heat pumps'],
      ['- surveys will be finished by June 2026'],
      ['The estates office will:'],
      ['- replace the boilers in two halls by March 2028'],
      ['Theme: Travel'],
      ['Action 03: Staff travel will favour trains over flights'],
      ['- the travel policy will be revised'],
    ]
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.target.due])).toEqual([
      ['01', 'Every faculty will appoint a sustainability lead', null],
      ['02', 'Heating in the older halls will be replaced by heat pumps', '2028-03-31'],
      ['03', 'Staff travel will favour trains over flights', null],
    ])
    expect(plan.actions[1]?.description).toContain('The estates office will:')
    // A line that is neither a theme over the next action nor a lead-in ends the reading.
    expect(
      readNumberedActionsWithSteps([
        ...page.slice(0, 6),
        ['Costs are set out in annex B.'],
        ...page.slice(6),
      ]),
    ).toBeNull()
  })
})

describe('numbered commitments introduced as the actions', () => {
  const page = [
    ['Our inclusion pledge'],
    ['We, the members of the soil ecology group, commit to the following actions:'],
    ['1. Reading group on access and inclusion, termly'],
    ['* choose readings by vote'],
    ['2. A welcome buddy for every new starter'],
    ['* buddies rotate each term'],
    ['3. Summer student places advertised in every school'],
    ['* adverts go to every department'],
  ]

  it('reads every numbered item as an action, however it is worded, its bullets as its description', () => {
    const { plan } = tableToPlan(page)
    expect(plan.actions.map((a) => [a.ref, a.title, a.description])).toEqual([
      ['1', 'Reading group on access and inclusion, termly', 'choose readings by vote'],
      ['2', 'A welcome buddy for every new starter', 'buddies rotate each term'],
      ['3', 'Summer student places advertised in every school', 'adverts go to every department'],
    ])
  })

  it('keeps reading such items as themes when the lead-in does not call them actions', () => {
    expect(readNumberedActionsWithSteps([page[0]!, ['Our areas of work:'], ...page.slice(2)])).toBeNull()
  })
})

describe('numbered actions arising in minutes, most opening with "action" and their owners', () => {
  const rows = [
    ['Committee notes, 4 May'],
    ['What we agreed to do'],
    ['Carried over from April:'],
    ['1. action KM: chase the printer quote'],
    ['2. action KM, JT: draft the newsletter'],
    ['- first draft circulated'],
    ['3. Review of the rota: check in June how it went'],
    ['4. Action RB: renew the room booking'],
    ['- action JT: post the dates on the website'],
    ['5. action all: read the policy before the next meeting'],
  ]

  it('reads every numbered item as an action, its notes as description, a labelled note as one more action', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.ref, a.title, a.owners, a.description ?? ''])).toEqual([
      ['1', 'action KM: chase the printer quote', ['KM'], ''],
      ['2', 'action KM, JT: draft the newsletter', ['KM', 'JT'], 'first draft circulated'],
      ['3', 'Review of the rota: check in June how it went', [], ''],
      ['4', 'Action RB: renew the room booking', ['RB'], ''],
      ['4', 'action JT: post the dates on the website', ['JT'], ''],
      ['5', 'action all: read the policy before the next meeting', ['all'], ''],
    ])
  })

  it('needs most items to open with "action"', () => {
    const plain = rows.map((row) => [row[0]!.replace(/^(\d\. )[Aa]ction \w+(, \w+)?: /, '$1')])
    expect(readNumberedActionsWithSteps(plain)).toBeNull()
  })
})
