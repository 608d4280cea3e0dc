import type { Action, ActionAssessment } from '@techcommit/core'
import type { ReactElement } from 'react'
import { useLocalizer } from '../i18n/TechcommitProvider'

/** Props of {@link ActionDetails}. */
export interface ActionDetailsProps {
  readonly action: Action
  readonly assessment: ActionAssessment
}

/**
 * Everything about one action that does not fit a table row: why it got its rating, the description,
 * success measures, notes, the target and status as written, other columns, and the update history.
 *
 * @example
 * <ActionDetails action={action} assessment={assessment} />
 */
export function ActionDetails({ action, assessment }: ActionDetailsProps): ReactElement {
  const l = useLocalizer()
  const m = l.messages
  return (
    <div className="techcommit-details">
      <section>
        <h4>{m.reasons}</h4>
        {assessment.reasons.length === 0 ? (
          <span className="techcommit-muted">{m.none}</span>
        ) : (
          <ul>
            {assessment.reasons.map((reason) => (
              <li key={`${reason.rule}:${reason.message}`}>{l.reason(reason, assessment)}</li>
            ))}
          </ul>
        )}
      </section>
      {action.description === null ? null : (
        <section>
          <h4>{m.description}</h4>
          <bdi>{action.description}</bdi>
        </section>
      )}
      <section>
        <h4>{m.successMeasures}</h4>
        {action.successMeasures.length === 0 ? (
          <span className="techcommit-muted">{m.none}</span>
        ) : (
          <ul>
            {action.successMeasures.map((measure, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: measures may repeat; their order is fixed
              <li key={index}>
                <bdi>{measure}</bdi>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h4>{m.notes}</h4>
        <dl>
          {action.notes === null ? null : (
            <div>
              <dt className="techcommit-sr-only">{m.notes}</dt>
              <dd>
                <bdi>{action.notes}</bdi>
              </dd>
            </div>
          )}
          <div>
            <dt>{m.columns.target}</dt>
            <dd>
              <bdi>{action.target.text || m.noValue}</bdi>
            </dd>
          </div>
          <div>
            <dt>{m.columns.status}</dt>
            <dd>
              <bdi>{action.status.text || m.noValue}</bdi>
            </dd>
          </div>
          {action.extra.map((field, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: unmapped columns may share a header
            <div key={index}>
              <dt>
                <bdi>{field.column}</bdi>
              </dt>
              <dd>
                <bdi>{field.value}</bdi>
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section>
        <h4>{m.history}</h4>
        {action.updates.length === 0 ? (
          <span className="techcommit-muted">{m.noHistory}</span>
        ) : (
          <ol>
            {action.updates.map((update, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: history is append-only, oldest first
              <li key={index}>
                <time dateTime={update.at}>{l.dateTime(update.at)}</time>
                {update.by === null ? null : (
                  <>
                    {' · '}
                    <bdi>{update.by}</bdi>
                  </>
                )}
                {update.status === null ? null : ` · ${m.states[update.status.state]}`}
                {update.status?.percent == null ? null : ` (${l.percent(update.status.percent / 100)})`}
                {update.note === null ? null : (
                  <>
                    {': '}
                    <bdi>{update.note}</bdi>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}
