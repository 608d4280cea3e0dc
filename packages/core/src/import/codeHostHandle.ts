/**
 * A code host's user handle, as regular-expression source for the readers that compose it: "@", then a letter or a
 * digit, then up to 38 letters, digits, dots, hyphens or underscores, as GitHub allows ("@alanshaw", "@hugo-mrdias").
 * One definition with one bound, so that every reader of handles (opening an item, closing it, given work in a
 * sentence, after a priority label) reads the same handle.
 *
 * @example
 * new RegExp(`^${HANDLE}$`).test('@hugo-mrdias') // true
 * new RegExp(`^${HANDLE}$`).test('@-x') // false
 */
export const HANDLE = String.raw`@[A-Za-z0-9][\w.-]{0,38}`
