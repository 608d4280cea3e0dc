import type { Finding, Rag, TargetDate, Taxonomy } from '@techcommit/core'
import { enGB } from './enGB'
import { type FindingCode, fill, type Messages, type PluralForms, type ReasonCode } from './Messages'

/**
 * Everything a widget needs to speak one language: the messages plus number, plural and date formatting
 * through `Intl` for the locale. Made once per locale by {@link createLocalizer}.
 *
 * @example
 * const l = createLocalizer('cy', cy)
 * l.count(l.messages.actions, 3) // '3 cham gweithredu'
 */
export interface Localizer {
  readonly locale: string
  readonly messages: Messages
  /** The plural form for `n`, with `#` replaced by the number formatted for the locale. */
  count(forms: PluralForms, n: number): string
  /** `0.456` → "46%"; null → the "no value" dash. */
  percent(share: number | null): string
  /** An ISO calendar date (`YYYY-MM-DD`) as a day, in words for the locale ("31 Dec 2020"). */
  date(iso: string): string
  /** An ISO calendar date as a month and year ("Dec 2020"). */
  month(iso: string): string
  /** An ISO date-time as a day and time. */
  dateTime(iso: string): string
  /** A target date in words for the locale ("By 31 Aug 2018", "Apr 2019 to Jun 2019", "Ongoing"). */
  target(target: TargetDate): string
  rating(rag: Rag, late?: boolean): string
  /** A pillar's name in this language: the messages' name, else the taxonomy's, else the code. */
  pillar(code: string, taxonomy: Taxonomy): string
  fill(template: string, values: Readonly<Record<string, string | number>>): string
  /**
   * Why an action got its rating, in this language: the messages' text for the reason's `rule` code, with
   * `{days}` filled from `daysToDue` (days to the due date, or past it); core's own `message` for a code the
   * messages do not know (a rule of your own).
   */
  reason(reason: ReasonText, facts?: { readonly daysToDue: number | null }): string
  /**
   * A finding's message and fix in this language: the messages' text for its `code`, given the pillar it is
   * about; the finding's own `message` and `fix` for an unknown code or when the pillar is not known.
   */
  finding(
    finding: Finding,
    pillar: { readonly code: string } | null,
    taxonomy: Taxonomy,
  ): { readonly message: string; readonly fix: string }
}

/**
 * What {@link Localizer.reason} reads from a rule result: its code, when it has one, and its English message.
 *
 * @example
 * const reason: ReasonText = { rule: 'overdue', message: 'The due date has passed…' }
 */
export interface ReasonText {
  readonly rule?: string
  readonly message: string
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

/** Midnight UTC of an ISO day, so formatting never shifts the day with the viewer's time zone. */
function utcDay(iso: string): Date | null {
  const match = ISO_DAY.exec(iso)
  if (match === null) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

/**
 * Builds a {@link Localizer} for a BCP 47 locale and its messages. Unknown locales fall back to what `Intl`
 * supports; missing messages are not filled in, so pass a complete `Messages` object (spread `enGB`).
 *
 * @example
 * const l = createLocalizer('en-GB')
 * l.date('2020-12-31') // '31 Dec 2020'
 */
export function createLocalizer(locale = 'en-GB', messages: Messages = enGB): Localizer {
  const plurals = new Intl.PluralRules(locale)
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
  // Where Intl has no date data for the locale it would answer in another language's order ("Dec 31,
  // 2020"); the messages' own month names are used instead.
  const intlDates = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0
  const dayFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  })
  const monthName = (day: Date): string => messages.monthsShort[day.getUTCMonth()] ?? ''
  const date = (iso: string): string => {
    const day = utcDay(iso)
    if (day === null) return iso
    return intlDates ? dayFormat.format(day) : `${day.getUTCDate()} ${monthName(day)} ${day.getUTCFullYear()}`
  }
  const month = (iso: string): string => {
    const day = utcDay(iso)
    if (day === null) return iso
    return intlDates ? monthFormat.format(day) : `${monthName(day)} ${day.getUTCFullYear()}`
  }
  const t = messages.target
  const pillar = (code: string, taxonomy: Taxonomy): string =>
    (Object.hasOwn(messages.pillarNames, code) ? messages.pillarNames[code] : undefined) ??
    taxonomy.pillars.find((p) => p.code === code)?.name ??
    code
  return {
    locale,
    messages,
    count: (forms, n) => (forms[plurals.select(n)] ?? forms.other).replace('#', integer.format(n)),
    percent: (share) => (share === null ? messages.noValue : percentFormat.format(share)),
    date,
    month,
    dateTime: (iso) => {
      const at = new Date(iso)
      if (Number.isNaN(at.getTime())) return iso
      if (intlDates) return dateTimeFormat.format(at)
      return `${date(at.toISOString())} ${at.toISOString().slice(11, 16)}`
    },
    target: (target) => {
      switch (target.kind) {
        case 'unknown':
          return t.undated
        case 'ongoing':
          return t.ongoing
        case 'completed':
          return target.due === null
            ? t.completed
            : `${t.completed} · ${fill(t.by, { date: date(target.due) })}`
        case 'started':
          return target.start === null ? t.ongoing : fill(t.since, { date: month(target.start) })
        case 'recurring':
          return target.due === null
            ? t.recurring
            : `${t.recurring} · ${fill(t.by, { date: date(target.due) })}`
        default: {
          if (target.due === null) return t.undated
          if (target.kind === 'range' && target.start !== null && target.start !== target.due) {
            const show = target.precision === 'day' ? date : month
            return fill(t.between, { start: show(target.start), end: show(target.due) })
          }
          return fill(t.by, { date: date(target.due) })
        }
      }
    },
    rating: (rag, late = false) =>
      late ? `${messages.ratings[rag]} ${messages.late}` : messages.ratings[rag],
    pillar,
    fill,
    reason: (reason, facts) => {
      const code = reason.rule
      if (code === undefined || !Object.hasOwn(messages.reasonTexts, code)) return reason.message
      const days = facts?.daysToDue ?? null
      return fill(
        messages.reasonTexts[code as ReasonCode],
        days === null ? {} : { days: integer.format(Math.abs(days)) },
      )
    },
    finding: (finding, about, taxonomy) => {
      if (about === null || !Object.hasOwn(messages.findingTexts, finding.code))
        return { message: finding.message, fix: finding.fix }
      const text = messages.findingTexts[finding.code as FindingCode]
      const values = { pillar: pillar(about.code, taxonomy), code: about.code }
      return { message: fill(text.message, values), fix: fill(text.fix, values) }
    },
  }
}
