import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fireEvent } from '@testing-library/react'
import { PlanDashboard } from './PlanDashboard'
import { threeActionAssessment as assessment, threeActionPlan as plan } from './testSupport'

describe('ids (useId)', () => {
  it('never repeats when two dashboards share a page, and every reference points inside its own widget', () => {
    const { container } = render(
      <>
        <PlanDashboard plan={plan} assessment={assessment} />
        <PlanDashboard plan={plan} assessment={assessment} />
      </>,
    )
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id)
    expect(ids.length).toBeGreaterThan(10)
    expect(new Set(ids).size).toBe(ids.length)
    const [first, second] = [...container.querySelectorAll<HTMLElement>('section.techcommit-dashboard')]
    // Open one row in each, so the details' ids are checked too.
    for (const widget of [first!, second!]) fireEvent.click(widget.querySelector('tbody button')!)
    for (const widget of [first!, second!]) {
      const references = [
        ...widget.querySelectorAll('[for], [aria-labelledby], [aria-controls], [aria-describedby]'),
      ].flatMap((element) =>
        ['for', 'aria-labelledby', 'aria-controls', 'aria-describedby'].flatMap(
          (name) => element.getAttribute(name)?.split(' ') ?? [],
        ),
      )
      expect(references.length).toBeGreaterThan(5)
      for (const id of references) expect(widget.querySelector(`[id="${id}"]`), id).not.toBeNull()
    }
  })
})
