import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { CliIo } from './io'

/**
 * The real terminal and file system.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo())
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: async (path, data) => {
      await mkdir(dirname(path), { recursive: true })
      // Write to a temporary file and rename, so a failure never leaves a half-written output behind.
      const tmp = `${path}.${process.pid}.tmp`
      await writeFile(tmp, data)
      await rename(tmp, path)
    },
    listDir: async (path) => (await readdir(path)).sort(),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    today: () => new Date().toISOString().slice(0, 10),
  }
}
