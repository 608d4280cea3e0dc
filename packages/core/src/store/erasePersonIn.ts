import { ValidationError } from '../errors'
import type { ErasePersonOptions } from './PlanStore'

/**
 * A checked erasure request: the exact text to remove and what goes in its place.
 *
 * @example
 * const request: Erasure = { name: 'Jo Bloggs', placeholder: '[erased]' }
 */
export interface Erasure {
  readonly name: string
  readonly placeholder: string
}

/**
 * Check the arguments of `PlanStore.erasePerson`: the name must hold at least two characters besides spaces
 * (erasing "a" would rewrite every word), and the placeholder must not contain the name (the erasure would
 * leave the name behind). Throws `ValidationError`.
 *
 * @example
 * parseErasure('Jo Bloggs', {}) // { name: 'Jo Bloggs', placeholder: '[erased]' }
 */
export function parseErasure(name: unknown, options: ErasePersonOptions = {}): Erasure {
  const placeholder = options.placeholder ?? '[erased]'
  if (typeof name !== 'string' || name.trim().length < 2) {
    throw new ValidationError('erasePerson needs the name to erase, at least two characters long.', [
      { path: 'name', message: `Got ${JSON.stringify(String(name).slice(0, 80))}.` },
    ])
  }
  if (typeof placeholder !== 'string' || placeholder.includes(name)) {
    throw new ValidationError('The erasure placeholder must be text that does not contain the name.', [
      { path: 'placeholder', message: 'Choose a placeholder such as "[erased]".' },
    ])
  }
  return { name, placeholder }
}

/**
 * Replace every occurrence of the erased name in every string of a JSON-like value (a plan, an action, a
 * progress update, with any fields a later model adds), returning a new value; `changed` says whether the
 * name occurred at all. Object keys are kept as they are; objects are rebuilt with own data properties only,
 * so a key such as `__proto__` stays a plain key.
 *
 * @example
 * erasePersonIn({ owners: ['Jo Bloggs'], note: 'Jo Bloggs met HR' }, { name: 'Jo Bloggs', placeholder: '[erased]' })
 * // { value: { owners: ['[erased]'], note: '[erased] met HR' }, changed: true }
 */
export function erasePersonIn<T>(
  value: T,
  erasure: Erasure,
): { readonly value: T; readonly changed: boolean } {
  let changed = false
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') {
      if (!item.includes(erasure.name)) return item
      changed = true
      return item.split(erasure.name).join(erasure.placeholder)
    }
    if (Array.isArray(item)) return item.map(walk)
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]))
    }
    return item
  }
  const result = walk(value) as T
  return { value: changed ? result : value, changed }
}
