import { buildTestAction, buildTestPlan, buildTestStatus, buildTestTarget } from '@techcommit/core/testing'
import { evaluatePlan } from '@techcommit/core'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ActionTable } from './ActionTable'
import { threeActionAssessment as assessment, threeActionPlan as plan } from './testSupport'

const rowOf = (id: string): HTMLElement => document.querySelector<HTMLElement>(`tr[data-action-id="${id}"]`)!
const bodyRows = (container: HTMLElement): HTMLElement[] => [
  ...container.querySelectorAll<HTMLElement>('tbody tr[data-action-id]'),
]

describe('ActionTable: assessments are matched by actionId', () => {
  it('labels every row with its own rating when the assessments are filtered and reordered', () => {
    // Only the complete action and the overdue one, in reverse order: pairing by position would call the
    // first action (complete) overdue.
    const shuffled = [assessment.actions[1]!, assessment.actions[0]!]
    render(<ActionTable plan={plan} assessments={shuffled} />)
    expect(rowOf('1').dataset.rag).toBe('complete')
    expect(rowOf('2').dataset.rag).toBe('overdue')
    expect(rowOf('3')).toBeNull()
  })

  it('shows each rating’s reasons as visible text in the row', () => {
    render(<ActionTable plan={plan} assessments={assessment.actions} />)
    const row = rowOf('2')
    expect(
      within(row).getByText('The due date has passed and the action is not reported complete.'),
    ).toBeTruthy()
  })

  it('filters to the ratings asked for', () => {
    const { container } = render(
      <ActionTable plan={plan} assessments={assessment.actions} ratings={['overdue']} />,
    )
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['2'])
  })
})

