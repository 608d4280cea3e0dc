import { describe, expect, it } from 'vitest'
import { isIssueRef, issueTitleBesideBody } from './issueTitleBesideBody'
import { tableToPlan } from './tableToPlan'

describe('isIssueRef', () => {
  it.each([
    ['acme/garden-app#12', true],
    ['parish-council/allotments.site#3', true],
    ['#12', false],
    ['1.2', false],
    ['acme/garden-app', false],
    ['see acme/garden-app#12', false],
  ])('%s → %s', (cell, expected) => {
    expect(isIssueRef(cell)).toBe(expected)
  })
})

const exported = [
  ['acme/shed#1', 'Issue', 'Replace the shed door', 'Blocks #2\nBlocks #3', 'Open'],
  ['acme/shed#2', 'Issue', 'Paint the shed walls', 'Depends on #1', 'Open'],
  ['acme/shed#3', 'Issue', 'Fit a rain gutter', 'Depends on #1\n\nThe old gutter rusted through.', 'Open'],
]

describe('issueTitleBesideBody', () => {
  it('finds the one-line titles left of the bodies', () => {
    expect(
      issueTitleBesideBody(
        exported,
        new Map([
          ['ref', 0],
          ['title', 3],
        ]),
      ),
    ).toEqual({ title: 2, body: 3 })
  })

  it('needs the rows to be issues', () => {
    const numbered = exported.map((row, i) => [String(i + 1), ...row.slice(1)])
    expect(
      issueTitleBesideBody(
        numbered,
        new Map([
          ['ref', 0],
          ['title', 3],
        ]),
      ),
    ).toBeNull()
  })

  it('needs a body over several lines', () => {
    const oneLine = exported.map((row) => [...row.slice(0, 3), row[3]!.replace(/\n+/g, ' '), row[4]!])
    expect(
      issueTitleBesideBody(
        oneLine,
        new Map([
          ['ref', 0],
          ['title', 3],
        ]),
      ),
    ).toBeNull()
  })

  it('takes no column of repeated kinds or links for the titles', () => {
    const untitled = exported.map((row) => [
      row[0]!,
      row[1]!,
      `<https://example.org/${row[0]}>`,
      row[3]!,
      row[4]!,
    ])
    expect(
      issueTitleBesideBody(
        untitled,
        new Map([
          ['ref', 0],
          ['title', 3],
        ]),
      ),
    ).toBeNull()
  })
})

describe('an export of issues without a header', () => {
  it('reads each issue’s title as the action, its ref as the ref and its body as the description', () => {
    const { plan } = tableToPlan([
      [''],
      [''],
      ...exported.map((row) => [
        `<https://example.org/${row[0]}>`,
        '2031-03-06 20:08:19 +0000 UTC',
        ...row,
        '<https://example.org/acme>',
      ]),
    ])
    expect(plan.actions.map((a) => [a.ref, a.title, a.description])).toEqual([
      ['acme/shed#1', 'Replace the shed door', 'Blocks #2\nBlocks #3'],
      ['acme/shed#2', 'Paint the shed walls', 'Depends on #1'],
      ['acme/shed#3', 'Fit a rain gutter', 'Depends on #1\n\nThe old gutter rusted through.'],
    ])
  })
})
