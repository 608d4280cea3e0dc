import { evaluatePlan, type Plan, tableToPlan } from '@techcommit/core'

/**
 * Three actions in the Oxford layout, assessed on 2019-06-30: ref 1 complete (Oct. 17), ref 2 overdue
 * (due Dec. 18, in progress), ref 3 on track (due Sept. 20). Ref 3's title and owner are hostile text.
 */
export const hostileTitle = '<img src=x onerror=alert(1)><script>alert(2)</script>'
const imported = tableToPlan([
  ['no.', 'Action', 'Aim', 'Responsible', 'Timescale', 'Current Status'],
  ['1', 'Establish Technician Commitment Forum', 'V, C, R, S', 'SRM / VH', 'Oct. 17', 'Complete'],
  ['2', 'Establish a University Technician Commitment webpage', 'V, C', 'SM', 'Dec. 18', 'In progress'],
  ['3', 'Promote careers', 'C', 'Forum', 'Sept. 20', 'In progress'],
]).plan

export const threeActionPlan: Plan = {
  ...imported,
  title: 'Test University plan',
  actions: imported.actions.map((a, i) =>
    i === 2 ? { ...a, title: hostileTitle, owners: [hostileTitle] } : a,
  ),
}

export const threeActionAssessment = evaluatePlan(threeActionPlan, { asOf: '2019-06-30' })
