import {
  type ActionReflection,
  RAGS,
  type SelfAssessment,
  type Taxonomy,
  technicianCommitment,
} from '@techcommit/core'
import type { ReactElement } from 'react'
import { PillarBadges } from './PillarBadges'
import { RagBadge, ragLabels } from './RagBadge'
import { reportStyles } from './theme/widgetStyles'

/** Props of {@link SelfAssessmentReport} and {@link SelfAssessmentPage}. */
export interface SelfAssessmentReportProps {
  /** What `selfAssessment(plan, assessment, { next })` returned. */
  readonly reflection: SelfAssessment
  /** The taxonomy the pillar codes belong to. Defaults to the Technician Commitment. */
  readonly taxonomy?: Taxonomy
}

const percent = (value: number | null): string => (value === null ? '—' : `${Math.round(value * 100)}%`)

/**
 * The RAG-rated copy of a plan that reviewers read at the end of a stage: headline figures, a table by pillar
 * (expected against actual progress, coverage in the next plan), Evaluating Impact, findings, and every action
 * with its rating and reasons, evidence and where it was carried. Every rating is written in words, not only
 * in colour. All plan text goes through React's escaping.
 *
 * @example
 * <SelfAssessmentReport reflection={selfAssessment(plan, evaluatePlan(plan, { asOf }), { next })} />
 */
