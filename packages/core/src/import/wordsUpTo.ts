/** Runs of whitespace, between words. */
const spaceRun = /\s+/g

/**
 * The words of trimmed text, counted as `text.split(/\s+/).length` counts them but no further than `most`: a test
 * for "a few words" that stops early on a long paragraph and builds no array.
 *
 * @example
 * wordsUpTo('Who will lead it', 11) // 4
 * wordsUpTo('one two three four five', 3) // 3
 */
export function wordsUpTo(text: string, most: number): number {
  spaceRun.lastIndex = 0
  let words = 1
  while (words < most && spaceRun.exec(text) !== null) words++
  return words
}
