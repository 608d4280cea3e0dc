import { describe, expect, it } from 'vitest'
import { membersOpeningItem, rollOfMinutes } from './membersOpeningItem'
import { tableToPlan } from './tableToPlan'

describe('membersOpeningItem: members on the roll opening an item as its subject', () => {
  const present = new Set(['greta', 'ole', 'inès', 'tomas'])

  it.each([
    ['Greta bestellt die neuen Schlüssel', ['Greta']],
    ['Ole, Tomas und Fenja räumen den Keller auf', ['Ole', 'Tomas', 'Fenja']],
    ['Inès envoie le devis au trésorier', ['Inès']],
    ['Tomas et Inès préparent la salle', ['Tomas', 'Inès']],
  ])('reads %s as owned by %j', (title, owners) => {
    expect(membersOpeningItem(title, present)).toEqual(owners)
  })

  it.each([
    // A capitalised noun no one on the roll is called, then a lower-case word.
    'Holz wird vom Verein gekauft',
    // Names no one on the roll has.
    'Fenja und Jonas bringen Stühle',
    // A name in full before a capitalised word, and a name not opening the item.
    'Greta Berg Bestellung offen',
    'Der Schlüssel liegt bei Greta',
    // Too many names for one subject.
    'Greta, Ole, Tomas, Inès und Fenja kommen',
  ])('reads no owner in %s', (title) => {
    expect(membersOpeningItem(title, present)).toEqual([])
  })

  it('reads nothing without a roll', () => {
    expect(membersOpeningItem('Greta bestellt die Schlüssel', new Set())).toEqual([])
  })

  it('owns the bulleted items of minutes whose roll names them', () => {
    const { plan } = tableToPlan([
      ['Protokoll Werkstatttreffen'],
      ['Anwesend: Greta, Ole, Tomas'],
      ['= Werkzeug ='],
      [' * Greta bestellt einen neuen Akkuschrauber'],
      [' * Ole und Tomas sortieren die Schrauben'],
      [' * Holz wird gekauft'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners])).toEqual([
      ['Greta bestellt einen neuen Akkuschrauber', ['Greta']],
      ['Ole und Tomas sortieren die Schrauben', ['Ole', 'Tomas']],
      ['Holz wird gekauft', []],
    ])
  })

  it('reads a long page of near misses quickly and wholly', () => {
    const title = `${'Holz und '.repeat(5_000)}wird gekauft`
    expect(membersOpeningItem(title, present)).toEqual([])
  })
})

describe('rollOfMinutes: the roll of notes kept in Markdown', () => {
  it('reads the bulleted names under a roll heading, and a labelled roll', () => {
    expect(
      rollOfMinutes([
        ['## Meeting notes'],
        ['### Attendees'],
        ['* Bryn'],
        ['* Elin Ward'],
        ['### Apologies'],
        ['* Tilda- away at a conference'],
      ]),
    ).toEqual(new Set(['bryn', 'elin']))
    expect(rollOfMinutes([['Present: Ana Cruz, Bo Lind']])).toEqual(new Set(['ana', 'bo']))
  })

  it('reads no roll from bullets under any other heading', () => {
    expect(rollOfMinutes([['### Agenda'], ['* Budget'], ['* Website']])).toEqual(new Set())
  })

  it('owns "Name to …" items of such notes by the members they open with', () => {
    const { plan } = tableToPlan([
      ['## Team meeting'],
      ['### Attendees'],
      ['* Bryn'],
      ['* Elin'],
      ['### Website'],
      ['* Elin to review the profile pages'],
      ['* Bryn adding the missing links'],
      ['* Review the menu before launch'],
    ])
    expect(plan.actions.slice(-3).map((a) => a.owners)).toEqual([['Elin'], ['Bryn'], []])
  })
})
