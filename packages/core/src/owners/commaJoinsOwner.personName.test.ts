import { describe, expect, it } from 'vitest'
import { parseOwners } from './parseOwners'

describe('a person named plainly, a comma, then their job title', () => {
  it.each([
    ['Priya Shah, Technical Services Manager', ['Priya Shah, Technical Services Manager']],
    [
      'Tom Okafor, Head of Estates\nLena Berg, Finance Officer',
      ['Tom Okafor, Head of Estates', 'Lena Berg, Finance Officer'],
    ],
    ['Estates Office, Technical Services Manager', ['Estates Office', 'Technical Services Manager']],
    ['Deputy Registrar, Finance Officer', ['Deputy Registrar', 'Finance Officer']],
    ['Priya Shah, Tom Okafor', ['Priya Shah', 'Tom Okafor']],
  ])('%j', (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners)
  })
})
