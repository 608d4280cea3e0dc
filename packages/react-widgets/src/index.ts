// @techcommit/react-widgets — drop-in React widgets. Widgets import core only; data comes in through props.

// ── the widgets a page drops in ──────────────────────────────────────────
export { PlanDashboard, type PlanDashboardProps } from './PlanDashboard'
export { type PlanOverviewEntry, PlansOverview, type PlansOverviewProps } from './PlansOverview'
export { ActionTable, type ActionTableProps } from './ActionTable'
export type { GroupBy, SortDirection, SortKey } from './table/tableRows'
export { ActionDetails, type ActionDetailsProps } from './table/ActionDetails'
export { MAX_NOTE_LENGTH, ProgressUpdateForm, type ProgressUpdateFormProps } from './ProgressUpdateForm'
export { PlanReport, type PlanReportProps } from './PlanReport'

// ── parts ────────────────────────────────────────────────────────────────
export { PillarBadges, type PillarBadgesProps } from './PillarBadges'
export { RagBadge, type RagBadgeProps, ragLabels } from './RagBadge'
export { PillarProgress, type PillarProgressProps } from './PillarProgress'

// ── charts (server-renderable SVG, each a figure with a summary and a data table) ──
export { RagChart, type RagChartProps } from './charts/RagChart'
export { PillarChart, type PillarChartProps } from './charts/PillarChart'
export { TimelineChart, type TimelineChartProps } from './charts/TimelineChart'
export { BurnUpChart, type BurnUpChartProps } from './charts/BurnUpChart'

// ── language ─────────────────────────────────────────────────────────────
export {
  messagesFor,
  TechcommitProvider,
  type TechcommitProviderProps,
  useLocalizer,
} from './i18n/TechcommitProvider'
export { createLocalizer, type Localizer, type ReasonText } from './i18n/createLocalizer'
export {
  type FindingCode,
  fill,
  type Messages,
  type PluralForms,
  type ReasonCode,
} from './i18n/Messages'
export { enGB } from './i18n/enGB'
export { cy } from './i18n/cy'

// ── theming ──────────────────────────────────────────────────────────────
export { reportStyles, widgetStyles } from './theme/widgetStyles'
export type { WidgetStyleProps, WidgetTheme } from './theme/widgetRoot'

// ── plan stages ──────────────────────────────────────────────────────────
export {
  SelfAssessmentPage,
  SelfAssessmentReport,
  type SelfAssessmentReportProps,
} from './SelfAssessmentReport'
