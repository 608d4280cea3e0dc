import { describe, expect, it } from 'vitest'
import { parseOwners } from './parseOwners'

describe('commaOpensRoleClause (through parseOwners)', () => {
  it.each([
    ['Project Officer, Estates Planning Division', ['Project Officer, Estates Planning Division']],
    [
      'Senior Policy Adviser, Workforce Strategy Branch',
      ['Senior Policy Adviser, Workforce Strategy Branch'],
    ],
    ['Dr R Moss, as Chair of the Technician Forum', ['Dr R Moss, as Chair of the Technician Forum']],
    ['Registrar, as the project sponsor', ['Registrar, as the project sponsor']],
    [
      'Project Officer, Estates Planning Division; Library',
      ['Project Officer, Estates Planning Division', 'Library'],
    ],
  ])('keeps %s as one owner with its unit or role', (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners)
  })

  it.each([
    ['Project Officer, Head of Estates', ['Project Officer', 'Head of Estates']],
    ['Project Officer, Estates Team', ['Project Officer', 'Estates Team']],
    ['Library, Finance Department', ['Library', 'Finance Department']],
    // The joining words open the second owner's part and are not its name.
    ['Faculty Deans, as well as HR', ['Faculty Deans', 'HR']],
  ])('still splits %s into two owners', (cell, owners) => {
    expect(parseOwners(cell).owners).toEqual(owners)
  })
})
