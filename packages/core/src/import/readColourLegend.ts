import type { StatusState } from '../model/status'
import { collapseWhitespace } from '../text/cleanCellText'
import { parseStatus } from '../status/parseStatus'

/** "Green = Target achieved", "Amber: some progress made", "Green denotes achieved": a RAG colour, `=`, `:`, a dash or
 * a verb of meaning, and its meaning. */
const legendLine =
  /^(red|amber|green|blue|grey|gray|yellow)\s{0,3}(?:=|:|[–—-]|(?:denotes|means|indicates|signifies)\s)\s{0,3}(\S.{0,200})$/i
/** The meaning's first clause: what the colour says, before a "but" or a comma that qualifies it. */
const qualifier = /\s(?:but|although|though)\s|[,;(]/i

/**
 * The plan's own key to its RAG colours, read from its legend lines ("Green = Target achieved", "Amber = Some
 * progress made but target not yet achieved", "Red = No progress yet made"): colour (lower case) → the state its
 * meaning gives. A careful reader takes each meaning's first clause: "no progress" or "not started" is not
 * started, a status word ("achieved", "complete") is that status, and progress made is in progress. Colours whose
 * meaning names no state are left out; no legend lines give an empty map.
 *
 * @example
 * readColourLegend(['Green = Target achieved', 'Amber = Some progress made but target not yet achieved'])
 * // Map { 'green' => 'complete', 'amber' => 'in-progress' }
 */
export function readColourLegend(lines: readonly string[]): Map<string, StatusState> {
  const legend = new Map<string, StatusState>()
  for (const line of lines) {
    const match = legendLine.exec(collapseWhitespace(line))
    if (match === null) continue
    const meaning = match[2]!
    const cut = qualifier.exec(meaning)
    const clause = (cut === null ? meaning : meaning.slice(0, cut.index)).toLowerCase()
    const state: StatusState | null = /\bno progress\b|\bnot (?:yet )?(?:started|begun)\b/.test(clause)
      ? 'not-started'
      : parseStatus(clause).state !== 'unknown'
        ? parseStatus(clause).state
        : /\bprogress\b/.test(clause)
          ? 'in-progress'
          : null
    if (state !== null) legend.set(match[1]!.toLowerCase(), state)
  }
  return legend
}
