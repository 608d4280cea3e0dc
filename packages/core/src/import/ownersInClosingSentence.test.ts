import { describe, expect, it } from 'vitest'
import { ownersInClosingSentence } from './ownersInClosingSentence'

describe('ownersInClosingSentence', () => {
  it.each([
    ['Summer talks. Ana Lee and Tom Ode.', ['Ana Lee', 'Tom Ode']],
    ['Roof repairs to the barn. Hall Committee.', ['Hall Committee']],
    ['Oral history recordings. Led by Priya Shah.', ['Priya Shah']],
  ])('reads the names closing %s', (title, owners) => {
    expect(ownersInClosingSentence(title)).toEqual(owners)
  })

  it.each([
    // A status, a date or a sentence with ordinary words names no one.
    ['Fix the gate. Done.'],
    ['Fix the gate. Next spring.'],
    ['Bike stores. Residents asked for more.'],
    // One sentence only: nothing closes it.
    ['Hall Committee.'],
    // One capitalised word could be a topic as well as a body.
    ['Open days for schools. Wellbeing.'],
  ])('reads no owner in %s', (title) => {
    expect(ownersInClosingSentence(title)).toEqual([])
  })

  it('stays linear on a long line of full stops', () => {
    expect(ownersInClosingSentence(`${'Ana. '.repeat(20_000)}tail words here`)).toEqual([])
  })
})
