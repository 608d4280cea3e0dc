import { z } from 'zod'
import { Action } from './action'
import { Plan } from './plan'

/**
 * A JSON Schema document, as zod emits it.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = planJsonSchema()
 * schema.required // ['id', 'institution', 'title', 'period', 'taxonomy', 'dateContext', 'actions']
 * ```
 */
export type JsonSchema = z.core.JSONSchema.BaseSchema

/**
 * Options for the JSON Schema exports.
 *
 * @example
 * ```ts
 * planJsonSchema({ target: 'draft-07' })
 * ```
 */
export interface JsonSchemaOptions {
  /** JSON Schema dialect. Default `draft-2020-12`. */
  readonly target?: 'draft-2020-12' | 'draft-07' | 'openapi-3.0'
}

function toPlainSchema(schema: z.ZodType, options: JsonSchemaOptions): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: options.target ?? 'draft-2020-12', io: 'output' })
  // A plain JSON copy: callers may serialise, mutate or hand it to a validator without zod's extras attached.
  return JSON.parse(JSON.stringify(generated)) as JsonSchema
}

/**
 * The JSON Schema of a `Plan`, generated from the zod schema (the single source of truth), for validating
 * plans outside TypeScript or documenting an API. A fresh object on each call.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs'
 * writeFileSync('plan.schema.json', JSON.stringify(planJsonSchema(), null, 2))
 * ```
 */
export function planJsonSchema(options: JsonSchemaOptions = {}): JsonSchema {
  return { title: 'techcommit Plan', ...toPlainSchema(Plan, options) }
}

/**
 * The JSON Schema of one `Action`, e.g. for an API that accepts a single action.
 *
 * @example
 * ```ts
 * const schema = actionJsonSchema({ target: 'openapi-3.0' })
 * ```
 */
export function actionJsonSchema(options: JsonSchemaOptions = {}): JsonSchema {
  return { title: 'techcommit Action', ...toPlainSchema(Action, options) }
}
