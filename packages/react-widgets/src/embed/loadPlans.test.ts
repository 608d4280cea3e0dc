import { buildTestPlan } from '@techcommit/core/testing'
import { describe, expect, it } from 'vitest'
import { loadPlan, loadPlans } from './loadPlans'

const files: Record<string, unknown> = {
  'https://intranet.test/plans/a.json': buildTestPlan({ id: 'a' }),
  'https://intranet.test/plans/b.json': buildTestPlan({ id: 'b' }),
  'https://intranet.test/plans/index.json': ['a.json', 'b.json'],
  'https://intranet.test/plans/broken.json': { id: 'x', actions: 'none' },
}
const fakeFetch = (async (url: string) =>
  url in files
    ? new Response(JSON.stringify(files[url]), { status: 200 })
    : new Response('missing', { status: 404 })) as typeof fetch

describe('embed: loading the JSON the CLI exports', () => {
  it('reads one plan relative to the page', async () => {
    expect((await loadPlan('plans/a.json', 'https://intranet.test/', fakeFetch)).id).toBe('a')
  })

  it('reads a list of plan file URLs relative to the list', async () => {
    const plans = await loadPlans('/plans/index.json', 'https://intranet.test/page', fakeFetch)
    expect(plans.map((p) => p.id)).toEqual(['a', 'b'])
  })

  it('names the file and the field when the JSON is not a plan', async () => {
    await expect(loadPlan('/plans/broken.json', 'https://intranet.test/', fakeFetch)).rejects.toThrow(
      /broken\.json: not a techcommit plan \(at /,
    )
  })

  it('names the file and the HTTP status when it is missing', async () => {
    await expect(loadPlan('/nope.json', 'https://intranet.test/', fakeFetch)).rejects.toThrow(
      'nope.json: HTTP 404',
    )
  })
})
