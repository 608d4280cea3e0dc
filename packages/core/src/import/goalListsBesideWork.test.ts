import { describe, expect, it } from 'vitest'
import { goalListsBesideWork } from './goalListsBesideWork'
import { listsUnderLeadIns } from './listsUnderLeadIns'
import { tableToPlan } from './tableToPlan'

const lines = (...texts: string[]) => texts.map((text) => [text])

describe('goalListsBesideWork', () => {
  it.each([
    [
      'labelled as the focal points of the plan beside the measures it lists',
      lines(
        'Focal points of the 2031 Access Plan',
        '• Step-free buildings',
        '• Clear signage',
        'Measures of the 2031 Access Plan',
        '• Ramp at the library entrance (#4)',
        '• Braille labels on every lift (#9)',
      ),
      ['Focal points of the 2031 Access Plan'],
    ],
    [
      'labelled "Our aims" beside a list of the work',
      lines(
        'Our aims',
        '- A fairer school',
        '- Happier staff',
        'This term',
        '- Run a staff survey',
        '- Train every governor',
      ),
      ['Our aims'],
    ],
    [
      'counted by a lead-in ("has three overarching goals:")',
      lines(
        'The plan has two overarching goals:',
        '1. A fairer school',
        '2. Happier staff',
        'So far we have delivered:',
        '• A staff survey',
        '• Training for every governor',
      ),
      ['The plan has two overarching goals:'],
    ],
    [
      'labelled "Initial Goals" beside work listed under an owner',
      lines(
        'Initial Goals',
        '• More women in senior posts',
        '• Fair pay',
        'Human Resources',
        '• Audit pay each year',
        '• Publish the audit',
      ),
      ['Initial Goals'],
    ],
    [
      'alone on the page, where the goals are the actions',
      lines('Our goals', '- Run a survey', '- Train governors'),
      [],
    ],
    [
      'beside a list of one item only',
      lines('Our goals', '- Run a survey', '- Train governors', 'Contact', '- Ask the office'),
      [],
    ],
    [
      'beside a list that is goals too',
      lines(
        'Our aims',
        '- A fairer school',
        '- Happier staff',
        'Our objectives',
        '- Run a survey',
        '- Train governors',
      ),
      [],
    ],
  ])('a goal list %s', (_, table, leads) => {
    expect(goalListsBesideWork(listsUnderLeadIns(table, 0)).map((list) => list.lead)).toEqual(leads)
  })

  it('imports the work, not the goals above it', () => {
    const { plan } = tableToPlan(
      lines(
        'Wellbeing strategy',
        'Our aim',
        '• We want every student to know where to find help.',
        '• We want staff to feel able to talk about mental health.',
        'What we want to do in future',
        '• We will publish a guide to support services.',
        '• We will train every personal tutor.',
      ),
    )
    expect(plan.actions.map((action) => action.title)).toEqual([
      'We will publish a guide to support services.',
      'We will train every personal tutor.',
    ])
  })

  it('keeps objectives named as work to come ("Key objectives for the future")', () => {
    const table = lines(
      'Done so far:',
      '• A staff survey',
      '• A new mentoring scheme',
      'Key objectives for the future include:',
      '• Train every line manager',
      '• Review the workload model',
    )
    expect(goalListsBesideWork(listsUnderLeadIns(table, 0))).toEqual([])
  })
})
