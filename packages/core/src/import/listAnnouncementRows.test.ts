import { describe, expect, it } from 'vitest'
import { listAnnouncementRows } from './listAnnouncementRows'
import { tableToPlan } from './tableToPlan'

// A charity's page of the milestones agreed with a funder: a sentence announcing the list, then the milestones.
describe('a sentence announcing the list below it', () => {
  it('is not read as an action', () => {
    const { plan } = tableToPlan([
      ['Community orchard: funded milestones'],
      ['Below are the milestones we have agreed with the trust, with the sums paid on each.'],
      ['Plant the first forty fruit trees'],
      ['Build a tool store beside the gate'],
      ['Run two pruning workshops for volunteers'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Plant the first forty fruit trees',
      'Build a tool store beside the gate',
      'Run two pruning workshops for volunteers',
    ])
  })

  it.each([
    ['Our priorities for the year are as follows.', true],
    ['Following are the draft actions and their dates.', true],
    ['To meet this goal, here are the steps the team will take.', true],
    ['The following sets out the key dates for the release.', true],
    ['We are committed to the following work over two years.', true],
    ['Implement the following changes to the rota', false],
    ['Publish the results below the survey form', false],
  ])('reads %j as an announcement: %j', (line, want) => {
    expect(listAnnouncementRows([['Plan'], [line], ['Hold a forum']], 1)).toEqual(want ? [1] : [])
  })

  it('leaves a last line alone, with nothing below it to announce', () => {
    expect(listAnnouncementRows([['Plan'], ['Hold a forum'], ['Our priorities are as follows.']], 1)).toEqual(
      [],
    )
  })
})
