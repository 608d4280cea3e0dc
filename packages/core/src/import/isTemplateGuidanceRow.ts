import { collapseWhitespace, hasText } from '../text/cleanCellText'

/** "(indicate responsible entity and person)", "[insert date]", "<Name of lead>": a cell wholly in brackets. */
const bracketed = /^(?:\([^()]*\)|\[[^[\]]*\]|<[^<>]*>)$/

/**
 * Whether a row is a template's guidance row kept under its header: two or more filled cells, each wholly in
 * brackets ("(list action portfolios and interventions …)", "(indicate responsible entity and person)",
 * "[insert target date]"), as the EU Climate City Contract's modules, funders' action plan templates and charter
 * submission forms print them, and as plans filled in from them keep them. Such a row says what to write, so it
 * is no action.
 *
 * @example
 * isTemplateGuidanceRow(['(name the intervention)', '(indicate responsible entity)', '[date]']) // true
 * isTemplateGuidanceRow(['Fit LED lighting', '(Estates)', '']) // false
 */
export function isTemplateGuidanceRow(row: readonly string[]): boolean {
  let filled = 0
  for (const cell of row) {
    if (!hasText(cell)) continue
    filled++
    if (!bracketed.test(collapseWhitespace(cell.slice(0, 1000)))) return false
  }
  return filled >= 2
}