export function SelfAssessmentReport({
  reflection: r,
  taxonomy = technicianCommitment,
}: SelfAssessmentReportProps): ReactElement {
  const h = r.headline
  const hasNext = r.nextPlanId !== null
  const facts = [
    r.institution,
    r.stage === null ? null : `Stage ${r.stage}`,
    r.period.text ?? (r.period.start === null ? null : `${r.period.start} to ${r.period.end ?? '?'}`),
  ].filter((fact): fact is string => fact !== null)
  return (
    <article className="techcommit-report techcommit-self-assessment" data-plan={r.planId}>
      <h1>Self-assessment: {r.title ?? r.planId}</h1>
      <p className="techcommit-headline">
        {facts.map((fact) => `${fact} · `).join('')}as of <time dateTime={r.asOf}>{r.asOf}</time>
      </p>

      <section aria-labelledby="sa-headline">
        <h2 id="sa-headline">Headline figures</h2>
        <ul>
          <li>
            {h.actions} actions: {h.achieved} achieved, {h.open} open, {h.cancelled} cancelled
          </li>
          <li>Completion: {percent(h.completion)}</li>
          <li>
            Progress: expected {percent(h.expected)}, actual {percent(h.actual)}
            {h.gap !== null && h.gap > 0 ? ` (${percent(h.gap)} behind)` : ''}
          </li>
          {hasNext ? (
            <li>
              Carried forward into {r.nextPlanId}: {h.carriedForward} of the {h.open} open actions (
              {h.openNotCarried} not carried)
            </li>
          ) : null}
        </ul>
        <dl className="techcommit-rag-counts" aria-label="Actions by rating">
          {RAGS.map((rag) => (
            <div key={rag} data-rag={rag}>
              <dt>{ragLabels[rag]}</dt>
              <dd>{h.ratingCounts[rag]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="sa-pillars">
        <h2 id="sa-pillars">By pillar</h2>
        <table className="techcommit-actions">
          <caption>Progress and next-plan coverage by pillar, as of {r.asOf}</caption>
          <thead>
            <tr>
              <th scope="col">Pillar</th>
              <th scope="col">Actions</th>
              <th scope="col">Achieved</th>
              <th scope="col">Open</th>
              <th scope="col">Overdue</th>
              <th scope="col">At risk</th>
              <th scope="col">Completion</th>
              <th scope="col">Expected</th>
              <th scope="col">Actual</th>
              {hasNext ? <th scope="col">Carried forward</th> : null}
              {hasNext ? <th scope="col">In next plan</th> : null}
            </tr>
          </thead>
          <tbody>
            {r.pillars.map((p) => (
              <tr key={p.code} data-pillar={p.code}>
                <th scope="row">
                  {p.name} ({p.code})
                </th>
                <td>{p.actions}</td>
                <td>{p.achieved}</td>
                <td>{p.open}</td>
                <td>{p.overdue}</td>
                <td>{p.atRisk}</td>
                <td>{percent(p.completion)}</td>
                <td>{percent(p.expected)}</td>
                <td>{percent(p.actual)}</td>
                {hasNext ? <td>{p.carriedForward}</td> : null}
                {hasNext ? (
                  <td>{p.inNextPlan === 0 ? <strong>None: missing</strong> : p.inNextPlan}</td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {r.evaluatingImpact === null ? null : (
        <section aria-labelledby="sa-impact">
          <h2 id="sa-impact">{r.evaluatingImpact.name}</h2>
          <p>{r.evaluatingImpact.message}</p>
        </section>
      )}

      <section aria-labelledby="sa-findings">
        <h2 id="sa-findings">Findings</h2>
        {r.findings.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="techcommit-findings">
            {r.findings.map((f, i) => (
              // Findings have no id of their own; their order is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: a static list rendered once
              <li key={i} data-severity={f.severity}>
                <strong>{f.severity}:</strong> {f.message} {f.fix}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sa-actions">
        <h2 id="sa-actions">Actions</h2>
        <table className="techcommit-actions">
          <caption>Every action of the plan with its rating, evidence and where it was carried</caption>
          <thead>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Action</th>
              <th scope="col">Pillars</th>
              <th scope="col">Rating and reasons</th>
              <th scope="col">Evidence</th>
              <th scope="col">{hasNext ? 'Carried forward to' : 'Next plan'}</th>
            </tr>
          </thead>
          <tbody>
            {r.actions.map((a) => (
              <ActionRow key={a.actionId} action={a} taxonomy={taxonomy} hasNext={hasNext} />
            ))}
          </tbody>
        </table>
      </section>
    </article>
  )
}

function ActionRow({
  action: a,
  taxonomy,
  hasNext,
}: {
  readonly action: ActionReflection
  readonly taxonomy: Taxonomy
  readonly hasNext: boolean
}): ReactElement {
  const e = a.evidence
  return (
    <tr data-rag={a.rating} data-action={a.actionId}>
      <td>{a.ref ?? '–'}</td>
      <th scope="row">
        {a.title}
        <br />
        <span className="techcommit-section">
          Target: {a.target === '' ? 'none' : a.target}
          {a.due === null ? '' : ` (due ${a.due})`}
        </span>
      </th>
      <td>
        <PillarBadges codes={a.pillars} taxonomy={taxonomy} />
      </td>
      <td>
        <RagBadge rating={a.rating} late={a.late} />
        {a.reasons.length === 0 ? null : (
          <ul className="techcommit-reasons">
            {a.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <dl className="techcommit-evidence">
          <dt>Status</dt>
          <dd>{e.status === '' ? 'Not reported' : e.status}</dd>
          {e.successMeasures.length === 0 ? null : (
            <>
              <dt>Success measures</dt>
              {e.successMeasures.map((measure, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: measures may repeat; the list is static
                <dd key={i}>{measure}</dd>
              ))}
            </>
          )}
          {e.notes === null || e.notes.trim() === '' ? null : (
            <>
              <dt>Notes</dt>
              <dd>{e.notes}</dd>
            </>
          )}
          {e.updates.length === 0 ? null : (
            <>
              <dt>History</dt>
              {e.updates.map((u, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: history entries can share a timestamp
                <dd key={i}>
                  <time dateTime={u.at}>{u.at.slice(0, 10)}</time>
                  {u.by === null ? '' : ` ${u.by}`}:{' '}
                  {[u.status, u.note].filter((x) => x !== null).join(' — ')}
                </dd>
              ))}
            </>
          )}
        </dl>
      </td>
      <td>
        {a.carriedTo !== null
          ? `${a.carriedTo.planId}, action ${a.carriedTo.ref ?? a.carriedTo.actionId}`
          : a.achieved
            ? 'Achieved'
            : hasNext
              ? 'Not carried'
              : '—'}
      </td>
    </tr>
  )
}

const pageStyles = `
body { margin: 1.5rem; font-family: system-ui, sans-serif; color: #1b1b1b; background: #fff; }
h1 { font-size: 1.6rem; }
.techcommit-evidence { margin: 0; }
.techcommit-evidence dt { font-weight: 600; font-size: .8rem; }
.techcommit-evidence dd { margin: 0 0 .2rem; }
.techcommit-reasons { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .85rem; }
.techcommit-findings [data-severity="error"] strong { color: #8a1010; }
`

/**
 * A whole self-contained HTML page (no scripts, no external assets, a Content-Security-Policy that forbids
 * scripts) holding a {@link SelfAssessmentReport}, for reviewers. Render it on a server and put
 * `<!doctype html>` in front.
 *
 * @example
 * const html = `<!doctype html>${renderToStaticMarkup(<SelfAssessmentPage reflection={reflection} />)}`
 */
export function SelfAssessmentPage({ reflection, taxonomy }: SelfAssessmentReportProps): ReactElement {
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta httpEquiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
        <title>{`Self-assessment: ${reflection.title ?? reflection.planId} — as of ${reflection.asOf}`}</title>
        {/* Our own constant stylesheet, not plan text: React would escape its quotes as text. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: constant CSS written in this package */}
        <style dangerouslySetInnerHTML={{ __html: reportStyles + pageStyles }} />
      </head>
      <body>
        <main>
          <SelfAssessmentReport reflection={reflection} {...(taxonomy === undefined ? {} : { taxonomy })} />
        </main>
      </body>
    </html>
  )
}
