import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('minutes closing tasks with who took them on, by full name in round brackets', () => {
  const rows = [
    ['Garden club committee, 2 May'],
    ['Tasks from last meeting'],
    ['1. Repaint the greenhouse door before the open day (Ruth Okafor)'],
    ['2. Ask the parish about a second water butt. (Dev Patel)'],
    ['3. Order the seed catalogue for next season (Ruth Okafor)'],
    ['4. Move the compost bins nearer the gate (Ruth and Dev)'],
    ['5. Collect the raffle prizes from the shops (Sam)'],
    ['6. Write up the pruning workshop for the newsletter (Lena Voss)'],
  ]

  it('gives each task the names in its closing bracket, once the page closes three or more so', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['Ruth Okafor'],
      ['Dev Patel'],
      ['Ruth Okafor'],
      ['Ruth', 'Dev'],
      ['Sam'],
      ['Lena Voss'],
    ])
  })

  it('reads no owner from one or two closing brackets, which more often say more about the item', () => {
    const { plan } = tableToPlan([
      ['Garden club committee, 2 May'],
      ['Tasks from last meeting'],
      ['1. Repaint the greenhouse door before the open day (Ruth Okafor)'],
      ['2. Ask the parish about a second water butt (see the map)'],
      ['3. Order the seed catalogue for next season, and ask members what they want to grow (Dev Patel)'],
      ['4. Move the compost bins nearer the gate, as the old spot floods every winter'],
      ['5. Fix the latch on the tool shed before the spring show opens to visitors'],
      ['6. Find a new home for the old rotavator, or sell it at the autumn sale'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[], [], [], [], [], []])
  })

  it('leaves a closing bracket of a thing or a status alone', () => {
    const { plan } = tableToPlan([
      ['Garden club committee, 2 May'],
      ['Tasks from last meeting'],
      ['1. Repaint the greenhouse door before the open day (Ruth Okafor)'],
      ['2. Ask the parish about a second water butt (Dev Patel)'],
      ['3. Order the seed catalogue for next season (Lena Voss)'],
      ['4. Put the rota on the noticeboard (Ongoing)'],
      ['5. Check the hose fittings (June)'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([['Ruth Okafor'], ['Dev Patel'], ['Lena Voss'], [], []])
  })

  it('reads a team named in the closing bracket, in lower case too, once three tasks close with names or teams', () => {
    const { plan } = tableToPlan([
      ['Open day tasks'],
      ['1. Open the booking form for the visitors (web team)'],
      ['2. Write the questions for the speakers (programme committee)'],
      ['3. Agree the prices of the day tickets (Finance Group)'],
      ['4. Print the badges for the helpers before the day'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['web team'],
      ['programme committee'],
      ['Finance Group'],
      [],
    ])
  })

  it('leaves brackets that only mention a team alone, and two team brackets on a page', () => {
    const { plan } = tableToPlan([
      ['Open day tasks'],
      ['1. Put the notes online for everyone (see team page)'],
      ['2. Move the stall nearer the gate (for the whole team)'],
      ['3. Book the coach for the away match (sports team)'],
      ['4. Order the new shirts before the season (kit team)'],
    ])
    expect(plan.actions.map((a) => a.owners)).toEqual([[], [], [], []])
  })
})
