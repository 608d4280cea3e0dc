import { describe, expect, it } from 'vitest'
import { ownersOpeningActionItem } from './ownersOpeningActionItem'
import { tableToPlan } from './tableToPlan'

// Minutes that record each item's discussion, then who takes it on after an "Action item" label.
describe('an "Action item" label inside an item naming who takes it on', () => {
  it.each([
    ['Guest speaker for spring. Action item – Priya to write to the society.', ['Priya']],
    ['Hall booking –Action point: Tom and Ana to check the dates for May.', ['Tom', 'Ana']],
    ['Action: Lee Park to draft the grant bid', ['Lee Park']],
    [
      'New signs for the reserve. Action item - Ben, Ola and Kit to price three designs.',
      ['Ben', 'Ola', 'Kit'],
    ],
    ['The transaction: costs were agreed with the bank.', []],
    ['Action item – write to the council about the footpath.', []],
    ['Action item – Each member to bring a plant.', []],
    ['Our interaction - Sam to call the club', []],
  ])('%s', (title, owners) => {
    expect(ownersOpeningActionItem(title, 'Item')).toEqual(owners)
  })

  it('gives the item to the person named after the label, in a page of numbered minutes', () => {
    const { plan } = tableToPlan([
      ['Committee meeting, 4 March'],
      ['Items from last month'],
      ['1. Guest speaker for spring. Action item – Priya to write to the society.'],
      ['2. Hall booking –Action point: Tom and Ana to check the dates for May.'],
      ['3. Bird boxes for the school were fitted and the school has thanked us.'],
    ])
    expect(plan.actions.map((a) => [a.ref, a.owners])).toEqual([
      ['1', ['Priya']],
      ['2', ['Tom', 'Ana']],
      ['3', []],
    ])
  })
})
