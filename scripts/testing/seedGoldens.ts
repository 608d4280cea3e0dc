// The hand-written golden readings of the five seed plans (examples/data/golden), and the field-by-field check
// every reader of those plans must meet — the CSV import, and the Excel and Word import of the same plans.
import { readdirSync, readFileSync } from 'node:fs'
import type { Plan } from '../../packages/core/src/model/plan'
import { expect } from 'vitest'

/** One golden file: what a careful reader sees in a seed plan, action by action. */
export interface SeedGolden {
  file: string
  actionCount: number
  actions: {
    ref: string | null
    title: string
    section: string | null
    pillars: string[]
    owners: string[]
    target: { text: string; kind: string; due: string | null } | null
    status: { state: string; completedOn: string | null } | null
  }[]
}

/** The folder of the seed plans (`examples/data/`). */
export const seedDataDir = new URL('../../examples/data/', import.meta.url)

/** Every golden file, sorted by name. */
export function readSeedGoldens(): SeedGolden[] {
  return readdirSync(new URL('golden/', seedDataDir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(`golden/${name}`, seedDataDir), 'utf8')) as SeedGolden)
}

const squash = (text: string | null | undefined) =>
  typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : text

/** Checks an imported plan against its golden, naming `where` and the action in every failure. */
export function expectSeedGolden(plan: Plan, golden: SeedGolden, where: string): void {
  expect(plan.actions, where).toHaveLength(golden.actionCount)
  golden.actions.forEach((want, i) => {
    const got = plan.actions[i]!
    const at = `${where} action ${i + 1}`
    expect(got.ref, at).toBe(want.ref)
    expect(squash(got.title), at).toBe(squash(want.title))
    expect(squash(got.section), at).toBe(squash(want.section))
    expect([...got.pillars].sort(), at).toEqual([...want.pillars].sort())
    expect(got.owners, at).toEqual(want.owners)
    if (want.target !== null) {
      expect(squash(got.target.text), at).toBe(squash(want.target.text))
      expect(got.target.kind, at).toBe(want.target.kind)
      expect(got.target.due, at).toBe(want.target.due)
    }
    if (want.status !== null) {
      expect(got.status.state, at).toBe(want.status.state)
      expect(got.status.completedOn, at).toBe(want.status.completedOn)
    }
  })
}