describe('ActionTable: interactive', () => {
  it('sorts by a column, then reverses, and says so with aria-sort', () => {
    const { container } = render(<ActionTable plan={plan} assessments={assessment.actions} />)
    const ratingHeader = container.querySelector<HTMLElement>('th[data-column="rating"]')!
    fireEvent.click(within(ratingHeader).getByRole('button'))
    // Most urgent first: overdue (2), on track (3), complete (1).
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['2', '3', '1'])
    expect(ratingHeader.getAttribute('aria-sort')).toBe('ascending')
    fireEvent.click(within(ratingHeader).getByRole('button'))
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['1', '3', '2'])
    expect(ratingHeader.getAttribute('aria-sort')).toBe('descending')
  })

  it('sorts targets by date with undated ones last', () => {
    const dated = (id: string, due: string | null) =>
      buildTestAction({
        id,
        target: buildTestTarget({ due, start: due, end: due, kind: due === null ? 'unknown' : 'due' }),
      })
    const p = buildTestPlan({
      id: 'p',
      actions: [dated('A', '2026-05-31'), dated('B', null), dated('C', '2026-01-31')],
    })
    const { container } = render(
      <ActionTable plan={p} assessments={evaluatePlan(p, { asOf: '2026-01-01' }).actions} />,
    )
    fireEvent.click(
      within(container.querySelector<HTMLElement>('th[data-column="target"]')!).getByRole('button'),
    )
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['C', 'A', 'B'])
    fireEvent.click(
      within(container.querySelector<HTMLElement>('th[data-column="target"]')!).getByRole('button'),
    )
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['A', 'C', 'B'])
  })

  it('filters by rating and by owner, and counts what is shown', () => {
    const { container } = render(<ActionTable plan={plan} assessments={assessment.actions} />)
    fireEvent.change(screen.getByLabelText('Filter by Rating'), { target: { value: 'overdue' } })
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['2'])
    expect(screen.getByText('Showing 1 action of 3')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Filter by Rating'), { target: { value: 'techcommit:all' } })
    fireEvent.change(screen.getByLabelText('Filter by Owners'), { target: { value: 'SRM' } })
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['1'])
  })

  it('searches every word across title, owners and status, case-insensitively', () => {
    const { container } = render(<ActionTable plan={plan} assessments={assessment.actions} />)
    fireEvent.change(screen.getByLabelText('Search actions'), { target: { value: 'ESTABLISH webpage' } })
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual(['2'])
    fireEvent.change(screen.getByLabelText('Search actions'), { target: { value: 'nothing like this' } })
    expect(bodyRows(container)).toHaveLength(0)
    expect(screen.getByText('No action matches the search and filters.')).toBeTruthy()
  })

  it('groups by pillar, listing an action under each of its pillars', () => {
    const { container } = render(<ActionTable plan={plan} assessments={assessment.actions} />)
    fireEvent.change(screen.getByLabelText('Group by'), { target: { value: 'pillar' } })
    const groups = [...container.querySelectorAll('tbody')].map((body) => ({
      heading: body.querySelector('th[scope="rowgroup"] bdi')?.textContent,
      ids: [...body.querySelectorAll<HTMLElement>('tr[data-action-id]')].map((row) => row.dataset.actionId),
    }))
    expect(groups).toEqual([
      { heading: 'Visibility', ids: ['1', '2'] },
      { heading: 'Recognition', ids: ['1'] },
      { heading: 'Career Development', ids: ['1', '2', '3'] },
      { heading: 'Sustainability', ids: ['1'] },
    ])
  })

  it('opens a row’s details with its update history, and closes them again', () => {
    const withHistory = buildTestPlan({ id: 'h', actionCount: 1 })
    const a = evaluatePlan(withHistory, { asOf: '2026-01-01' })
    render(<ActionTable plan={withHistory} assessments={a.actions} />)
    const button = screen.getByRole('button', { name: /Details/ })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(button)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    const detailsId = button.getAttribute('aria-controls')!
    const details = document.getElementById(detailsId)!
    expect(within(details).getByText('Kick-off meeting held.')).toBeTruthy()
    expect(within(details).getByText('Showcase held')).toBeTruthy()
    expect(within(details).getByText('1,500')).toBeTruthy()
    fireEvent.click(button)
    expect(document.getElementById(detailsId)).toBeNull()
    expect(button.getAttribute('aria-expanded')).toBe('false')
  })

  it('keeps hostile text inert and isolates right-to-left text in <bdi>', () => {
    const rtl = '\u202Eevil\u202C עברית'
    const p = buildTestPlan({
      id: 'x',
      actions: [
        buildTestAction({
          id: 'X',
          title: rtl,
          owners: ['<img src=x onerror=alert(1)>'],
          status: buildTestStatus({ text: 'javascript:alert(1)' }),
        }),
      ],
    })
    const { container } = render(
      <ActionTable plan={p} assessments={evaluatePlan(p, { asOf: '2026-01-01' }).actions} />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('a')).toBeNull()
    const row = rowOf('X')
    expect(row.querySelector('th > bdi')?.textContent).toBe(rtl)
    expect(within(row).getByText('<img src=x onerror=alert(1)>').tagName).toBe('BDI')
    expect(within(row).getByText('javascript:alert(1)').tagName).toBe('BDI')
  })
})

describe('ActionTable: long tables', () => {
  it('lists the first page of rows, says so, and shows more on request', () => {
    const big = buildTestPlan({ id: 'big', actionCount: 25 })
    const { container } = render(
      <ActionTable
        plan={big}
        assessments={evaluatePlan(big, { asOf: '2026-01-01' }).actions}
        pageSize={10}
      />,
    )
    expect(bodyRows(container)).toHaveLength(10)
    expect(screen.getByText(/Showing 25 actions of 25 \(the first 10 are listed\)/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Show 10 more of 25' }))
    expect(bodyRows(container)).toHaveLength(20)
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more of 25' }))
    expect(bodyRows(container)).toHaveLength(25)
    expect(screen.queryByRole('button', { name: /Show .* more/ })).toBeNull()
    // A search starts again from the first page, over every action.
    fireEvent.change(screen.getByLabelText('Search actions'), { target: { value: 'A2' } })
    expect(bodyRows(container).map((row) => row.dataset.actionId)).toEqual([
      'A2',
      'A20',
      'A21',
      'A22',
      'A23',
      'A24',
      'A25',
    ])
  })

  it('lists every row in a static table', () => {
    const big = buildTestPlan({ id: 'big', actionCount: 30 })
    const { container } = render(
      <ActionTable
        plan={big}
        assessments={evaluatePlan(big, { asOf: '2026-01-01' }).actions}
        interactive={false}
      />,
    )
    expect(bodyRows(container)).toHaveLength(30)
  })
})
