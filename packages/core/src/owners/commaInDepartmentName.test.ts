import { describe, expect, it } from 'vitest'
import { parseOwners } from './parseOwners'

describe('a comma inside a government department name', () => {
  it.each([
    [
      'Department of Transport, Planning and Local Infrastructure',
      ['Department of Transport, Planning and Local Infrastructure'],
    ],
    ['Ministry of Arts, Heritage, Culture and Sport', ['Ministry of Arts, Heritage, Culture and Sport']],
    [
      'Department of Arts, Sport and Tourism, Tourism Board',
      ['Department of Arts, Sport and Tourism', 'Tourism Board'],
    ],
    ['Department of Transport, Treasury', ['Department of Transport', 'Treasury']],
    [
      'Department of Transport, Regional Health Service',
      ['Department of Transport', 'Regional Health Service'],
    ],
    [
      'Department of Transport, Estates and Facilities Team',
      ['Department of Transport', 'Estates and Facilities Team'],
    ],
  ])('%s', (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners)
  })
})
