import { buildTestAction } from '@techcommit/core/testing'
import { ProgressUpdate } from '@techcommit/core'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { TechcommitProvider } from './i18n/TechcommitProvider'
import { ProgressUpdateForm } from './ProgressUpdateForm'

const action = buildTestAction({ id: 'A1', title: 'Run a showcase' })
const now = () => '2026-03-04T10:00:00.000Z'

describe('ProgressUpdateForm', () => {
  it('hands a valid ProgressUpdate to onSubmit', async () => {
    const onSubmit = vi.fn()
    render(<ProgressUpdateForm action={action} onSubmit={onSubmit} now={now} by="J. Smith" />)
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'complete' } })
    fireEvent.change(screen.getByLabelText('Percent complete'), { target: { value: '100' } })
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: ' Showcase held in March. ' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save update' })))
    expect(onSubmit).toHaveBeenCalledTimes(1)
    const update = onSubmit.mock.calls[0]![0] as ProgressUpdate
    expect(ProgressUpdate.parse(update)).toEqual(update)
    expect(update).toEqual({
      at: '2026-03-04T10:00:00.000Z',
      by: 'J. Smith',
      status: {
        text: 'Complete',
        state: 'complete',
        completedOn: '2026-03-04',
        percent: 100,
        reportedRag: null,
        note: null,
      },
      target: null,
      note: 'Showcase held in March.',
    })
    expect(screen.getByText('Update saved.')).toBeTruthy()
  })

  it('rejects a percentage out of range, marks the field and focuses the summary', async () => {
    const onSubmit = vi.fn()
    render(<ProgressUpdateForm action={action} onSubmit={onSubmit} now={now} />)
    const percent = screen.getByLabelText('Percent complete')
    fireEvent.change(percent, { target: { value: '140' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save update' })))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(percent.getAttribute('aria-invalid')).toBe('true')
    const message = 'Percent complete must be a whole number from 0 to 100.'
    const errorIds = percent.getAttribute('aria-describedby')!.split(' ')
    expect(errorIds.map((id) => document.getElementById(id)?.textContent)).toContain(message)
    expect(document.activeElement?.getAttribute('role')).toBe('alert')
    expect(screen.getByRole('link', { name: message }).getAttribute('href')).toBe(`#${percent.id}`)
  })

  it('asks for something to record when nothing is filled in, in Welsh too', async () => {
    render(
      <TechcommitProvider locale="cy">
        <ProgressUpdateForm action={action} onSubmit={vi.fn()} now={now} />
      </TechcommitProvider>,
    )
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cadw’r diweddariad' })))
    expect(screen.getAllByText('Dewiswch statws neu ysgrifennwch nodyn.').length).toBeGreaterThan(0)
  })

  it('rejects a timestamp core does not accept', async () => {
    const onSubmit = vi.fn()
    render(<ProgressUpdateForm action={action} onSubmit={onSubmit} now={() => 'yesterday'} />)
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'x' } })
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save update' })))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toBeTruthy()
  })
})
