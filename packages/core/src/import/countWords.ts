/**
 * A run of characters from a script written without spaces between its words: Chinese and Japanese (Han, Hiragana,
 * Katakana). One character class with one quantifier, so matching is linear.
 */
const unspacedRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu

/** A word of Chinese or Japanese is most often two characters. */
const charactersPerWord = 2

/**
 * How many words a text holds, as a reader counts them in any script: words between spaces, and in the scripts
 * written without spaces (Chinese, Japanese) one word for every two characters of a run. "内核冻结" is a short
 * phrase of two words, not one long word, so a column of such phrases reads as the items of a list, as "Kernel
 * freeze" would. Scripts that put spaces between words (Latin, Cyrillic, Greek, Arabic, Korean) count by spaces.
 *
 * @example
 * countWords('Kernel freeze') // 2
 * countWords('内核冻结') // 2
 * countWords('Beta冻结') // 2
 */
export function countWords(text: string): number {
  let words = 0
  let unspaced = false
  const spaced = text.replace(unspacedRun, (run) => {
    unspaced = true
    words += Math.ceil(run.length / charactersPerWord)
    return ' '
  })
  if (!unspaced) return text.trim() === '' ? 0 : text.trim().split(/\s+/).length
  for (const token of spaced.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) words++
  return words
}
