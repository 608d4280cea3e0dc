import { describe, expect, it } from 'vitest'
import { parseOwners } from './parseOwners'

describe('dropRoleLabel: a role label before an owner', () => {
  it('reads the owner without the label that says how they take part', () => {
    expect(parseOwners('Technical Services Manager, Support: Staff Development').owners).toEqual([
      'Technical Services Manager',
      'Staff Development',
    ])
    expect(parseOwners('Co-lead: Faculty Technical Manager / Supported by: HR Partner').owners).toEqual([
      'Faculty Technical Manager',
      'HR Partner',
    ])
  })

  it('keeps a name that only contains the word', () => {
    expect(parseOwners('Student Support Services').owners).toEqual(['Student Support Services'])
    expect(parseOwners('Lead Technician').owners).toEqual(['Lead Technician'])
    expect(parseOwners('Lead IT Technician').owners).toEqual(['Lead IT Technician'])
    expect(parseOwners('Lead HR Partner').owners).toEqual(['Lead HR Partner'])
  })

  it('drops "Lead" written without a colon before a post\'s initials and its portfolio', () => {
    expect(parseOwners('Lead GM Corporate Services').owners).toEqual(['GM Corporate Services'])
    expect(parseOwners('Lead EM Finance & Estates').owners).toEqual(['EM Finance & Estates'])
  })
})
