import { BULLET_MARKS } from './bulletMarks'

// What an item's mark is, as regular-expression source for the readers of lists to compose: one definition of
// each mark, with one cap on an item's digits (six), so that every reader reads a list of thousands of items to its
// end. A reader that must not take a year or a count for an item's number ("2019. Review", "1500 Homes") says so
// with its own explicit guard.

/**
 * The gap between an item's number and its text: one space, or a tab or a run of up to eight spaces, as a list
 * pasted from a word processor keeps its tab stop ("2      Offer evening clinics").
 *
 * @example
 * new RegExp(`^(${ITEM_NUMBER})${ITEM_GAP}(?=\\S)`).exec('2      Offer clinics')?.[1] // '2'
 */
export const ITEM_GAP = String.raw`\s{1,24}`

/**
 * An item's number: up to six digits ("1", "12", "1200").
 *
 * @example
 * new RegExp(`^(${ITEM_NUMBER})[.)]\\s`).exec('1200. Renew the lease')?.[1] // '1200'
 */
export const ITEM_NUMBER = String.raw`\d{1,6}`

/**
 * A guard to put before an item's number where a year would name a period, not an item: it fails on a year of its
 * own ("2019", "2030.", 1900 to 2099) and passes a longer number or a year with parts ("20190", "2019.1", "219").
 * A reader that uses it says why in a comment: "Objectives 2030" heads a period, "FY2019" is a year.
 *
 * @example
 * new RegExp(`^${NOT_A_YEAR}${ITEM_NUMBER}$`).test('2019') // false
 * new RegExp(`^${NOT_A_YEAR}${ITEM_NUMBER}$`).test('1200') // true
 */
export const NOT_A_YEAR = String.raw`(?!(?:19|20)\d\d(?!\d|\.\d))`

/**
 * {@link NOT_A_YEAR} for a number after an item word, in a case-blind pattern: a year there names a period
 * ("Objectives 2030", "Goal 2030"), but an action's number of any length is its ref ("Action 2019", "Action No.
 * 2019"), as {@link ACTION_LABEL} reads it.
 *
 * @example
 * new RegExp(`^(?:goal|action) ${YEAR_ONLY_AFTER_ACTION}(${ITEM_NUMBER})$`, 'i').exec('Action 2019')?.[1] // '2019'
 * new RegExp(`^(?:goal|action) ${YEAR_ONLY_AFTER_ACTION}(${ITEM_NUMBER})$`, 'i').test('Goal 2030') // false
 */
export const YEAR_ONLY_AFTER_ACTION = String.raw`(?:(?<=\bactions?\s{0,3}(?:#|no\.?)?\s{0,3})|${NOT_A_YEAR})`

/**
 * "3", "3.1", "4b", "B2", "1200.3": an item's ref as a label or a ref cell writes it: an optional capital or
 * letter, the item's number, up to three dotted parts, an optional lower-case letter.
 *
 * @example
 * new RegExp(`^(${ITEM_REF})$`).exec('1200.3b')?.[1] // '1200.3b'
 */
export const ITEM_REF = String.raw`[A-Za-z]?${ITEM_NUMBER}(?:\.\d{1,3}){0,3}[a-z]?`

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
