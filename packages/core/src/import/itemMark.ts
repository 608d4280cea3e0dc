import { BULLET_MARKS } from './bulletMarks'

// What an item's mark is, as regular-expression source for the readers of lists to compose: one definition of
// each mark, with one cap on an item's digits (six), so that every reader reads a list of thousands of items to its
// end. A reader that must not take a year or a count for an item's number ("2019. Review", "1500 Homes") says so
// with its own explicit guard.

/**
 * An item's number: up to six digits ("1", "12", "1200").
 *
 * @example
 * new RegExp(`^(${ITEM_NUMBER})[.)]\\s`).exec('1200. Renew the lease')?.[1] // '1200'
 */
export const ITEM_NUMBER = String.raw`\d{1,6}`

/**
 * "1.", "12)": an item's number closed by a full stop or a bracket, as numbered lists write it.
 *
 * @example
 * new RegExp(`^${NUMBER_MARK}\\s`).test('3) Book the hall') // true
 */
export const NUMBER_MARK = `${ITEM_NUMBER}[.)]`

/** "a", "b": a lettered item's letter, closed by a bracket or a full stop as the reader says. */
export const ITEM_LETTER = '[a-z]'

/** "iv", "xii": a small roman numeral numbering items or sub-items. */
export const ROMAN_NUMERAL = '[ivx]{1,4}'

/** "•", "-", "*": a bulleted item's mark ({@link BULLET_MARKS}). */
export const BULLET_MARK = `[${BULLET_MARKS}]`

/**
 * "Action 3:", "Action 1000.": an item labelled as an action, its number captured, as minutes and action logs
 * write it.
 *
 * @example
 * new RegExp(`^${ACTION_LABEL}`).exec('Action 1000: Book the hall')?.[1] // '1000'
 */
export const ACTION_LABEL = `Action[ \\t]{1,4}(${ITEM_NUMBER})[:.]`
