/** A header naming financial years: "FY", "Relevant FY", "Financial Year", "Fiscal year". Bounded, no nesting. */
const financialHeader = /\b(?:fy|financial\s{1,3}years?|fiscal\s{1,3}years?)\b/i

/** "16/17", "2016/17", "2016-2017", "16–17": a pair of years alone, which reads as an academic year by default. */
const yearPair = /^(?:\d{2}|\d{4})\s{0,2}[/–-]\s{0,2}(?:\d{2}|\d{4})$/

/**
 * The text to read as the target of a cell under a header naming financial years: a bare pair of years ("16/17"
 * under "Relevant FY") is that financial year, as "FY 16/17" reads, not the academic year a pair of years alone
 * means. Any other cell, or a header that names no financial year, is returned as it is.
 *
 * @example
 * financialYearUnderHeader('Relevant FY', '16/17') // 'FY 16/17'
 * financialYearUnderHeader('Year', '16/17') // '16/17'
 */
export function financialYearUnderHeader(header: string, text: string): string {
  const cell = text.trim()
  if (cell.length > 11 || !yearPair.test(cell) || !financialHeader.test(header.slice(0, 80))) return text
  return `FY ${cell}`
}
