import { createContext, type ReactElement, type ReactNode, useContext, useMemo } from 'react'
import { createLocalizer, type Localizer } from './createLocalizer'
import { cy } from './cy'
import { enGB } from './enGB'
import type { Messages } from './Messages'

const defaultLocalizer = createLocalizer('en-GB', enGB)
const LocalizerContext = createContext<Localizer>(defaultLocalizer)

/**
 * The messages shipped for a locale: Welsh for `cy` and `cy-*`, English (UK) for everything else.
 *
 * @example
 * messagesFor('cy-GB') === cy // true
 */
export function messagesFor(locale: string): Messages {
  return locale.toLowerCase() === 'cy' || locale.toLowerCase().startsWith('cy-') ? cy : enGB
}

/** Props of {@link TechcommitProvider}. */
export interface TechcommitProviderProps {
  /** BCP 47 locale for numbers, plurals and dates: `en-GB` (default) or `cy`. */
  readonly locale?: string
  /** The words to show. Default: the shipped messages for `locale` (`enGB` or `cy`). */
  readonly messages?: Messages
  readonly children?: ReactNode
}

/**
 * Sets the language of every widget inside it. Without a provider, widgets speak English (UK).
 *
 * @example
 * <TechcommitProvider locale="cy">
 *   <PlanDashboard plan={plan} assessment={assessment} />
 * </TechcommitProvider>
 */
export function TechcommitProvider({
  locale = 'en-GB',
  messages,
  children,
}: TechcommitProviderProps): ReactElement {
  const chosen = messages ?? messagesFor(locale)
  const localizer = useMemo(() => createLocalizer(locale, chosen), [locale, chosen])
  return <LocalizerContext.Provider value={localizer}>{children}</LocalizerContext.Provider>
}

/**
 * The current {@link Localizer}: messages and `Intl` formatting for the nearest provider's locale.
 *
 * @example
 * const l = useLocalizer()
 * return <p>{l.count(l.messages.actions, plan.actions.length)}</p>
 */
export function useLocalizer(): Localizer {
  return useContext(LocalizerContext)
}
