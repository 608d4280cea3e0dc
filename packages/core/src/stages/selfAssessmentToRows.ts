import { ValidationError } from '../errors'
import { planToRows } from '../import/planToRows'
import type { Plan } from '../model/plan'
import type { SelfAssessment } from './selfAssessment'

/**
 * Writes the RAG-rated copy of a plan in core's canonical layout (`planToRows`): every column of the plan, then
 * four more per action — `RAG (as of <date>)`, `RAG reasons`, `Achieved` and `Carried forward to` (`plan / action`).
 * Re-importing the rows with `tableToPlan` gives back the plan with these four as `extra` fields. Cells are
 * plain text: write them with adapter-csv's `rowsToCsv`, which makes them formula-safe.
 *
 * Throws `ValidationError` when the reflection is of another plan.
 *
 * @example
 * const csv = rowsToCsv(selfAssessmentToRows(plan, reflection)) // from @techcommit/adapter-csv
 */
export function selfAssessmentToRows(plan: Plan, reflection: SelfAssessment): string[][] {
  if (reflection.planId !== plan.id || reflection.actions.length !== plan.actions.length) {
    throw new ValidationError('Pass the plan the self-assessment was made of.', [
      {
        path: 'reflection.planId',
        message: `The self-assessment is of plan "${reflection.planId}", not "${plan.id}".`,
      },
    ])
  }
  const rated: Plan = {
    ...plan,
    actions: plan.actions.map((action, index) => {
      const a = reflection.actions[index]!
      return {
        ...action,
        extra: [
          ...action.extra,
          { column: `RAG (as of ${reflection.asOf})`, value: `${a.rating}${a.late ? ' (late)' : ''}` },
          { column: 'RAG reasons', value: a.reasons.join('\n') },
          { column: 'Achieved', value: a.achieved ? 'yes' : 'no' },
          {
            column: 'Carried forward to',
            value: a.carriedTo === null ? '' : `${a.carriedTo.planId} / ${a.carriedTo.actionId}`,
          },
        ],
      }
    }),
  }
  return planToRows(rated)
}
