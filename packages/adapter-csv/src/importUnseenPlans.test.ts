import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { importCsvPlan } from './importCsvPlan'

// The development sets of examples/data/unseen (tuned, and round1-held-out, opened for development after it was
// scored): real plans from other institutions and frameworks, each with a golden written by reading the
// source. (The fresh held-out set is scored only by bench/scoreUnseen.ts --heldout.)
const goldens = ['tuned', 'round1-held-out'].flatMap((part) => {
  const dir = fileURLToPath(new URL(`../../../examples/data/unseen/${part}/`, import.meta.url))
  return readdirSync(`${dir}golden`)
    .sort()
    .map((name) => {
      const golden = JSON.parse(readFileSync(`${dir}golden/${name}`, 'utf8')) as {
        file: string
        actions: { ref: string | null; title: string }[]
      }
      return { ...golden, path: `${dir}${golden.file}` }
    })
})
const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

describe('plans the importer was not built on (development sets)', () => {
  it.each(goldens)('$file imports as one plan with a name of its own, and explains how', async (golden) => {
    const { plan, explanation } = await importCsvPlan(readFileSync(golden.path), {
      fileName: golden.file,
    })
    expect(plan.id).not.toBe('imported-plan')
    expect(explanation.columns.length).toBeGreaterThan(0)
    expect(explanation.actionCount).toBe(plan.actions.length)
  })

  it('finds at least 90% of the actions a careful reader sees, with their refs', async () => {
    let wanted = 0
    let found = 0
    let refs = 0
    let refsRight = 0
    for (const golden of goldens) {
      const { plan } = await importCsvPlan(readFileSync(golden.path), { fileName: golden.file })
      for (const want of golden.actions) {
        wanted++
        const got = plan.actions.find((a) => norm(a.title).startsWith(norm(want.title)))
        if (got) found++
        if (want.ref !== null) {
          refs++
          if (got?.ref === want.ref) refsRight++
        }
      }
    }
    expect(found / wanted).toBeGreaterThanOrEqual(0.95)
    expect(refsRight / refs).toBeGreaterThanOrEqual(0.95)
  })
})
