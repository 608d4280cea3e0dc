// The hand-written goldens of examples/data/unseen and the one way they are scored, shared by
// bench/scoreUnseen.ts (the figures) and packages/adapter-csv/src/importUnseenPlans.test.ts (the guard).
//
// Each golden action is matched to an imported action by its title: the golden title, normalised, must start
// the imported title or description, or be started by it (at least 12 characters); normalised means lower case,
// letters and digits of any script kept and everything else one space. Then the fields the golden
// names are compared: ref, owners (as a set, case-insensitive), due, status and pillars. An action not found
// gets every field wrong, and being found counts as one field of its own.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Action, Plan } from '../../packages/core/src/index'
import { STATUS_STATES } from '../../packages/core/src/model/statusStates'

/** One action as a careful reader sees it in the source; a field left out is one the source does not say. */
export interface GoldenAction {
  readonly ref: string | null
  readonly title: string
  readonly owners?: readonly string[]
  readonly due?: string | null
  readonly status?: string
  readonly pillars?: readonly string[]
}

/** One golden file: the CSV it reads and the actions in it. */
export interface Golden {
  readonly file: string
  /** The address of the page or file the plan was read from. */
  readonly source?: string
  readonly institution: string
  readonly actions: readonly GoldenAction[]
  /** Absolute path of the CSV. */
  readonly path: string
}

/** The fields of one golden action that the import got wrong, beside what it imported (null: not found). */
export interface GoldenMiss {
  readonly want: GoldenAction
  readonly got: Action | null
}

/** How one imported plan scores against its golden. */
export interface GoldenScore {
  readonly goldenActions: number
  readonly found: number
  readonly fields: number
  readonly right: number
  readonly misses: readonly GoldenMiss[]
}

/**
 * The development sets, in the order they were collected: the tuned set, each round's held-out set once its score
 * was taken, and the sets collected for development. The fresh `held-out` set is not one of them.
 */
export const DEVELOPMENT_SETS: readonly string[] = [
  'tuned',
  'round1-held-out',
  'round2-held-out',
  'round3-held-out',
  'round4-held-out',
  'round5-held-out',
  'round6-held-out',
  'round7-held-out',
  'round8-held-out',
  'round9-held-out',
  'round10-held-out',
  'round11-held-out',
  'round12-held-out',
  'round13-held-out',
  'round14-held-out',
  'round15-held-out',
  'round16-held-out',
  'round17-held-out',
  'round18-held-out',
  'round19-held-out',
  'round20-held-out',
  'round21-held-out',
  'round22-held-out',
  'round23-held-out',
  'round24-held-out',
  'round25-held-out',
  'round26-held-out',
  'round27-held-out',
  'round28-held-out',
  'round29-held-out',
  'round30-held-out',
  'round31-held-out',
  'round32-held-out',
  'round33-held-out',
  'round34-held-out',
  'round35-held-out',
  'round36-held-out',
  'dev-round5',
  'dev-round6',
  'dev-round7',
  'dev-round8',
  'dev-round9',
  'dev-round10',
  'dev-round11',
  'dev-round12',
  'dev-round13',
  'dev-round14',
  'dev-round15',
  'dev-round16',
  'dev-round17',
  'dev-round18',
  'dev-round19',
  'dev-round20',
  'dev-round21',
  'dev-round22',
  'dev-round23',
  'dev-round24',
  'dev-round25',
  'dev-round26',
  'dev-round27',
  'dev-round28',
  'dev-round29',
  'dev-round30',
  'dev-round31',
  'dev-round32',
  'dev-round33',
  'dev-round34',
  'dev-round35',
  'dev-round36',
  'dev-round37',
  'dev-round38',
  'dev-round39',
  'dev-round40',
]

export const unseenRoot = join(dirname(fileURLToPath(import.meta.url)), '../../examples/data/unseen')

/** The goldens of one set (`tuned`, `dev-round5`, `held-out`, …), sorted by file name. */
export function loadGoldens(set: string): Golden[] {
  const dir = join(unseenRoot, set)
  return readdirSync(join(dir, 'golden'))
    .sort()
    .map((name) => {
      const golden = JSON.parse(readFileSync(join(dir, 'golden', name), 'utf8')) as Omit<Golden, 'path'>
      // A title with no letter or digit would match any action, a missing ref and a status the model has no state
      // for could never be right: say so rather than score them.
      for (const action of golden.actions) {
        if (norm(action.title) === '')
          throw new Error(
            `${set}/golden/${name}: the title "${action.title}" has no letter or digit to match by.`,
          )
        // `ref` is the one field written even when the source has none (as null): a golden that leaves it out
        // would be scored against a ref no action can have.
        if (action.ref === undefined)
          throw new Error(
            `${set}/golden/${name}: "${action.title}" has no "ref" key; write "ref": null when the source gives none.`,
          )
        if (action.status !== undefined && !(STATUS_STATES as readonly string[]).includes(action.status))
          throw new Error(
            `${set}/golden/${name}: status "${action.status}" of "${action.title}" is not a state of the model (${STATUS_STATES.join(', ')}).`,
          )
      }
      return { ...golden, path: join(dir, golden.file) }
    })
}

const norm = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()

function matches(golden: GoldenAction, action: Action): boolean {
  const want = norm(golden.title)
  for (const text of [action.title, action.description ?? '']) {
    const got = norm(text)
    if (got === '') continue
    if (got.startsWith(want) || (got.length >= 12 && want.startsWith(got))) return true
  }
  return false
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const x = [...new Set(a.map(norm))].sort()
  const y = [...new Set(b.map(norm))].sort()
  return x.length === y.length && x.every((v, i) => v === y[i])
}

/** Scores an imported plan against its golden: actions found, and fields right over every golden action. */
export function scoreAgainstGolden(golden: Golden, plan: Plan): GoldenScore {
  const used = new Set<number>()
  const misses: GoldenMiss[] = []
  let found = 0
  let fields = 0
  let right = 0
  for (const want of golden.actions) {
    const index = plan.actions.findIndex((a, i) => !used.has(i) && matches(want, a))
    const got = index >= 0 ? plan.actions[index] : undefined
    if (got !== undefined) {
      used.add(index)
      found++
    }
    const checks: boolean[] = [got !== undefined]
    if (want.ref !== null) checks.push(got?.ref === want.ref)
    if (want.owners !== undefined) checks.push(got !== undefined && sameSet(got.owners, want.owners))
    if (want.due !== undefined) checks.push(got !== undefined && got.target.due === want.due)
    if (want.status !== undefined) checks.push(got?.status.state === want.status)
    if (want.pillars !== undefined) checks.push(got !== undefined && sameSet(got.pillars, want.pillars))
    fields += checks.length
    right += checks.filter(Boolean).length
    if (checks.some((ok) => !ok)) misses.push({ want, got: got ?? null })
  }
  return { goldenActions: golden.actions.length, found, fields, right, misses }
}
