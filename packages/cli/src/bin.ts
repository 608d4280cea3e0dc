#!/usr/bin/env node
import { nodeIo } from './nodeIo'
import { runCli } from './runCli'

// React's server renderer (report --format html) loads its development build unless told otherwise, which
// takes several times the memory and time; the command line is always a production run.
process.env.NODE_ENV ??= 'production'

// A closed pipe (`techcommit report … | head -1`) is the reader saying it has enough: end quietly.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `techcommit: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 70
  },
)
