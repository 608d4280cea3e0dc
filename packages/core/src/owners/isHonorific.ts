/** Titles written before a person's name, in small letters and without their full stop. */
const honorifics: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'messrs',
  'dr',
  'prof',
  'professor',
  'rev',
  'cllr',
  'cllrs',
  'councillor',
  'councillors',
])

/**
 * Whether a word is a title written before a person's name ("Mrs", "Dr.", "Cllr", "Prof"), in any case, with or
 * without its full stop.
 *
 * @example
 * isHonorific('Dr.') // true
 * isHonorific('Cllr') // true
 * isHonorific('Director') // false
 */
export function isHonorific(word: string): boolean {
  return honorifics.has((word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase())
}
