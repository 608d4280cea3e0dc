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
