import { type Action, ProgressUpdate, type StatusState } from '@techcommit/core'
import { type FormEvent, type ReactElement, useEffect, useId, useRef, useState } from 'react'
import { useLocalizer } from './i18n/TechcommitProvider'
import { InsideWidget, useWidgetRoot, type WidgetStyleProps } from './theme/widgetRoot'

/**
 * The longest note the form accepts, in characters.
 *
 * @example
 * note.length <= MAX_NOTE_LENGTH
 */
export const MAX_NOTE_LENGTH = 2000

/** Props of {@link ProgressUpdateForm}. */
export interface ProgressUpdateFormProps extends WidgetStyleProps {
  /** The action the update is for (its title labels the form; its state is preselected). */
  readonly action: Action
  /** Receives a valid `ProgressUpdate`; save it through your `PlanStore` (`recordUpdate`). */
  readonly onSubmit: (update: ProgressUpdate) => void | Promise<void>
  /** The update's timestamp. Default: the current time (`new Date().toISOString()`). */
  readonly now?: () => string
  /** Prefills "by" (the signed-in user). */
  readonly by?: string
}

type Field = 'status' | 'percent' | 'note' | 'by'
type Errors = Partial<Record<Field, string>>

const STATES: readonly StatusState[] = [
  'not-started',
  'in-progress',
  'complete',
  'ongoing',
  'on-hold',
  'cancelled',
]

/**
 * Records progress on one action: a status, a percentage and a note. Checks what was typed, builds a
 * `ProgressUpdate` and validates it with core's schema before handing it to `onSubmit`; problems are listed
 * in a summary that takes focus, each linked to its field, and announced beside the field.
 *
 * @example
 * <ProgressUpdateForm
 *   action={action}
 *   onSubmit={(update) => store.recordUpdate(plan.id, action.id, update, { expectedRevision })}
 * />
 */
export function ProgressUpdateForm({
  action,
  onSubmit,
  now = () => new Date().toISOString(),
  by: initialBy = '',
  ...style
}: ProgressUpdateFormProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  const f = m.form
  const root = useWidgetRoot('techcommit-form', style)
  const id = useId()
  const summaryRef = useRef<HTMLDivElement>(null)
  const [state, setState] = useState<StatusState | ''>('')
  const [percent, setPercent] = useState('')
  const [note, setNote] = useState('')
  const [by, setBy] = useState(initialBy)
  const [errors, setErrors] = useState<Errors>({})
  const [saved, setSaved] = useState(false)
  // Each failed submit moves focus to the error summary once it is on screen, so the problems are read out.
  const [failedSubmits, setFailedSubmits] = useState(0)
  useEffect(() => {
    if (failedSubmits > 0) summaryRef.current?.focus()
  }, [failedSubmits])
  const fieldId = (field: Field): string => `${id}-${field}`
  const errorId = (field: Field): string => `${id}-${field}-error`

  const check = (): { errors: Errors; update: ProgressUpdate | null } => {
    const found: Errors = {}
    const trimmedPercent = percent.trim()
    const percentValue = trimmedPercent === '' ? null : Number(trimmedPercent)
    if (
      percentValue !== null &&
      !(Number.isInteger(percentValue) && percentValue >= 0 && percentValue <= 100)
    ) {
      found.percent = f.percentRange
    }
    if (note.length > MAX_NOTE_LENGTH) found.note = l.fill(f.noteTooLong, { max: MAX_NOTE_LENGTH })
    if (state === '' && note.trim() === '' && percentValue === null) found.status = f.needSomething
    if (Object.keys(found).length > 0) return { errors: found, update: null }
    const at = now()
    const chosen: StatusState = state === '' ? action.status.state : state
    const candidate = {
      at,
      by: by.trim() === '' ? null : by.trim(),
      status:
        state === '' && percentValue === null
          ? null
          : {
              text: m.states[chosen],
              state: chosen,
              completedOn: chosen === 'complete' ? at.slice(0, 10) : null,
              percent: percentValue,
              reportedRag: null,
              note: null,
            },
      target: null,
      note: note.trim() === '' ? null : note.trim(),
    }
    const parsed = ProgressUpdate.safeParse(candidate)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field: Field = issue.path[0] === 'note' ? 'note' : issue.path[0] === 'by' ? 'by' : 'status'
        found[field] ??= issue.message
      }
      return { errors: found, update: null }
    }
    return { errors: {}, update: parsed.data }
  }

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault()
    const result = check()
    setErrors(result.errors)
    setSaved(false)
    if (result.update === null) {
      setFailedSubmits((n) => n + 1)
      return
    }
    await onSubmit(result.update)
    setSaved(true)
    setState('')
    setPercent('')
    setNote('')
  }

  const problems = (Object.keys(errors) as Field[]).filter((field) => errors[field] !== undefined)
  const describe = (field: Field, hint?: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } => {
    const ids = [hint, errors[field] === undefined ? undefined : errorId(field)].filter(Boolean).join(' ')
    return {
      ...(errors[field] === undefined ? {} : { 'aria-invalid': true as const }),
      ...(ids === '' ? {} : { 'aria-describedby': ids }),
    }
  }
  const fieldError = (field: Field): ReactElement | null =>
    errors[field] === undefined ? null : (
      <span id={errorId(field)} className="techcommit-error">
        {errors[field]}
      </span>
    )

  return (
    <InsideWidget.Provider value={true}>
      <form {...root} noValidate onSubmit={(event) => void submit(event)}>
        {problems.length === 0 ? null : (
          <div className="techcommit-error-summary" ref={summaryRef} tabIndex={-1} role="alert">
            <strong>{f.errorsHeading}</strong>
            <ul>
              {problems.map((field) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`}>{errors[field]}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <fieldset>
          <legend>
            {f.legend} <bdi>{action.title}</bdi>
          </legend>
          <div className="techcommit-field">
            <label htmlFor={fieldId('status')}>{f.status}</label>
            <select
              id={fieldId('status')}
              value={state}
              onChange={(event) => setState(event.target.value as StatusState | '')}
              {...describe('status')}
            >
              <option value="">{l.fill(f.keepStatus, { state: m.states[action.status.state] })}</option>
              {STATES.map((option) => (
                <option key={option} value={option}>
                  {m.states[option]}
                </option>
              ))}
            </select>
            {fieldError('status')}
          </div>
          <div className="techcommit-field">
            <label htmlFor={fieldId('percent')}>{f.percent}</label>
            <span id={`${id}-percent-hint`} className="techcommit-muted">
              {f.percentHint}
            </span>
            <input
              id={fieldId('percent')}
              inputMode="numeric"
              value={percent}
              onChange={(event) => setPercent(event.target.value)}
              {...describe('percent', `${id}-percent-hint`)}
            />
            {fieldError('percent')}
          </div>
          <div className="techcommit-field">
            <label htmlFor={fieldId('note')}>{f.note}</label>
            <textarea
              id={fieldId('note')}
              rows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              {...describe('note')}
            />
            {fieldError('note')}
          </div>
          <div className="techcommit-field">
            <label htmlFor={fieldId('by')}>{f.by}</label>
            <input
              id={fieldId('by')}
              autoComplete="name"
              value={by}
              onChange={(event) => setBy(event.target.value)}
              {...describe('by')}
            />
            {fieldError('by')}
          </div>
          <div>
            <button type="submit" className="techcommit-primary">
              {f.submit}
            </button>
          </div>
          <div aria-live="polite" className="techcommit-muted">
            {saved ? f.saved : ''}
          </div>
        </fieldset>
      </form>
    </InsideWidget.Provider>
  )
}
