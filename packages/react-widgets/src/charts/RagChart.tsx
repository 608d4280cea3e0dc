import { RAGS, type Rag } from '@techcommit/core'
import type { ReactElement } from 'react'
import { useLocalizer } from '../i18n/TechcommitProvider'
import { ChartFigure } from './ChartFigure'

/** Props of {@link RagChart}. */
export interface RagChartProps {
  /** `evaluatePlan(plan, { asOf }).ratingCounts`. */
  readonly counts: Readonly<Record<Rag, number>>
  readonly className?: string
}

/**
 * How many actions have each rating, as horizontal bars labelled with the rating and the count.
 *
 * @example
 * <RagChart counts={assessment.ratingCounts} />
 */
export function RagChart({ counts, className }: RagChartProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const total = RAGS.reduce((sum, rag) => sum + counts[rag], 0)
  const max = Math.max(1, ...RAGS.map((rag) => counts[rag]))
  const rowHeight = 26
  const labelWidth = 150
  const barWidth = 400 - labelWidth - 40
  const parts = RAGS.filter((rag) => counts[rag] > 0).map((rag) => `${m.ratings[rag]} ${counts[rag]}`)
  return (
    <ChartFigure
      kind="rag"
      title={m.charts.ragTitle}
      summary={l.fill(m.charts.ragSummary, { total: l.count(m.actions, total), parts: parts.join(', ') })}
      columns={[m.columns.rating, m.charts.count]}
      rows={RAGS.map((rag) => [m.ratings[rag], counts[rag]])}
      {...(className === undefined ? {} : { className })}
    >
      <svg viewBox={`0 0 400 ${RAGS.length * rowHeight + 8}`} aria-hidden="true" focusable="false">
        {RAGS.map((rag, index) => {
          const y = 4 + index * rowHeight
          const width = (counts[rag] / max) * barWidth
          return (
            <g key={rag}>
              <text x={labelWidth - 6} y={y + 16} textAnchor="end" fontSize="12" fill="currentColor">
                {m.ratings[rag]}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={width}
                height={rowHeight - 8}
                style={{ fill: `var(--tc-chart-${rag})` }}
              />
              <text x={labelWidth + width + 4} y={y + 16} fontSize="12" fill="currentColor">
                {counts[rag]}
              </text>
            </g>
          )
        })}
      </svg>
    </ChartFigure>
  )
}
