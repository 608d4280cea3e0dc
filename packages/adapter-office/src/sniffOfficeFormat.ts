import { openZip, type ZipArchive } from './openZip'
import { readXmlPart } from './readXmlPart'

/**
 * What an Office file is, by content: `xlsx`/`xlsm` (Excel workbook, without/with macros), `docx`/`docm` (Word
 * document), `ole2` (an old binary `.xls`/`.doc`, or a password-protected file of any kind), or null.
 *
 * @example
 * const format: OfficeFormat | null = sniffOfficeFormat(bytes)
 */
export type OfficeFormat = 'xlsx' | 'xlsm' | 'docx' | 'docm' | 'ole2'

const zipMagic = [0x50, 0x4b, 0x03, 0x04]
const ole2Magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** The main-part content types, by the format they mean (templates read as their documents). */
const mainContentTypes: ReadonlyMap<string, OfficeFormat> = new Map(
  Object.entries({
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': 'xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': 'xlsx',
    'application/vnd.ms-excel.sheet.macroEnabled.main+xml': 'xlsm',
    'application/vnd.ms-excel.template.macroEnabled.main+xml': 'xlsm',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml': 'docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml': 'docx',
    'application/vnd.ms-word.document.macroEnabled.main+xml': 'docm',
    'application/vnd.ms-word.template.macroEnabledTemplate.main+xml': 'docm',
  } as const),
)

/**
 * Tells an Excel workbook from a Word document by content, not by file name: the zip magic bytes and the main
 * part's type in `[Content_Types].xml`, or the OLE2 magic of old binary and password-protected files. Never
 * throws; anything else (a CSV, a PDF, a damaged zip) gives null. Reads only the zip directory and one small
 * part, so it is cheap enough to call on every input.
 *
 * @example
 * switch (sniffOfficeFormat(bytes)) {
 *   case 'xlsx': case 'xlsm': return importXlsxPlan(bytes)
 *   case 'docx': case 'docm': return importDocxPlan(bytes)
 *   default: return importCsvPlan(bytes)
 * }
 */
export function sniffOfficeFormat(bytes: Uint8Array): OfficeFormat | null {
  if (startsWith(bytes, ole2Magic)) return 'ole2'
  if (!startsWith(bytes, zipMagic)) return null
  try {
    return officeFormatOfZip(openZip(bytes))
  } catch {
    return null
  }
}

/** The format a zip's `[Content_Types].xml` declares, or null when it declares no Office main part. */
export function officeFormatOfZip(zip: ZipArchive): OfficeFormat | null {
  if (!zip.has('[Content_Types].xml')) return null
  let format: OfficeFormat | null = null
  readXmlPart(zip, '[Content_Types].xml', {
    open(name, attributes) {
      if (format !== null || name !== 'Override') return
      format = mainContentTypes.get(attributes.ContentType ?? '') ?? null
    },
    done: () => format !== null,
  })
  return format
}

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte)
}

export { ole2Magic, zipMagic }
