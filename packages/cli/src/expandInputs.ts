import { join } from 'node:path'
import { UsageError } from './errors'
import type { CliIo } from './io'

/** The file names a folder argument picks up. */
const planFileNames = /\.(csv|tsv|txt|json)$/i

/**
 * Expands folders into the plan files directly inside them (`.csv`, `.tsv`, `.txt`, `.json`), sorted so
 * output is stable; files are kept as given. A path that does not exist is a `UsageError` (exit 2).
 *
 * @example
 * await expandInputs(['examples/data'], nodeIo()) // ['examples/data/bradford-2019-2020.csv', …]
 */
export async function expandInputs(paths: readonly string[], io: CliIo): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    const kind = await io.pathKind(path)
    if (kind === null) throw new UsageError(`cannot read "${path}": no such file or folder. Check the path.`)
    if (kind !== 'directory') {
      files.push(path)
      continue
    }
    const entries = (await io.listDir(path)).filter((name) => planFileNames.test(name))
    if (entries.length === 0)
      throw new UsageError(`the folder "${path}" holds no .csv, .tsv, .txt or .json files. Name a plan file.`)
    files.push(...entries.map((name) => join(path, name)))
  }
  return files
}
