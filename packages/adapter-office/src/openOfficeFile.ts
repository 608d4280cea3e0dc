import type { ReadOfficeOptions } from './officeOptions'
import { OfficeFileProblem } from './OfficeFileProblem'
import { openZip, type ZipArchive } from './openZip'
import { ole2Magic, officeFormatOfZip, startsWith, zipMagic } from './sniffOfficeFormat'

/** Which kind of Office file a reader expects. */
export type OfficeKind = 'workbook' | 'document'

const names: Record<OfficeKind, { app: string; ext: string; reader: string }> = {
  workbook: { app: 'Excel', ext: '.xlsx', reader: 'importXlsxPlan' },
  document: { app: 'Word', ext: '.docx', reader: 'importDocxPlan' },
}

/**
 * Opens the zip of a workbook or document, or throws an `OfficeFileProblem` that says what the file really is
 * and what to do: an old binary `.xls`/`.doc`, a password-protected file, a Word file given to the Excel
 * reader (or the other way round), or not an Office file at all. Macro-enabled files (`.xlsm`, `.docm`) open as
 * their plain twins: only the cell and paragraph XML is read, never the `vbaProject.bin` beside it.
 */
export function openOfficeFile(bytes: Uint8Array, kind: OfficeKind, options: ReadOfficeOptions): ZipArchive {
  const { app, ext } = names[kind]
  if (startsWith(bytes, ole2Magic)) throw ole2Problem(bytes, kind)
  if (!startsWith(bytes, zipMagic)) {
    throw new OfficeFileProblem(
      'not-office-file',
      `This is not an Excel workbook or Word document (.xlsx, .docx): it does not start like one (a zip). If it is a CSV, use importCsvPlan; otherwise open it in ${app} and save it as ${ext}.`,
    )
  }
  const zip = openZip(bytes, options.limits)
  const format = officeFormatOfZip(zip)
  const wanted = kind === 'workbook' ? ['xlsx', 'xlsm'] : ['docx', 'docm']
  if (format === null || !wanted.includes(format)) {
    const other = kind === 'workbook' ? names.document : names.workbook
    const actually =
      format === null
        ? 'a zip, but not an Office workbook or document'
        : `a ${other.app} file (${format}); use ${other.reader}`
    throw new OfficeFileProblem('not-office-file', `This is not an ${app} ${ext} file: it is ${actually}.`)
  }
  return zip
}

/** Password-protected OOXML files are OLE2 containers holding an `EncryptedPackage` stream. */
function ole2Problem(bytes: Uint8Array, expected: OfficeKind): OfficeFileProblem {
  if (containsUtf16(bytes, 'EncryptedPackage')) {
    const { app, ext } = names[expected]
    return new OfficeFileProblem(
      'password-protected',
      `The file is password-protected, so it cannot be read. In ${app}, open it, remove the password (File → Info → Protect → Encrypt with Password, clear it) and save it as ${ext}.`,
    )
  }
  const kind: OfficeKind = containsUtf16(bytes, 'WordDocument') ? 'document' : 'workbook'
  const { app, ext } = names[kind]
  const old = kind === 'document' ? 'Word 97–2003 .doc' : 'Excel 97–2003 .xls'
  return new OfficeFileProblem(
    'old-binary-format',
    `The file is an old ${old} file (a binary format this reader does not open). Open it in ${app} and save it as ${ext} (File → Save As → "${app} ${kind === 'workbook' ? 'Workbook' : 'Document'}"), or export it as CSV.`,
  )
}

/** Whether `text` appears in `bytes` as UTF-16LE (how OLE2 directory entries name their streams). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0)
  // Stream names sit in the directory sectors; scanning the first 32 MB is ample and stays fast.
  const end = Math.min(bytes.length, 32_000_000) - text.length * 2
  for (let at = 0; at <= end; at++) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue
    let i = 1
    while (i < text.length && bytes[at + i * 2] === text.charCodeAt(i) && bytes[at + i * 2 + 1] === 0) i++
    if (i === text.length) return true
  }
  return false
}
