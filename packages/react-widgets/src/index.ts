// @techcommit/react-widgets — drop-in React widgets. Widgets import core only; data comes in through props.
export { PillarBadges, type PillarBadgesProps } from './PillarBadges'
