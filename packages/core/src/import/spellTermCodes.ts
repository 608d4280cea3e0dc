import { MONTH_NAMES } from '../dates/lexicon'

/** "F20", "Sp21", "SU22": a US academic term and a two-digit year, glued. */
const termCode = /^(fa|f|sp|s|su|wi|w)(\d{2})$/i
/** "12/20", "3/21": a month and a two-digit year that cannot be a month, so the only reading is month then year. */
const monthYear = /^(0?[1-9]|1[0-2])\/(1[3-9]|[2-9]\d)$/
/** Words a code label may hold besides its codes: "(F20/Ongoing)", "(S21 onwards)". */
const labelWords = /^(?:ongoing|on-going|onwards|continuing|and|to|through)$/i
const terms: Readonly<Record<string, string>> = {
  f: 'Fall',
  fa: 'Fall',
  s: 'Spring',
  sp: 'Spring',
  su: 'Summer',
  w: 'Winter',
  wi: 'Winter',
}
/** A label longer than this is prose, not a code. */
const maxLength = 40

/**
 * A closing bracketed label written in the codes US plans use for their timing, spelled out so the date parser reads
 * it: "12/20-S21" → "December 2020 - Spring 2021", "F20/Ongoing" → "Fall 2020 / Ongoing", "S20" → "Spring 2020".
 * A glued term code is a season and a two-digit year ("F" or "Fa" Fall, "S" or "Sp" Spring, "Su" Summer, "W"
 * Winter: a lone "S" is the spring semester, as US calendars write it); a month and a two-digit year over 12
 * ("12/20") can only be month then year. Every part of the label must be a code, a separator or an ongoing word,
 * so prose, refs ("S2 action") and day-month dates ("10/11") are not read: null then, and when nothing was spelled.
 *
 * @example
 * spellTermCodes('12/20-S21') // 'December 2020 - Spring 2021'
 * spellTermCodes('F20/Ongoing') // 'Fall 2020 / Ongoing'
 * spellTermCodes('Short Term') // null
 */
export function spellTermCodes(label: string): string | null {
  const text = label.trim()
  if (text.length > maxLength) return null
  let spelled = 0
  const out: string[] = []
  // Month/year pairs first: their slash is not a separator.
  for (const part of text.split(/\s*(?:[-–—,;]|\s)\s*/)) {
    if (part === '') continue
    const pair = monthYear.exec(part)
    if (pair !== null) {
      out.push(`${MONTH_NAMES[Number(pair[1])]} 20${pair[2]}`)
      spelled++
      continue
    }
    const words: string[] = []
    for (const piece of part.split('/')) {
      const code = termCode.exec(piece)
      if (code !== null) {
        words.push(`${terms[code[1]!.toLowerCase()]} 20${code[2]}`)
        spelled++
      } else if (labelWords.test(piece)) words.push(piece)
      else return null
    }
    // "F20 onwards": a word after a code qualifies it.
    if (spelled > 0 && words.length === 1 && labelWords.test(part) && out.length > 0)
      out.push(`${out.pop()} ${part}`)
    else out.push(words.join(' / '))
  }
  return spelled === 0 ? null : out.join(' - ')
}
