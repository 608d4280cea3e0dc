import { z } from 'zod'

/**
 * One pillar (theme) of a framework.
 *
 * @example
 * Pillar.parse({ code: 'V', name: 'Visibility', description: '…', aliases: ['visible'], optional: false })
 */
export const Pillar = z.object({
  /** Short code used on actions, e.g. `V`. */
  code: z.string().min(1),
  name: z.string().min(1),
  /** The framework's official description of the pillar. */
  description: z.string(),
  /** Other ways plans write it ("CD", "visible"). Matched case-insensitively. */
  aliases: z.array(z.string()),
  /** True for themes a plan may add but need not cover (Evaluating Impact). */
  optional: z.boolean(),
})
export type Pillar = z.infer<typeof Pillar>

/**
 * A framework of pillars that actions are mapped to.
 *
 * @example
 * const taxonomy = Taxonomy.parse(JSON.parse(text)) // or defineTaxonomy(…)
 */
export const Taxonomy = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  pillars: z.array(Pillar).min(1),
})
export type Taxonomy = z.infer<typeof Taxonomy>
