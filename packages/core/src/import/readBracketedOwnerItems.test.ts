import { describe, expect, it } from 'vitest'
import { readBracketedOwnerItems } from './readBracketedOwnerItems'
import { tableToPlan } from './tableToPlan'

describe('a one-column list of work items, "[owner] action: STATE"', () => {
  const rows = [
    ['Lab tooling working group: plans for the spring cycle'],
    ['Last cycle took on too much, so this list is short.'],
    ['Work items:'],
    ['[mgreen] write a setup guide for the new fume cupboards: TODO'],
    ['[tkaur, ojones] move the booking sheet to the shared drive: DONE'],
    ['[mgreen] ask estates to fit a second sink: INPROGRESS'],
    ['[pbell] link the guide from the induction page TODO'],
    ['[ojones] book the annual calibration: TODO TODO'],
  ]

  it('reads each item as an action, the bracket as its owners and the state as its status', () => {
    const { plan, explanation } = tableToPlan(rows)
    expect(plan.actions.map((a) => ({ title: a.title, owners: a.owners, state: a.status.state }))).toEqual([
      { title: 'write a setup guide for the new fume cupboards', owners: ['mgreen'], state: 'not-started' },
      { title: 'move the booking sheet to the shared drive', owners: ['tkaur', 'ojones'], state: 'complete' },
      { title: 'ask estates to fit a second sink', owners: ['mgreen'], state: 'in-progress' },
      { title: 'link the guide from the induction page', owners: ['pbell'], state: 'not-started' },
      { title: 'book the annual calibration', owners: ['ojones'], state: 'not-started' },
    ])
    expect(plan.title).toBe('Lab tooling working group: plans for the spring cycle')
    expect(explanation.columns[0]?.evidence).toContain('[owner]')
  })

  it('keeps a colon inside the action when no state follows it', () => {
    const read = readBracketedOwnerItems([
      ['[mgreen] agree two things: the rota and the budget'],
      ['[pbell] order spare gloves for the teaching lab: DONE'],
    ])
    expect(read?.rows.slice(1)).toEqual([
      ['agree two things: the rota and the budget', 'mgreen', ''],
      ['order spare gloves for the teaching lab', 'pbell', 'Done'],
    ])
  })

  it('is not used for one bracketed line, a bracketed placeholder, or a table of several columns', () => {
    expect(
      readBracketedOwnerItems([['Plans'], ['[mgreen] write a setup guide: TODO'], ['Thanks all.']]),
    ).toBeNull()
    expect(readBracketedOwnerItems([['[Photo]'], ['[Map of the site]'], ['Our plan']])).toBeNull()
    expect(
      readBracketedOwnerItems([
        ['[mgreen] write a setup guide: TODO', 'May 2025'],
        ['[pbell] order spare gloves: DONE', 'June 2025'],
      ]),
    ).toBeNull()
  })
})

describe('a ticked task-list box is not a bracketed owner', () => {
  it('leaves "[x] …" items to the task-list reader', () => {
    expect(
      readBracketedOwnerItems([['Roadmap'], ['[x] Ship the first release'], ['[x] Write the user guide']]),
    ).toBeNull()
  })
})

