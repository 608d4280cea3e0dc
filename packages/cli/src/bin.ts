#!/usr/bin/env node
import { nodeIo } from './nodeIo'
import { runCli } from './runCli'

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
