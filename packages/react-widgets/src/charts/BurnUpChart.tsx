import type { Plan } from '@techcommit/core'
import type { ReactElement } from 'react'
import { useLocalizer } from '../i18n/TechcommitProvider'
import { ChartFigure } from './ChartFigure'
import { burnUpPoints } from './chartData'

/** Props of {@link BurnUpChart}. */
export interface BurnUpChartProps {
  readonly plan: Plan
  /** Completions after this date are not drawn. */
  readonly asOf: string
  readonly className?: string
}

/**
 * A burn-up: actions completed so far over time, read from completion dates and the update history, under
 * a line for the plan's whole size.
 *
 * @example
 * <BurnUpChart plan={plan} asOf="2020-12-31" />
 */
export function BurnUpChart({ plan, asOf, className }: BurnUpChartProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const points = burnUpPoints(plan, asOf)
  const total = plan.actions.length
  const last = points[points.length - 1]
  const summary =
    last === undefined
      ? m.charts.burnUpEmpty
      : l.fill(m.charts.burnUpSummary, {
          completed: last.completed,
          total: l.count(m.actions, total),
          date: l.date(last.date),
        })
  const height = 150
  const left = 28
  const right = 400 - 8
  const top = 12
  const bottom = height - 20
  const first = points[0]
  const dayOf = (iso: string): number =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
  const from = first === undefined ? dayOf(asOf) : dayOf(first.date)
  const to = Math.max(from + 1, dayOf(asOf))
  const x = (iso: string): number => left + ((dayOf(iso) - from) / (to - from)) * (right - left)
  const y = (n: number): number => bottom - (n / Math.max(1, total)) * (bottom - top)
  let path = ''
  let previous = 0
  for (const point of points) {
    path += `${path === '' ? `M${x(point.date)},${y(0)}` : ''} L${x(point.date)},${y(previous)} L${x(point.date)},${y(point.completed)}`
    previous = point.completed
  }
  if (path !== '') path += ` L${x(asOf)},${y(previous)}`
  return (
    <ChartFigure
      kind="burn-up"
      title={m.charts.burnUpTitle}
      summary={summary}
      columns={[m.charts.date, m.charts.completedSoFar]}
      rows={points.map((p) => [l.date(p.date), p.completed])}
      {...(className === undefined ? {} : { className })}
    >
      <svg viewBox={`0 0 400 ${height}`} aria-hidden="true" focusable="false">
        <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="currentColor" />
        <line x1={left} x2={right} y1={y(total)} y2={y(total)} stroke="currentColor" strokeDasharray="4 3" />
        <text x={left - 4} y={y(total) + 4} textAnchor="end" fontSize="10" fill="currentColor">
          {total}
        </text>
        <text x={left - 4} y={bottom + 4} textAnchor="end" fontSize="10" fill="currentColor">
          0
        </text>
        {path === '' ? null : (
          <path d={path} fill="none" strokeWidth="2.5" style={{ stroke: 'var(--tc-brand)' }} />
        )}
        {first === undefined ? null : (
          <text x={left} y={height - 4} fontSize="10" fill="currentColor">
            {l.date(first.date)}
          </text>
        )}
        <text x={right} y={height - 4} textAnchor="end" fontSize="10" fill="currentColor">
          {l.date(asOf)}
        </text>
      </svg>
    </ChartFigure>
  )
}
