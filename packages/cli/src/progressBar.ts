import type { CliIo } from './io'
import { terminalLine } from './terminalText'

/** A progress line on stderr, redrawn in place. */
export interface ProgressBar {
  /** Item `index` (0-based) of the total has started. */
  readonly step: (index: number, label: string) => void
  /** Clears the line. */
  readonly done: () => void
}

const width = 24

/**
 * A progress bar for work over several items, drawn on stderr only when stderr is a terminal and there is
 * more than one item: scripts and logs never see it, and stdout stays clean for pipes.
 *
 * @example
 * const progress = createProgressBar(io, files.length)
 * files.forEach((file, i) => progress.step(i, file))
 * progress.done()
 */
export function createProgressBar(io: CliIo, total: number): ProgressBar {
  if (!io.stderrIsTerminal || total < 2) return { step: () => {}, done: () => {} }
  return {
    step: (index, label) => {
      const filled = Math.round((index / total) * width)
      const name = terminalLine(label).slice(-40)
      io.stderr(
        `\r\u001b[2K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${index + 1}/${total} ${name}`,
      )
    },
    done: () => io.stderr('\r\u001b[2K'),
  }
}
