import { Plan } from '@techcommit/core'

/**
 * Reads one plan as the CLI exports it (`techcommit convert plan.csv --to json`): a `Plan` as JSON. Throws an
 * `Error` whose message names the file and the first field that is wrong.
 */
export async function loadPlan(src: string, base: string, fetcher: typeof fetch = fetch): Promise<Plan> {
  const url = new URL(src, base).href
  return parsePlan(await fetchJson(url, fetcher), url)
}

/**
 * Reads a list of plans: a JSON array whose items are plans, or URLs of plan files (relative to the list),
 * or an object `{ "plans": [...] }` holding such an array.
 */
export async function loadPlans(src: string, base: string, fetcher: typeof fetch = fetch): Promise<Plan[]> {
  const url = new URL(src, base).href
  const json = await fetchJson(url, fetcher)
  const list = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.plans) ? json.plans : null
  if (list === null) throw new Error(`${url}: expected a JSON array of plans (or of plan file URLs)`)
  return Promise.all(
    list.map((item: unknown, index: number) =>
      typeof item === 'string' ? loadPlan(item, url, fetcher) : parsePlan(item, `${url} [${index}]`),
    ),
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

async function fetchJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  const response = await fetcher(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  try {
    return JSON.parse(await response.text())
  } catch (cause) {
    throw new Error(`${url}: not valid JSON (${(cause as Error).message})`)
  }
}

function parsePlan(json: unknown, where: string): Plan {
  const parsed = Plan.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const path = issue === undefined ? '' : issue.path.join('.')
  throw new Error(
    `${where}: not a techcommit plan${path === '' ? '' : ` (at ${path})`}: ${issue?.message ?? ''}`,
  )
}
