// @techcommit/react-widgets — drop-in React widgets. Widgets import core only; data comes in through props.
export { PillarBadges, type PillarBadgesProps } from './PillarBadges'
export { RagBadge, type RagBadgeProps, ragLabels } from './RagBadge'
export { PillarProgress, type PillarProgressProps } from './PillarProgress'
export { ActionTable, type ActionTableProps } from './ActionTable'
export { PlanReport, type PlanReportProps } from './PlanReport'
export { reportStyles } from './reportStyles'
export {
  SelfAssessmentPage,
  SelfAssessmentReport,
  type SelfAssessmentReportProps,
} from './SelfAssessmentReport'
