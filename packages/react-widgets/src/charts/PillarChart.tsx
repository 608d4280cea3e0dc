import { type ActionAssessment, type Plan, type Taxonomy, technicianCommitment } from '@techcommit/core'
import type { ReactElement } from 'react'
import { useLocalizer } from '../i18n/TechcommitProvider'
import { ChartFigure, ChartLegend } from './ChartFigure'
import { pillarProgressPoints } from './chartData'

/** Props of {@link PillarChart}. */
export interface PillarChartProps {
  readonly plan: Plan
  /** `evaluatePlan(plan, { asOf }).actions`, matched to actions by `actionId`. */
  readonly assessments: readonly ActionAssessment[]
  /** Pillar codes to show, in order. Default: the taxonomy's required pillars. */
  readonly pillars?: readonly string[]
  readonly taxonomy?: Taxonomy
  readonly className?: string
}

/**
 * Per pillar, how far its dated actions should be by now (expected, from their working windows) beside how
 * far they are (actual, as reported): a pair of bars each.
 *
 * @example
 * <PillarChart plan={plan} assessments={assessment.actions} />
 */
export function PillarChart({
  plan,
  assessments,
  pillars,
  taxonomy = technicianCommitment,
  className,
}: PillarChartProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const codes = pillars ?? taxonomy.pillars.filter((p) => !p.optional).map((p) => p.code)
  const points = pillarProgressPoints(plan, assessments, codes)
  const group = 44
  const labelWidth = 150
  const barWidth = 400 - labelWidth - 44
  const summary = points
    .map(
      (p) =>
        `${l.pillar(p.code, taxonomy)}: ${m.charts.expected.toLocaleLowerCase(l.locale)} ${l.percent(p.expected)}, ${m.charts.actual.toLocaleLowerCase(l.locale)} ${l.percent(p.actual)}`,
    )
    .join('; ')
  return (
    <ChartFigure
      kind="pillar"
      title={m.charts.pillarTitle}
      summary={l.fill(m.charts.pillarSummary, { parts: summary })}
      columns={[m.columns.pillars, m.charts.expected, m.charts.actual, m.charts.count]}
      rows={points.map((p) => [
        l.pillar(p.code, taxonomy),
        l.percent(p.expected),
        l.percent(p.actual),
        p.actions,
      ])}
      {...(className === undefined ? {} : { className })}
    >
      <svg viewBox={`0 0 400 ${points.length * group + 30}`} aria-hidden="true" focusable="false">
        {points.map((p, index) => {
          const y = 4 + index * group
          return (
            <g key={p.code}>
              <text x={labelWidth - 6} y={y + 24} textAnchor="end" fontSize="12" fill="currentColor">
                {l.pillar(p.code, taxonomy)}
              </text>
              <rect
                x={labelWidth}
                y={y + 6}
                width={p.expected * barWidth}
                height={14}
                style={{ fill: 'var(--tc-chart-expected)' }}
              />
              <rect
                x={labelWidth}
                y={y + 22}
                width={p.actual * barWidth}
                height={14}
                style={{ fill: 'var(--tc-brand)' }}
              />
              <text x={labelWidth + p.expected * barWidth + 4} y={y + 17} fontSize="10" fill="currentColor">
                {l.percent(p.expected)}
              </text>
              <text x={labelWidth + p.actual * barWidth + 4} y={y + 33} fontSize="10" fill="currentColor">
                {l.percent(p.actual)}
              </text>
            </g>
          )
        })}
        <ChartLegend
          x={labelWidth}
          y={points.length * group + 14}
          fontSize={11}
          items={[
            { color: 'var(--tc-chart-expected)', label: m.charts.expected },
            { color: 'var(--tc-brand)', label: m.charts.actual },
          ]}
        />
      </svg>
    </ChartFigure>
  )
}
