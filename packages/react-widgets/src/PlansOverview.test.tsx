import { buildTestPlan } from '@techcommit/core/testing'
import { evaluatePlan } from '@techcommit/core'
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PlansOverview } from './PlansOverview'

const entry = (id: string, title: string, href?: string) => {
  const plan = buildTestPlan({ id, title, actionCount: 4 })
  return {
    plan,
    assessment: evaluatePlan(plan, { asOf: '2026-06-30' }),
    ...(href === undefined ? {} : { href }),
  }
}

describe('PlansOverview', () => {
  it('shows one row per plan with its counts, and a summary with plurals', () => {
    const { container } = render(<PlansOverview plans={[entry('a', 'Chemistry'), entry('b', 'Physics')]} />)
    expect(container.querySelectorAll('tbody tr')).toHaveLength(2)
    expect(screen.getByText('2 plans, 8 actions in all.')).toBeTruthy()
  })

  it('opens a plan through the callback when there is no link', () => {
    const onOpen = vi.fn()
    render(<PlansOverview plans={[entry('a', 'Chemistry')]} onOpen={onOpen} />)
    fireEvent.click(screen.getByRole('button', { name: 'Chemistry' }))
    expect(onOpen).toHaveBeenCalledWith('a')
  })

  it('renders safe links and refuses script links', () => {
    render(
      <PlansOverview
        plans={[
          entry('a', 'Chemistry', '/plans/a'),
          entry('b', 'Physics', 'java\tscript:alert(1)'),
          entry('c', 'Biology', 'JAVASCRIPT:alert(1)'),
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'Chemistry' }).getAttribute('href')).toBe('/plans/a')
    expect(screen.queryByRole('link', { name: 'Physics' })).toBeNull()
    expect(screen.queryByRole('link', { name: 'Biology' })).toBeNull()
  })
})
