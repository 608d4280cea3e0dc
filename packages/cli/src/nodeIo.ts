import { randomBytes } from 'node:crypto'
import { open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { UsageError } from './errors'
import type { CliIo } from './io'

/**
 * The real terminal and file system.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo())
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    pathKind: async (path) => {
      try {
        const info = await stat(path)
        return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other'
      } catch (error) {
        if (isNodeError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return null
        throw error
      }
    },
    readHead: async (path, length) => {
      const handle = await open(path, 'r')
      try {
        const buffer = new Uint8Array(length)
        const { bytesRead } = await handle.read(buffer, 0, length, 0)
        return buffer.subarray(0, bytesRead)
      } finally {
        await handle.close()
      }
    },
    listDir: async (path) => (await readdir(path)).sort(),
    writeFile: writeFileAtomically,
    today: () => new Date().toISOString().slice(0, 10),
    now: () => new Date().toISOString(),
    stdoutIsTerminal: process.stdout.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  }
}

async function writeFileAtomically(
  path: string,
  data: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const folder = dirname(path)
  const folderInfo = await stat(folder).catch(() => null)
  if (folderInfo === null || !folderInfo.isDirectory())
    throw new UsageError(`cannot write "${path}": the folder "${folder}" does not exist. Create it first.`)
  if ((await stat(path).catch(() => null))?.isDirectory())
    throw new UsageError(`cannot write "${path}": it is a folder. Name a file, e.g. "${join(path, 'out')}".`)
  // A temporary file in the same folder, then a rename: readers see the old file or the whole new one.
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, data, { flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    if (isNodeError(error) && (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS'))
      throw new UsageError(`cannot write "${path}": permission denied. Choose a folder you can write to.`)
    throw error
  }
}

/** A Node system error (`ENOENT`, `EACCES`, …). */
export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
}
