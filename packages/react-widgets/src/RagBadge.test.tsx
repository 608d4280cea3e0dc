import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RagBadge } from './RagBadge'
import { widgetStyles } from './theme/widgetStyles'

/** The selectors of the stylesheet's rules that give an element a background colour. */
function backgroundSelectors(): string[] {
  const style = document.createElement('style')
  style.textContent = widgetStyles
  document.head.append(style)
  const rules = [...(style.sheet?.cssRules ?? [])].filter(
    (rule): rule is CSSStyleRule =>
      rule instanceof CSSStyleRule && rule.style.getPropertyValue('background') !== '',
  )
  style.remove()
  return rules.map((rule) => rule.selectorText)
}

describe('RagBadge', () => {
  it('is coloured on its own, outside any table row', () => {
    render(<RagBadge rating="overdue" />)
    const badge = screen.getByText('Overdue')
    const colouring = backgroundSelectors().filter((selector) => badge.matches(selector))
    expect(colouring).toHaveLength(1)
    expect(colouring[0]).toContain('[data-rag="overdue"]')
  })

  it('gives a different colour rule to each rating', () => {
    render(<RagBadge rating="complete" />)
    const badge = screen.getByText('Complete')
    const selectors = backgroundSelectors().filter((selector) => badge.matches(selector))
    expect(selectors.join()).toContain('[data-rag="complete"]')
    expect(selectors.join()).not.toContain('[data-rag="overdue"]')
  })

  it('shows the reasons as visible text, not only as a tooltip', () => {
    const { container } = render(
      <RagBadge rating="overdue" reasons={[{ message: 'The due date has passed.' }]} />,
    )
    expect(screen.getByText('The due date has passed.')).toBeTruthy()
    expect(container.querySelector('[title]')).toBeNull()
  })

  it('says "late" in words', () => {
    render(<RagBadge rating="complete" late />)
    expect(screen.getByText('Complete (late)')).toBeTruthy()
  })
})