describe("bracketed items each followed by a progress line, as minutes review the last meeting's actions", () => {
  const rows = [
    ['Garden club committee, 4 March'],
    ['Actions from last time'],
    ['[Priya] Ask the council about a second water butt'],
    ['Still open, waiting on a reply'],
    ['[Tom, Jo] Repaint the shed door'],
    ['✅'],
    ['[Anyone with a van] Take the old benches to the tip'],
    [''],
    ['[Jo] Price up new seed trays'],
    ['Not done'],
  ]

  it('reads each progress line as the status of the item above it', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => ({ title: a.title, owners: a.owners, state: a.status.state }))).toEqual([
      { title: 'Ask the council about a second water butt', owners: ['Priya'], state: 'in-progress' },
      { title: 'Repaint the shed door', owners: ['Tom', 'Jo'], state: 'complete' },
      { title: 'Take the old benches to the tip', owners: ['Anyone with a van'], state: 'unknown' },
      { title: 'Price up new seed trays', owners: ['Jo'], state: 'not-started' },
    ])
  })

  it('ends the list at a second line that is not an item, and reads no progress where no item has any', () => {
    const read = readBracketedOwnerItems([
      ['[Priya] Ask the council about a water butt'],
      ['Waiting on a reply'],
      ['[Tom] Repaint the shed door'],
      ['Done'],
      ['Any other business'],
      ['The next meeting is in April.'],
    ])
    expect(read?.rows.slice(1)).toEqual([
      ['Ask the council about a water butt', 'Priya', 'Waiting on a reply'],
      ['Repaint the shed door', 'Tom', 'Done'],
      ['Any other business'],
      ['The next meeting is in April.'],
    ])
    const plain = readBracketedOwnerItems([
      ['[Priya] Ask the council about a water butt'],
      ['[Tom] Repaint the shed door'],
      ['[Jo] Price up new seed trays'],
      ['Thanks all for coming.'],
    ])
    expect(plain?.rows.slice(1).map((row) => row[2])).toEqual(['', '', '', undefined])
  })
})

describe('a plain list of contacts, most with the one to ask them in brackets', () => {
  const rows = [
    ['Allotment society meeting, spring'],
    ['Who tells which neighbours about the open day:'],
    ['[Maya] Residents association'],
    ['[Dev?] Library'],
    ['Local primary schools (both of them)'],
    ['[Maya] Scouts'],
    ['[??] Parish newsletter'],
    ['[Dev] Food bank volunteers'],
  ]

  it('reads one-word items, an unsure owner as named, "[??]" and a line with no bracket as items without owners', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Residents association', ['Maya']],
      ['Library', ['Dev']],
      ['Local primary schools (both of them)', []],
      ['Scouts', ['Maya']],
      ['Parish newsletter', []],
      ['Food bank volunteers', ['Dev']],
    ])
  })

  it('ends the list at a line that no item follows', () => {
    const read = readBracketedOwnerItems([...rows, ['Next meeting in May']])
    expect(read?.rows.at(-1)).toEqual(['Next meeting in May'])
  })
})

describe('action items tagged "[AI]" with the owner in round brackets after the tag', () => {
  const rows = [
    ['Allotment society call, 4 May'],
    ['New action items'],
    ['[AI] (Priya) will ask the council about the water trough.'],
    ['[AI] (Everyone) with spare seedlings, bring them to the June swap.'],
    ['Older action items'],
    ['[AI] (Tom) will mend the gate by the compost bays.'],
    ['[AI] send shed rota ideas to the list.'],
  ]

  it('reads the round bracket as the owner, the tag as no owner, and skips the heading between the runs', () => {
    const { plan } = tableToPlan(rows)
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['will ask the council about the water trough.', ['Priya']],
      ['with spare seedlings, bring them to the June swap.', ['Everyone']],
      ['will mend the gate by the compost bays.', ['Tom']],
      ['send shed rota ideas to the list.', []],
    ])
  })

  it('keeps a bracketed name that is not a tag as the owner, round brackets and all in the title', () => {
    const read = readBracketedOwnerItems([
      ['[Ali] (urgent) fix the leaking tap in the hut'],
      ['[Bea] order more canes'],
    ])
    expect(read?.rows.slice(1)).toEqual([
      ['(urgent) fix the leaking tap in the hut', 'Ali', ''],
      ['order more canes', 'Bea', ''],
    ])
  })

  it('ends the list at a heading line that no item follows', () => {
    const read = readBracketedOwnerItems([...rows, ['Other action items'], ['Next call in June']])
    expect(read?.rows.at(-2)).toEqual(['Other action items'])
  })
})
