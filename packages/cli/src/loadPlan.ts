import { importCsvPlan } from '@techcommit/adapter-csv'
import type { ImportIssue, Plan } from '@techcommit/core'
import { basename } from 'node:path'
import { type CliIo, UsageError } from './io'

/** A plan read from a file, with the problems found on the way. */
export interface LoadedPlan {
  readonly file: string
  readonly plan: Plan
  readonly issues: readonly ImportIssue[]
}

/** Expands folders into the `.csv`/`.tsv`/`.txt` files inside them, sorted, so reports are stable. */
export async function expandInputs(paths: readonly string[], io: CliIo): Promise<string[]> {
  if (paths.length === 0)
    throw new UsageError('name at least one CSV file or folder, e.g. "techcommit report examples/data".')
  const files: string[] = []
  for (const path of paths) {
    let isDir: boolean
    try {
      isDir = await io.isDirectory(path)
    } catch {
      throw new UsageError(`cannot read "${path}": no such file or folder.`)
    }
    if (isDir) {
      const entries = (await io.listDir(path)).filter((name) => /\.(csv|tsv|txt)$/i.test(name))
      if (entries.length === 0)
        throw new UsageError(`the folder "${path}" holds no .csv, .tsv or .txt files.`)
      files.push(...entries.map((name) => `${path.replace(/\/+$/, '')}/${name}`))
    } else {
      files.push(path)
    }
  }
  return files
}

/** Reads and imports one plan export. The plan id is taken from the file name. */
export async function loadPlan(
  file: string,
  io: CliIo,
  options: { strict?: boolean } = {},
): Promise<LoadedPlan> {
  const bytes = await io.readFile(file)
  const id = basename(file).replace(/\.[^.]+$/, '')
  const { plan, issues } = await importCsvPlan(bytes, { planId: id, strict: options.strict ?? false })
  return { file, plan, issues }
}

/** Formats an import issue as `file:row:column: severity: message` — the shape editors and CI annotate. */
export function formatIssue(file: string, issue: ImportIssue): string {
  const where = [file, issue.row ?? '', issue.column ?? ''].join(':').replace(/:+$/, '')
  return `${where}: ${issue.severity}: ${issue.message} [${issue.code}]`
}
