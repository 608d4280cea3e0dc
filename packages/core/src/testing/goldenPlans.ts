// The hand-reasoned golden readings of the seed plans (`examples/data/golden`) as plans, for core's own tests.
// Reads files of this repository, so it is not exported from ./testing.
import { readFileSync } from 'node:fs'
import type { Plan } from '../model/plan'
import type { StatusState } from '../model/status'
import type { TargetDateKind } from '../model/targetDate'
import { testAction, testPlan, testTarget } from './planFixtures'

interface GoldenTarget {
  text: string
  kind: TargetDateKind
  due: string | null
  parts?: GoldenTarget[]
}

interface GoldenAction {
  ref: string | null
  title: string
  section: string | null
  pillars: string[]
  owners: string[]
  target: GoldenTarget | null
  status: { state: StatusState; completedOn: string | null } | null
}

interface Golden {
  file: string
  actionCount: number
  actions: GoldenAction[]
}

/**
 * A plan built from one of the hand-reasoned golden readings of the seed plans in `examples/data/golden`.
 * Success measures are not part of the golden files, so they stay empty here.
 */
export function goldenPlan(name: string, period: { start: string; end: string }): Plan {
  const url = new URL(`../../../../examples/data/golden/${name}.json`, import.meta.url)
  const golden = JSON.parse(readFileSync(url, 'utf8')) as Golden
  const actions = golden.actions.map((entry, index) =>
    testAction({
      id: `${name}#${index + 1}`,
      ref: entry.ref,
      title: entry.title,
      section: entry.section,
      pillars: entry.pillars,
      owners: entry.owners,
      target:
        entry.target === null
          ? { text: '', kind: 'unknown', due: null }
          : {
              text: entry.target.text,
              kind: entry.target.kind,
              due: entry.target.due,
              parts: (entry.target.parts ?? []).map((part) =>
                testTarget({ text: part.text, kind: part.kind, due: part.due }),
              ),
            },
      status:
        entry.status === null
          ? { state: 'unknown' }
          : { state: entry.status.state, completedOn: entry.status.completedOn },
    }),
  )
  return { ...testPlan(actions, period), id: name }
}
