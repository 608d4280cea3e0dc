// The whole sector of bench/importSector.ts as CSV: 150 generated plans (about 10,000 actions) in five layouts real
// plans use: a synonym header ("No., Action, Lead, Timescale, Status"), header words only ("What we will do, Who,
// By when, Progress to date"), no header at all (read from the cells), a group label written once per objective
// ("Objective, Actions and outputs, Timeframe, Person(s) responsible"), and a one-column numbered list with theme
// headings. Deterministic: every call returns the same texts.
import Papa from 'papaparse'
import { random } from './random'

/**
 * The 150 plans' CSV texts and the number of actions written in them.
 *
 * @example
 * const { plans, actions } = sectorCsv() // 150 texts, 10172 actions
 */
export function sectorCsv(): { plans: string[]; actions: number } {
  const rand = random(11)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
  const verbs = [
    'Launch',
    'Review',
    'Hold',
    'Publish',
    'Develop',
    'Promote',
    'Survey',
    'Establish',
    'Support',
  ]
  const things = [
    'a technician network',
    'the career pathway',
    'an annual showcase',
    'professional registration',
    'the induction process',
    'mentoring for technical staff',
    'a skills directory',
    'award nominations',
  ]
  const owners = ['HR', 'Forum', 'SM / JB', 'Head of School', 'Technical Manager', 'OD, HR', 'Steering Group']
  const dates = [
    'June 2024',
    'Dec. 24',
    'End of March 2025',
    'Q2 2025',
    'Autumn 2024',
    'Ongoing',
    '31/07/2025',
    'By May 2026',
  ]
  const states = ['Complete', 'In progress', 'Not started', 'On hold', 'Ongoing']
  const action = () =>
    `${pick(verbs)} ${pick(things)} with the ${pick(['faculties', 'schools', 'institutes'])}`
  const csv = (rows: string[][]) => Papa.unparse(rows)

  function plan(layout: number, size: number, n: number): string {
    const rows: string[][] = []
    switch (layout) {
      case 0:
        rows.push(
          [`Technician Commitment Action Plan ${n}`, '', '', '', ''],
          ['No.', 'Action', 'Lead', 'Timescale', 'Status'],
        )
        for (let i = 1; i <= size; i++)
          rows.push([String(i), action(), pick(owners), pick(dates), pick(states)])
        break
      case 1:
        rows.push(
          [`Athena Swan plan ${n} 2022–25`, '', '', ''],
          ['What we will do', 'Who', 'By when', 'Progress to date'],
        )
        for (let i = 1; i <= size; i++) rows.push([action(), pick(owners), pick(dates), pick(states)])
        break
      case 2:
        rows.push([`Concordat plan ${n}`, '', ''])
        for (let i = 1; i <= size; i++) rows.push([`${i}. ${action()}`, pick(owners), pick(dates)])
        break
      case 3:
        rows.push(['Objective', 'Actions and outputs', 'Timeframe', 'Person(s) responsible'])
        for (let i = 1; i <= size; i++) {
          const first = i % 3 === 1
          rows.push([
            first ? `${Math.ceil(i / 3)}.1 Objective ${i} for the school` : '',
            action(),
            pick(dates),
            pick(owners),
          ])
        }
        break
      default:
        rows.push([`Race equality plan ${n}`])
        for (let i = 1; i <= size; i++) {
          if (i % 8 === 1) rows.push([`Theme ${Math.ceil(i / 8)}: ${pick(things)}`])
          rows.push([`Objective ${i}: ${action()}`])
        }
    }
    return csv(rows)
  }

  const plans: string[] = []
  let actions = 0
  for (let n = 0; n < 150; n++) {
    const size = 20 + Math.floor(rand() * 94) // 20–113 actions, about 10,000 in all
    actions += size
    plans.push(plan(n % 5, size, n))
  }
  return { plans, actions }
}
