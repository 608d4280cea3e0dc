import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

describe('typed minutes with the owners’ initials in an "Action" margin and numbered decisions', () => {
  const minutes = [
    ['', '', 'Minutes of the garden trust’s planning group, held on 3 March 2031'],
    ['PRESENT:', '', 'Ms K.L. Varga (Chair)'],
    ['', '', 'Mr T.O. Brand'],
    ['Action', '', 'It was agreed:'],
    ['KLV/TOB', '4.1', 'that the spring open day be advertised in the parish newsletter.'],
    ['KLV/TOB', '4.2', 'that volunteers be asked to bring their own tools to the open day.'],
    ['AMB', '4.3', 'that the greenhouse repairs be costed before the next meeting.'],
    ['KLV/TOB', '4.4', 'that the tea urn be replaced from the small-grants fund.'],
  ]

  it('reads the margin as the owners, the numbers as refs and the decisions as the actions', () => {
    const { plan } = tableToPlan(minutes)
    expect(plan.actions.map((a) => [a.ref, a.title.slice(0, 30), a.owners])).toEqual([
      ['4.1', 'that the spring open day be ad', ['KLV', 'TOB']],
      ['4.2', 'that volunteers be asked to br', ['KLV', 'TOB']],
      ['4.3', 'that the greenhouse repairs be', ['AMB']],
      ['4.4', 'that the tea urn be replaced f', ['KLV', 'TOB']],
    ])
  })

  it('takes a colour word joined to initials as a member’s initials ("KLV/RED")', () => {
    const withColour = minutes.map((row) => (row[0] === 'KLV/TOB' ? ['KLV/RED', ...row.slice(1)] : row))
    const { plan } = tableToPlan(withColour)
    expect(plan.actions.map((a) => a.owners)).toEqual([
      ['KLV', 'RED'],
      ['KLV', 'RED'],
      ['AMB'],
      ['KLV', 'RED'],
    ])
  })

  it('keeps an unheaded column of figures that do not run in order out of the refs', () => {
    const figures = minutes.map((row, i) =>
      i >= 4 ? [row[0]!, ['2.5', '1.5', '3.5', '0.5'][i - 4]!, row[2]!] : row,
    )
    const { plan } = tableToPlan(figures)
    expect(plan.actions.map((a) => a.ref)).toEqual([null, null, null, null])
  })
})
