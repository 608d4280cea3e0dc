import { describe, expect, it } from 'vitest'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { pageLines } from './oneColumnRecords'
import { readNumberedHeadingsOverProse } from './readNumberedHeadingsOverProse'
import { tableToPlan } from './tableToPlan'

// A research institute's pledge page: each pillar a numbered heading over its pledge and a note.
const pillarPage = [
  ['Our pledge to technical staff'],
  ['As a signatory we promise four things:'],
  ['1. Visibility'],
  ['We will list every technician by name on the institute’s web pages.'],
  ['2. Recognition'],
  ['We will pay the fees of technicians who register with a professional body.'],
  ['Two local societies already waive their first year’s fee', ' which helps.'],
  ['3. Career development'],
  ['We will publish a career map for each technical role.'],
  ['4. Sustainability'],
  ['We will take on two apprentices each year.'],
]

// A museum's learning strategy: each labelled heading an action, its sentences and labelled points below it.
const actionPage = [
  ['Learning strategy in detail'],
  ['2a: Widen access'],
  ['We will open the study rooms to school groups on weekdays.'],
  ['2b: Share collections'],
  ['We will lend objects to partners, through:'],
  ['• Loans: Lending handling boxes to primary schools.'],
  ['• Touring: Sending a small display around county libraries.'],
  ['2c: Listen to visitors'],
  ['We will ask visitors what they want to learn about.'],
]

describe('readNumberedHeadingsOverProse', () => {
  it('reads the line under a pillar heading as the action, in that pillar, cited by the heading number', () => {
    const { plan } = tableToPlan(pillarPage)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 24), a.pillars])).toEqual([
      ['1', 'We will list every techn', ['V']],
      ['2', 'We will pay the fees of ', ['R']],
      ['3', 'We will publish a career', ['C']],
      ['4', 'We will take on two appr', ['S']],
    ])
    // The note under the pledge (cut into two cells at a comma) is its description, not an action.
    expect(plan.actions[1]?.description).toBe(
      'Two local societies already waive their first year’s fee, which helps.',
    )
    expect(plan.title).toBe('Our pledge to technical staff')
  })

  it('reads any other heading as the action, with its sentences and labelled points as the description', () => {
    const { plan } = tableToPlan(actionPage)
    expect(plan.actions.map((a) => [a.ref, a.title])).toEqual([
      ['2a', 'Widen access'],
      ['2b', 'Share collections'],
      ['2c', 'Listen to visitors'],
    ])
    expect(plan.actions[1]?.description).toContain('Loans: Lending handling boxes')
  })

  it('is not this layout for themes over bulleted actions, lists out of order, or too few headings', () => {
    const themes = [
      ['1. Recruitment'],
      ['We will:'],
      ['- Advertise every post widely'],
      ['2. Training'],
      ['We will:'],
      ['- Fund a course'],
      ['3. Pay'],
      ['We will:'],
      ['- Review grades'],
    ]
    expect(readNumberedHeadingsOverProse(themes, technicianCommitment)).toBeNull()
    const skipped = pillarPage.filter((row) => row[0] !== '2. Recognition')
    expect(readNumberedHeadingsOverProse(skipped, technicianCommitment)).toBeNull()
    expect(readNumberedHeadingsOverProse(actionPage.slice(0, 7), technicianCommitment)).toBeNull()
    expect(readNumberedHeadingsOverProse([['1. Visibility', 'We will …']], technicianCommitment)).toBeNull()
  })
})

describe('pageLines', () => {
  it('joins a line cut at an unquoted comma only when asked, and only while few lines are cut', () => {
    const page = [['Plan'], ['Open a vital', ' new lab'], ['Hire'], ['Train']]
    expect(pageLines(page)).toBeNull()
    expect(pageLines(page, 'join')?.[1]).toEqual({ index: 1, text: 'Open a vital, new lab' })
    expect(pageLines([['a', 'b'], ['c', 'd'], ['e']], 'join')).toBeNull()
  })
})
