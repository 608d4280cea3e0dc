import type { ValidationProblem } from '../errors'
import { Taxonomy } from '../model/taxonomySchema'
import { type SafeResult, toValidationError } from '../model/toValidationError'
import { phraseWords } from './prepareCellText'
import { freezeTaxonomy } from './freezeTaxonomy'

/**
 * One pillar as you describe it to `defineTaxonomy`; only `code` and `name` are required.
 *
 * @example
 * ```ts
 * const pillar: PillarDefinition = { code: 'CU', name: 'Culture', aliases: ['inclusive culture'] }
 * ```
 */
export interface PillarDefinition {
  /** Short code used on actions: letters and digits only, e.g. `V` or `PCD`. */
  readonly code: string
  readonly name: string
  /** The framework's own description. Plans sometimes quote it instead of the name. Default `''`. */
  readonly description?: string
  /** Other ways plans write it. Default `[]`. */
  readonly aliases?: readonly string[]
  /** True for themes a plan may add but need not cover. Default `false`. */
  readonly optional?: boolean
}

/**
 * A framework as you describe it to `defineTaxonomy`.
 *
 * @example
 * ```ts
 * const definition: TaxonomyDefinition = { id: 'athena-swan', name: 'Athena Swan', pillars: [{ code: 'CU', name: 'Culture' }] }
 * ```
 */
export interface TaxonomyDefinition {
  /** Stable id stored on plans, e.g. `athena-swan`. */
  readonly id: string
  readonly name: string
  readonly pillars: readonly PillarDefinition[]
}

const CODE = /^[\p{L}\p{N}]{1,12}$/u

function withDefaults(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input
  const { id, name, pillars } = input as Partial<Record<keyof TaxonomyDefinition, unknown>>
  return {
    id,
    name,
    pillars: Array.isArray(pillars)
      ? pillars.map((p: unknown) => {
          if (typeof p !== 'object' || p === null) return p
          const pillar = p as Partial<Record<keyof PillarDefinition, unknown>>
          return {
            code: pillar.code,
            name: pillar.name,
            description: pillar.description ?? '',
            aliases: Array.isArray(pillar.aliases) ? [...pillar.aliases] : (pillar.aliases ?? []),
            optional: pillar.optional ?? false,
          }
        })
      : pillars,
  }
}

/** Checks zod cannot express: codes usable as list items, and no word sequence naming two pillars. */
function crossCheck(taxonomy: Taxonomy): ValidationProblem[] {
  const problems: ValidationProblem[] = []
  const owners = new Map<string, string>()
  taxonomy.pillars.forEach((pillar, index) => {
    if (!CODE.test(pillar.code)) {
      problems.push({
        path: `pillars.${index}.code`,
        message: `"${pillar.code}" is not a usable code: use 1–12 letters or digits, no spaces or punctuation.`,
      })
    }
    const terms: Array<[string, string]> = [
      [`pillars.${index}.code`, pillar.code],
      [`pillars.${index}.name`, pillar.name],
      ...pillar.aliases.map((alias, k): [string, string] => [`pillars.${index}.aliases.${k}`, alias]),
    ]
    for (const [path, term] of terms) {
      const key = phraseWords(term).join(' ')
      if (key === '') {
        problems.push({
          path,
          message: `"${term}" has no letters or digits, so no plan could ever match it.`,
        })
        continue
      }
      const owner = owners.get(key)
      if (owner !== undefined && owner !== pillar.code) {
        problems.push({
          path,
          message: `"${term}" already names pillar ${owner}; a word or phrase can belong to one pillar only.`,
        })
      } else owners.set(key, pillar.code)
    }
  })
  return problems
}

/**
 * Like `defineTaxonomy`, but returns `{ success: true, data }` or `{ success: false, error }` instead of
 * throwing.
 *
 * @example
 * ```ts
 * const result = safeDefineTaxonomy({ id: 'x', name: 'X', pillars: [] })
 * if (!result.success) console.log(result.error.problems) // [{ path: 'pillars', message: '…' }]
 * ```
 */
export function safeDefineTaxonomy(input: TaxonomyDefinition): SafeResult<Taxonomy> {
  const parsed = Taxonomy.safeParse(withDefaults(input))
  if (!parsed.success)
    return { success: false, error: toValidationError('Taxonomy is invalid', parsed.error.issues) }
  const problems = crossCheck(parsed.data)
  if (problems.length > 0)
    return { success: false, error: toValidationError('Taxonomy is invalid', [], problems) }
  return { success: true, data: freezeTaxonomy(parsed.data) }
}

/**
 * Defines a framework of pillars other than the Technician Commitment (or your own variant of it), filling
 * defaults and validating it. The result works everywhere a taxonomy is accepted (`resolvePillars`,
 * `createPlan`). Throws `ValidationError` whose `problems` name each bad field, e.g. `pillars.2.code`.
 *
 * @example
 * ```ts
 * const athenaSwan = defineTaxonomy({
 *   id: 'athena-swan',
 *   name: 'Athena Swan',
 *   pillars: [
 *     { code: 'CP', name: 'Career Pipeline', aliases: ['pipeline'] },
 *     { code: 'CU', name: 'Culture' },
 *   ],
 * })
 * resolvePillars('career pipeline', athenaSwan).codes // ['CP']
 * ```
 */
export function defineTaxonomy(input: TaxonomyDefinition): Taxonomy {
  const result = safeDefineTaxonomy(input)
  if (!result.success) throw result.error
  return result.data
}
