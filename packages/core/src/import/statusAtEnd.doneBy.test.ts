import { describe, expect, it } from 'vitest'
import { statusAtEnd } from './statusAtEnd'
import { tableToPlan } from './tableToPlan'

describe('a task list closing the items it has ticked with who did them ("[checked by Ines]")', () => {
  // [line as written, text left, owners]
  const read: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['Pay the caterer [checked by Ines]', 'Pay the caterer', ['Ines']],
    ['Refund the speaker (done by Ana and Tom)', 'Refund the speaker', ['Ana', 'Tom']],
    ['Return the keys [ticked off by KT/RB]', 'Return the keys', ['KT', 'RB']],
  ]
  it.each(read)('reads %j as done, by whom', (line, text, owners) => {
    const found = statusAtEnd(line, 'habit')
    expect(found?.text).toBe(text)
    expect(found?.state).toBe('complete')
    expect(found?.owners).toEqual(owners)
  })

  // A day is when, not who; a body in lower case, or words that are no name, are no one's mark.
  it.each([
    'Send the invoice (done by Friday)',
    'Book the hall [checked by the treasurer]',
    'Print the tickets [checked by end of May]',
  ])('leaves %j without a done mark', (line) => {
    expect(statusAtEnd(line, 'habit')?.owners).toBeUndefined()
  })

  it('gives the ticked items of a list their owner and status, and the others neither', () => {
    const { plan } = tableToPlan([
      ['Board notes, 2 March'],
      ['Invoices:'],
      ['- Pay the caterer [checked by Ines]'],
      ['- Refund the guest speaker [checked by Ines]'],
      ['- Renew the insurance before April'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Pay the caterer', ['Ines'], 'complete'],
      ['Refund the guest speaker', ['Ines'], 'complete'],
      ['Renew the insurance before April', [], 'unknown'],
    ])
  })
})
