import type { Rag, StatusState } from '@techcommit/core'

/**
 * The plural categories `Intl.PluralRules` can return. English uses `one` and `other`; Welsh uses all six.
 *
 * @example
 * const forms: PluralForms = { one: '1 action', other: '# actions' }
 */
/**
 * The `rule` codes of core's default rules (`defaultRules`) plus the `on-track` reason core adds when no rule
 * spoke. A reason with another code (a rule of your own) is shown with its own `message`.
 *
 * @example
 * const code: ReasonCode = 'overdue'
 */
export type ReasonCode =
  | 'complete'
  | 'complete-late'
  | 'cancelled'
  | 'overdue'
  | 'due-soon'
  | 'behind-schedule'
  | 'stale'
  | 'not-dated'
  | 'on-track'

/**
 * The `code`s of the coverage findings `evaluatePlan` writes, which `PlanDashboard` shows. Any other code is
 * shown with the finding's own `message` and `fix`.
 *
 * @example
 * const code: FindingCode = 'pillar-not-covered'
 */
export type FindingCode = 'pillar-not-covered' | 'pillar-no-open-action'

export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>

/**
 * Every word the widgets show, for one language. Plural texts are {@link PluralForms} with `#` standing for
 * the number; `{name}` placeholders are filled by the widget. Build a new language by spreading
 * `enGB` and replacing what differs.
 *
 * @example
 * const messages: Messages = { ...enGB, actionsHeading: 'Tasks' }
 */
export interface Messages {
  readonly ratings: Readonly<Record<Rag, string>>
  readonly states: Readonly<Record<StatusState, string>>
  /** Pillar names by code, used instead of the taxonomy's English names when present. */
  readonly pillarNames: Readonly<Record<string, string>>
  readonly late: string
  /**
   * Short month names, January first. Used only where the browser's `Intl` has no date data for the locale
   * (some Chromium builds ship without Welsh), so dates never fall back to another language's order.
   */
  readonly monthsShort: readonly string[]
  readonly actions: PluralForms
  readonly plans: PluralForms
  readonly asOf: string
  readonly headline: string
  readonly complete: string
  readonly expectedByNow: string
  readonly actual: string
  readonly noValue: string
  readonly dashboardLabel: string
  readonly ratingCountsLabel: string
  readonly pillarProgressLabel: string
  readonly findingsLabel: string
  /**
   * Why an action got its rating, by rule code. `{days}` is filled with the number of days to (or past) the
   * due date when the assessment has one.
   */
  readonly reasonTexts: Readonly<Record<ReasonCode, string>>
  /** Coverage findings by code; `{pillar}` is the pillar's name in this language, `{code}` its code. */
  readonly findingTexts: Readonly<Record<FindingCode, { readonly message: string; readonly fix: string }>>
  readonly actionsHeading: string
  readonly columns: {
    readonly ref: string
    readonly title: string
    readonly pillars: string
    readonly owners: string
    readonly target: string
    readonly status: string
    readonly rating: string
    readonly section: string
    readonly plan: string
    readonly completion: string
    readonly coverage: string
  }
  readonly search: string
  readonly filterBy: string
  readonly all: string
  readonly groupBy: string
  readonly groupNone: string
  readonly noSection: string
  readonly noOwner: string
  readonly showing: string
  readonly firstRows: string
  readonly showMore: string
  readonly noMatch: string
  readonly sortAscending: string
  readonly sortDescending: string
  readonly details: string
  readonly hideDetails: string
  readonly reasons: string
  readonly successMeasures: string
  readonly notes: string
  readonly description: string
  readonly history: string
  readonly noHistory: string
  readonly none: string
  readonly tableScrollLabel: string
  readonly pillarCounts: string
  readonly pillarNotCovered: string
  readonly pillarNoActions: string
  readonly percentComplete: string
  readonly open: string
  readonly overdue: string
  readonly charts: {
    readonly data: string
    readonly ragTitle: string
    readonly ragSummary: string
    readonly pillarTitle: string
    readonly pillarSummary: string
    readonly expected: string
    readonly actual: string
    readonly timelineTitle: string
    readonly timelineSummary: string
    readonly timelineEmpty: string
    readonly period: string
    readonly due: string
    readonly dueOpen: string
    readonly dueComplete: string
    readonly burnUpTitle: string
    readonly burnUpSummary: string
    readonly burnUpEmpty: string
    readonly date: string
    readonly completedSoFar: string
    readonly count: string
  }
  readonly target: {
    readonly undated: string
    readonly ongoing: string
    readonly by: string
    readonly between: string
    readonly since: string
    readonly recurring: string
    readonly completed: string
  }
  readonly overview: {
    readonly label: string
    readonly summary: string
  }
  readonly form: {
    readonly legend: string
    readonly keepStatus: string
    readonly status: string
    readonly percent: string
    readonly percentHint: string
    readonly note: string
    readonly by: string
    readonly submit: string
    readonly errorsHeading: string
    readonly percentRange: string
    readonly noteTooLong: string
    readonly needSomething: string
    readonly saved: string
  }
  readonly loading: string
  readonly loadFailed: string
}

/**
 * Replaces `{name}` placeholders with values; unknown placeholders are left as written.
 *
 * @example
 * fill('As of {date}', { date: '31 Dec 2020' }) // 'As of 31 Dec 2020'
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  )
}
