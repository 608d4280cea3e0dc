import { NUMBER_WORDS, YEAR_LABEL_WORDS } from './lexicon'
import { isNum, type Token, tokenize } from './tokenize'

/**
 * The plan-year number of a label at token `i` — "Year 1", "Yr 2", "Y3", "Y 2", "Year One" — and the token
 * after it; null when there is none. The one reader of year labels: cells ("Y 2 Q1") and column labels
 * ("Yr 2") go through it, with the one word list `YEAR_LABEL_WORDS`.
 *
 * @example
 * ```ts
 * readYearLabel(tokenize('Yr 2 Q1'), 0) // { n: 2, next: 2 }
 * ```
 */
export function readYearLabel(tokens: readonly Token[], i: number): { n: number; next: number } | null {
  const word = tokens[i]
  const number = tokens[i + 1]
  if (word?.kind !== 'word' || number === undefined || !YEAR_LABEL_WORDS.has(word.lower)) return null
  if (isNum(number) && number.digits <= 2 && number.value >= 1 && number.value <= 20 && !number.ordinal) {
    return { n: number.value, next: i + 2 }
  }
  const spelled = number.kind === 'word' ? NUMBER_WORDS.get(number.lower) : undefined
  if (spelled !== undefined && spelled <= 20) return { n: spelled, next: i + 2 }
  return null
}

/**
 * The plan-year number in a column label ("Year 1", "Y1 (2019)", "Yr 2"); null when it names none.
 *
 * @example
 * ```ts
 * labelNumber('Yr 2') // 2
 * ```
 */
export function labelNumber(label: string): number | null {
  const tokens = tokenize(label.slice(0, 40))
  for (let i = 0; i < tokens.length; i++) {
    const found = readYearLabel(tokens, i)
    if (found !== null) return found.n
  }
  return null
}
