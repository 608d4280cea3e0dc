import type { ActionAssessment } from '@techcommit/core'
import type { ReactElement } from 'react'
import { useLocalizer } from '../i18n/TechcommitProvider'
import { ChartFigure, ChartLegend } from './ChartFigure'
import { dueByQuarter } from './chartData'

/** Props of {@link TimelineChart}. */
export interface TimelineChartProps {
  /** `evaluatePlan(plan, { asOf }).actions`. */
  readonly assessments: readonly ActionAssessment[]
  /** The assessment's date: drawn as a vertical line. */
  readonly asOf: string
  readonly className?: string
}

/**
 * When the plan's targets fall: actions due per calendar quarter, open ones stacked on complete ones, with
 * a line at the "as of" date.
 *
 * @example
 * <TimelineChart assessments={assessment.actions} asOf={assessment.asOf} />
 */
export function TimelineChart({ assessments, asOf, className }: TimelineChartProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const { buckets, asOfPosition } = dueByQuarter(assessments, asOf)
  const label = (b: { year: number; quarter: number }): string => `${b.year} Q${b.quarter}`
  const dated = buckets.reduce((sum, b) => sum + b.open + b.complete, 0)
  const open = buckets.reduce((sum, b) => sum + b.open, 0)
  const first = buckets[0]
  const last = buckets[buckets.length - 1]
  const summary =
    first === undefined || last === undefined
      ? m.charts.timelineEmpty
      : l.fill(m.charts.timelineSummary, {
          dated: l.count(m.actions, dated),
          from: label(first),
          to: label(last),
          open,
          asOf: l.date(asOf),
        })
  const height = 150
  const left = 28
  const width = 400 - left - 8
  const step = width / Math.max(1, buckets.length)
  const max = Math.max(1, ...buckets.map((b) => b.open + b.complete))
  const scale = (height - 40) / max
  const labelEvery = Math.ceil(buckets.length / 6)
  const asOfX = left + asOfPosition * step
  return (
    <ChartFigure
      kind="timeline"
      title={m.charts.timelineTitle}
      summary={summary}
      columns={[m.charts.period, m.charts.dueOpen, m.charts.dueComplete]}
      rows={buckets.map((b) => [label(b), b.open, b.complete])}
      {...(className === undefined ? {} : { className })}
    >
      <svg viewBox={`0 0 400 ${height + 16}`} aria-hidden="true" focusable="false">
        <line
          x1={left}
          x2={400 - 8}
          y1={height - 20}
          y2={height - 20}
          stroke="currentColor"
          strokeWidth="1"
        />
        <text
          x={left - 4}
          y={height - 20 - max * scale + 4}
          textAnchor="end"
          fontSize="10"
          fill="currentColor"
        >
          {max}
        </text>
        {buckets.map((b, i) => {
          const x = left + i * step + 1
          const completeHeight = b.complete * scale
          const openHeight = b.open * scale
          return (
            <g key={b.start}>
              <rect
                x={x}
                y={height - 20 - completeHeight}
                width={Math.max(1, step - 2)}
                height={completeHeight}
                style={{ fill: 'var(--tc-chart-complete)' }}
              />
              <rect
                x={x}
                y={height - 20 - completeHeight - openHeight}
                width={Math.max(1, step - 2)}
                height={openHeight}
                style={{ fill: 'var(--tc-chart-at-risk)' }}
              />
              {i % labelEvery === 0 ? (
                <text x={x} y={height - 6} fontSize="10" fill="currentColor">
                  {label(b)}
                </text>
              ) : null}
            </g>
          )
        })}
        {buckets.length === 0 ? null : (
          <g>
            <line
              x1={asOfX}
              x2={asOfX}
              y1={8}
              y2={height - 20}
              stroke="currentColor"
              strokeWidth="2"
              strokeDasharray="4 3"
            />
            <text x={Math.min(asOfX + 3, 330)} y={16} fontSize="10" fill="currentColor">
              {l.date(asOf)}
            </text>
          </g>
        )}
        <ChartLegend
          x={left}
          y={height + 2}
          fontSize={10}
          items={[
            { color: 'var(--tc-chart-at-risk)', label: m.charts.dueOpen },
            { color: 'var(--tc-chart-complete)', label: m.charts.dueComplete },
          ]}
        />
      </svg>
    </ChartFigure>
  )
}
