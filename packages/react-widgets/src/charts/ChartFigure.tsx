import { type ReactElement, type ReactNode, useId } from 'react'
import { useLocalizer } from '../i18n/TechcommitProvider'

/** Props of {@link ChartFigure}. */
export interface ChartFigureProps {
  readonly title: string
  /** One or two sentences that say what the chart shows, for every reader. */
  readonly summary: string
  /** The chart's data as table columns: a header and the cells of each row. */
  readonly columns: readonly string[]
  readonly rows: readonly (readonly (string | number)[])[]
  /** The SVG drawing; hidden from assistive technology, which gets the summary and the table instead. */
  readonly children: ReactNode
  readonly className?: string
  readonly kind: string
}

/**
 * The frame every chart shares: a `figure` whose caption holds the title and a text summary, the SVG, and
 * the same data as a real table under a disclosure. Renders on the server: nothing touches `window`.
 *
 * @example
 * <ChartFigure kind="rag" title="Actions by rating" summary="12 actions: 3 overdue." columns={['Rating', 'Actions']} rows={[['Overdue', 3]]}>
 *   <svg viewBox="0 0 400 100">…</svg>
 * </ChartFigure>
 */
export function ChartFigure({
  title,
  summary,
  columns,
  rows,
  children,
  className,
  kind,
}: ChartFigureProps): ReactElement {
  const l = useLocalizer()
  const id = useId()
  return (
    <figure
      className={className === undefined ? 'techcommit-chart' : `techcommit-chart ${className}`}
      data-chart={kind}
      aria-labelledby={`${id}-title`}
    >
      <figcaption>
        <span className="techcommit-chart-title" id={`${id}-title`}>
          {title}
        </span>
        <span className="techcommit-chart-summary">{summary}</span>
      </figcaption>
      {children}
      <details>
        <summary>
          {l.messages.charts.data}
          <span className="techcommit-sr-only">: {title}</span>
        </summary>
        <table className="techcommit-data-table">
          <caption className="techcommit-sr-only">{title}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional data
              <tr key={index}>
                {row.map((cell, column) =>
                  column === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional data
                    <th key={column} scope="row">
                      <bdi>{cell}</bdi>
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional data
                    <td key={column}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}

/** One swatch of a {@link ChartLegend}: a CSS colour (usually a `--tc-*` property) and its label. */
export interface LegendItem {
  readonly color: string
  readonly label: string
}

/**
 * A legend of up to two swatches in a row, drawn inside a chart's SVG at `x`, `y`.
 *
 * @example
 * <ChartLegend x={120} y={200} fontSize={11} items={[{ color: 'var(--tc-brand)', label: 'Actual' }]} />
 */
export function ChartLegend({
  x,
  y,
  fontSize,
  items,
}: {
  readonly x: number
  readonly y: number
  readonly fontSize: number
  readonly items: readonly LegendItem[]
}): ReactElement {
  return (
    <g transform={`translate(${x}, ${y})`}>
      {items.map((item, index) => (
        <g key={item.label} transform={`translate(${index * 110}, 0)`}>
          <rect width="10" height="10" style={{ fill: item.color }} />
          <text x="14" y="9" fontSize={fontSize} fill="currentColor">
            {item.label}
          </text>
        </g>
      ))}
    </g>
  )
}
