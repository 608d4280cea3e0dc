import { createContext, useContext } from 'react'
import { useLocalizer } from '../i18n/TechcommitProvider'

/**
 * `auto` follows the reader's `prefers-color-scheme`; `light` and `dark` force one theme.
 *
 * @example
 * <PlanDashboard plan={plan} assessment={assessment} theme="dark" />
 */
export type WidgetTheme = 'auto' | 'light' | 'dark'

/**
 * Props every widget accepts for styling.
 *
 * @example
 * <ActionTable plan={plan} assessments={a.actions} className="intranet-card" theme="light" />
 */
export interface WidgetStyleProps {
  /** Extra class names on the widget's outermost element. */
  readonly className?: string
  /** Colour theme. Default `auto`. */
  readonly theme?: WidgetTheme
}

/** True inside another widget: only the outermost widget carries the theme variables and `lang`. */
export const InsideWidget = createContext(false)

/**
 * The class, theme and language attributes of a widget's outermost element. The outermost widget gets
 * `techcommit` (which declares the `--tc-*` variables) and `lang`; a widget nested in another inherits both.
 */
export function useWidgetRoot(
  ownClass: string,
  { className, theme = 'auto' }: WidgetStyleProps,
): { className: string; 'data-theme'?: WidgetTheme; lang?: string } {
  const nested = useContext(InsideWidget)
  const { locale } = useLocalizer()
  const classes = [ownClass, nested ? null : 'techcommit', className].filter(Boolean).join(' ')
  if (nested) return { className: classes }
  return { className: classes, 'data-theme': theme, lang: locale }
}
