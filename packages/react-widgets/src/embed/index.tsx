// @techcommit/react-widgets/embed — custom elements for pages with no React build. Built as one ES module
// with React inside: <script type="module" src="techcommit-embed.js"></script>.
import { evaluatePlan, getTaxonomy, type Plan, technicianCommitment } from '@techcommit/core'
import { type ReactElement, useEffect, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { TechcommitProvider, useLocalizer } from '../i18n/TechcommitProvider'
import { PlanDashboard } from '../PlanDashboard'
import { PlansOverview } from '../PlansOverview'
import { InsideWidget } from '../theme/widgetRoot'
import { widgetStyles } from '../theme/widgetStyles'
import { loadPlan, loadPlans } from './loadPlans'

/**
 * The widgets' stylesheet for a shadow root: the `--tc-*` defaults move to `:host`, so the page's own rules
 * for the element (`techcommit-dashboard { --tc-brand: #7a003c }`) win over them, and the `theme` attribute
 * picks light or dark.
 *
 * @example
 * shadowRoot.append(Object.assign(document.createElement('style'), { textContent: embedStyles }))
 */
export const embedStyles: string = widgetStyles
  .replaceAll(':where(.techcommit[data-theme="dark"])', ':host([theme="dark"])')
  .replaceAll(':where(.techcommit:not([data-theme="light"]))', ':host(:not([theme="light"]))')
  .replaceAll(':where(.techcommit)', ':host')
  .concat(':host { display: block; max-width: 100%; }\n')

type LoadState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; value: T }

function useLoaded<T>(load: () => Promise<T>, key: string): LoadState<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` reads
  useEffect(() => {
    let current = true
    setState({ status: 'loading' })
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (error: unknown) =>
        current && setState({ status: 'error', message: String((error as Error).message ?? error) }),
    )
    return () => {
      current = false
    }
  }, [key])
  return state
}

function Status({ state, src }: { state: LoadState<unknown>; src: string }): ReactElement | null {
  const l = useLocalizer()
  if (state.status === 'loading') return <div role="status">{l.messages.loading}</div>
  if (state.status === 'error')
    return <div role="alert">{l.fill(l.messages.loadFailed, { src, reason: state.message })}</div>
  return null
}

const today = (): string => new Date().toISOString().slice(0, 10)
const taxonomyOf = (plan: Plan) => getTaxonomy(plan.taxonomy) ?? technicianCommitment

function Dashboard({ src, asOf, base }: { src: string; asOf: string; base: string }): ReactElement | null {
  const state = useLoaded(() => loadPlan(src, base), `${src}|${base}`)
  if (state.status !== 'ready') return <Status state={state} src={src} />
  const plan = state.value
  const taxonomy = taxonomyOf(plan)
  return <PlanDashboard plan={plan} assessment={evaluatePlan(plan, { asOf, taxonomy })} taxonomy={taxonomy} />
}

function Overview({ src, asOf, base }: { src: string; asOf: string; base: string }): ReactElement | null {
  const state = useLoaded(() => loadPlans(src, base), `${src}|${base}`)
  if (state.status !== 'ready') return <Status state={state} src={src} />
  return (
    <PlansOverview
      plans={state.value.map((plan) => ({
        plan,
        assessment: evaluatePlan(plan, { asOf, taxonomy: taxonomyOf(plan) }),
      }))}
    />
  )
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

// On a server (a framework importing this module while rendering) there is no HTMLElement: the classes are
// still defined, over an empty base, and no element is registered.
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement

/** Shared by both elements: a shadow root with the stylesheet, a React root, re-render on attribute change. */
abstract class TechcommitElement extends ElementBase {
  static readonly observedAttributes = ['src', 'as-of', 'lang', 'theme']
  #root: Root | null = null

  protected abstract renderWidget(src: string, asOf: string, base: string): ReactElement

  connectedCallback(): void {
    if (this.#root === null) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      shadow.replaceChildren()
      const style = document.createElement('style')
      style.textContent = embedStyles
      const mount = document.createElement('div')
      shadow.append(style, mount)
      this.#root = createRoot(mount)
    }
    this.#render()
  }

  disconnectedCallback(): void {
    this.#root?.unmount()
    this.#root = null
  }

  attributeChangedCallback(): void {
    if (this.#root !== null) this.#render()
  }

  #render(): void {
    const locale = this.closest('[lang]')?.getAttribute('lang') || 'en-GB'
    const asOfAttribute = this.getAttribute('as-of') ?? ''
    const asOf = ISO_DAY.test(asOfAttribute) ? asOfAttribute : today()
    const src = this.getAttribute('src') ?? ''
    this.#root?.render(
      <TechcommitProvider locale={locale}>
        <InsideWidget.Provider value={true}>
          <div className="techcommit" lang={locale}>
            {this.renderWidget(src, asOf, document.baseURI)}
          </div>
        </InsideWidget.Provider>
      </TechcommitProvider>,
    )
  }
}

/**
 * `<techcommit-dashboard src="plan.json" as-of="2020-12-31" lang="cy" theme="dark">`: a `PlanDashboard` for
 * one plan as the CLI exports it (`techcommit convert plan.csv --to json`). `as-of` defaults to today; `lang`
 * is read from the element or its nearest ancestor.
 *
 * @example
 * <script type="module" src="/assets/techcommit-embed.js"></script>
 * <techcommit-dashboard src="/plans/oxford.json" as-of="2020-12-31"></techcommit-dashboard>
 */
export class TechcommitDashboardElement extends TechcommitElement {
  protected renderWidget(src: string, asOf: string, base: string): ReactElement {
    return <Dashboard key={`${src}|${asOf}`} src={src} asOf={asOf} base={base} />
  }
}

/**
 * `<techcommit-plans src="plans.json">`: a `PlansOverview` of many plans. `plans.json` is a JSON array of
 * plans, or of URLs of plan files (relative to it), or `{ "plans": [...] }`.
 *
 * @example
 * <techcommit-plans src="/plans/index.json" as-of="2020-12-31" lang="cy"></techcommit-plans>
 */
export class TechcommitPlansElement extends TechcommitElement {
  protected renderWidget(src: string, asOf: string, base: string): ReactElement {
    return <Overview key={`${src}|${asOf}`} src={src} asOf={asOf} base={base} />
  }
}

/**
 * Defines both custom elements (once; a second call or a second copy of the script is harmless).
 * Importing this module calls it.
 *
 * @example
 * import { defineTechcommitElements } from '@techcommit/react-widgets/embed'
 * defineTechcommitElements()
 */
export function defineTechcommitElements(registry: CustomElementRegistry = customElements): void {
  if (registry.get('techcommit-dashboard') === undefined)
    registry.define('techcommit-dashboard', TechcommitDashboardElement)
  if (registry.get('techcommit-plans') === undefined)
    registry.define('techcommit-plans', TechcommitPlansElement)
}

if (typeof customElements !== 'undefined') defineTechcommitElements()
