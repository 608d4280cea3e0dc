import type { StatusState } from '../model/status'
import { collapseWhitespace } from '../text/cleanCellText'
import { parseStatus } from '../status/parseStatus'

/** "Green = Target achieved", "Amber: some progress made", "Green denotes achieved": a RAG colour, `=`, `:`, a dash or
 * a verb of meaning, and its meaning. */
const legendLine =
  /^(red|amber|orange|green|blue|grey|gray|yellow)\s{0,3}(?:=|:|[–—-]|(?:denotes|means|indicates|signifies)\s)\s{0,3}(\S.{0,200})$/i
/** "Green 🟢", "🟥 Red", "Orange:": a colour alone on its line, with or without its icon, over the lines that say what
 * it means. The icon is a short run of marks with no letter, digit or space. */
const colourHeading =
  /^(?:[^\p{L}\p{N}\s]{1,4}\s{1,3})?(red|amber|orange|green|blue|grey|gray|yellow)(?:\s{1,3}[^\p{L}\p{N}\s]{1,4}|:)?$/iu
/** The meaning's first clause: what the colour says, before a "but" or a comma that qualifies it. */
const qualifier = /\s(?:but|although|though)\s|[,;(]/i

/** The state a colour's meaning gives, read from its first clause; null when it names none. */
function stateOfMeaning(meaning: string): StatusState | null {
  const cut = qualifier.exec(meaning)
  return stateOfClause((cut === null ? meaning : meaning.slice(0, cut.index)).toLowerCase())
}

/** The state a sentence defining a colour gives: its first clause that names one ("Nobody is free yet, so work has
 * not yet been started."); null when none does. */
function stateOfDefinition(sentence: string): StatusState | null {
  for (const clause of sentence.toLowerCase().split(qualifier)) {
    const state = stateOfClause(clause)
    if (state !== null) return state
  }
  return null
}

function stateOfClause(clause: string): StatusState | null {
  if (/\bno progress\b|\bnot (?:yet )?(?:been )?(?:started|begun)\b/.test(clause)) return 'not-started'
  const parsed = parseStatus(clause).state
  if (parsed !== 'unknown') return parsed
  return /\bprogress\b/.test(clause) ? 'in-progress' : null
}

/**
 * The plan's own key to its RAG colours, read from its legend lines ("Green = Target achieved", "Amber = Some
 * progress made but target not yet achieved", "Red = No progress yet made"): colour (lower case) → the state its
 * meaning gives. A careful reader takes each meaning's first clause: "no progress" or "not started" is not
 * started, a status word ("achieved", "complete") is that status, and progress made is in progress. A colour may
 * also stand alone on its line, with or without its icon ("Green 🟢", as project roadmaps head their status
 * legend), over the sentences that define it ("Group leading the effort is identified.", "Effort is already
 * underway."): the first clause of them that gives a state, up to the next colour, is its meaning. Colours whose meaning
 * names no state are left out; no legend lines give an empty map.
 *
 * @example
 * readColourLegend(['Green = Target achieved', 'Amber = Some progress made but target not yet achieved'])
 * // Map { 'green' => 'complete', 'amber' => 'in-progress' }
 * readColourLegend(['Red 🟥', 'The item is a priority.', 'Work on it has not yet been started.'])
 * // Map { 'red' => 'not-started' }
 */
export function readColourLegend(lines: readonly string[]): Map<string, StatusState> {
  const legend = new Map<string, StatusState>()
  // The colour standing alone above the lines being read, until its meaning is found or another colour starts.
  let open: string | null = null
  for (const line of lines) {
    const text = collapseWhitespace(line)
    const heading = colourHeading.exec(text)
    if (heading !== null) {
      open = heading[1]!.toLowerCase()
      continue
    }
    const match = legendLine.exec(text)
    if (match === null) {
      if (open === null || text.length > 300) continue
      const state = stateOfDefinition(text)
      if (state !== null) {
        legend.set(open, state)
        open = null
      }
      continue
    }
    open = null
    const state = stateOfMeaning(match[2]!)
    if (state !== null) legend.set(match[1]!.toLowerCase(), state)
  }
  return legend
}
