import { Inflate } from 'fflate'
import type { OfficeLimits } from './officeOptions'
import { OfficeFileProblem } from './OfficeFileProblem'

/** One file inside the zip, as its central directory describes it. */
interface ZipEntry {
  readonly name: string
  readonly method: number
  readonly encrypted: boolean
  readonly compressedSize: number
  /** What the directory claims the entry inflates to; checked first, but never trusted. */
  readonly declaredSize: number
  readonly localHeader: number
}

/** An opened zip: its entries by name, and the inflate budget every part read from it shares. */
export interface ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>
  has(name: string): boolean
  /**
   * Inflates one entry in small steps, handing each piece to `sink`; `sink` returns false to stop early (a row
   * cap reached). Throws `OfficeFileProblem` once the total inflated bytes pass the cap.
   */
  inflate(name: string, sink: (piece: Uint8Array) => boolean): void
}

const defaultMaxUnzippedBytes = 50_000_000
const defaultMaxEntries = 10_000
/** Compressed bytes pushed per step: deflate expands at most ~1,032×, so one step yields at most ~2 MB. */
const step = 2_048

const eocdSignature = 0x06054b50
const centralSignature = 0x02014b50
const localSignature = 0x04034b50

/**
 * Reads a zip's central directory (the list at its end) without inflating anything. Office files are zips of
 * XML parts; only the parts a reader asks for are ever inflated.
 */
export function openZip(bytes: Uint8Array, limits: OfficeLimits = {}): ZipArchive {
  const maxBytes = limits.maxUnzippedBytes ?? defaultMaxUnzippedBytes
  const maxEntries = limits.maxEntries ?? defaultMaxEntries
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfDirectory(bytes, view)
  if (eocd < 0) {
    throw new OfficeFileProblem(
      'truncated-zip',
      'The file is cut short: the end of its zip directory is missing. It was probably not fully downloaded or saved; get a fresh copy and try again.',
    )
  }
  const count = view.getUint16(eocd + 10, true)
  const directorySize = view.getUint32(eocd + 12, true)
  const directoryOffset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new OfficeFileProblem(
      'unsupported-zip',
      'The file is a ZIP64 archive (over 4 GB or 65,535 parts), which no action plan needs. Save it again from Excel or Word.',
    )
  }
  if (count > maxEntries) {
    throw new OfficeFileProblem(
      'zip-too-many-entries',
      `The file lists ${count} parts inside its zip, more than the ${maxEntries} allowed; a workbook or document has a few dozen. It may be a zip bomb. If it is genuine, raise options.limits.maxEntries.`,
    )
  }
  if (directoryOffset + directorySize > eocd) {
    throw new OfficeFileProblem(
      'truncated-zip',
      'The file is cut short or damaged: its zip directory points past the data. Get a fresh copy and try again.',
    )
  }

  const entries = new Map<string, ZipEntry>()
  const decoder = new TextDecoder()
  let at = directoryOffset
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== centralSignature) {
      throw new OfficeFileProblem(
        'corrupt-zip',
        `The file's zip directory is damaged at entry ${i + 1}. Open it in Excel or Word and save it again.`,
      )
    }
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressedSize = view.getUint32(at + 20, true)
    const declaredSize = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const localHeader = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    entries.set(name, {
      name,
      method,
      encrypted: (flags & 1) === 1,
      compressedSize,
      declaredSize,
      localHeader,
    })
    at += 46 + nameLength + extraLength + commentLength
  }

  let inflated = 0
  const tooLarge = () =>
    new OfficeFileProblem(
      'zip-too-large',
      `The file inflates to more than ${maxBytes.toLocaleString('en-GB')} bytes, far beyond any action plan; it may be a zip bomb, so reading stopped. If it is genuine, raise options.limits.maxUnzippedBytes.`,
    )

  return {
    entries,
    has: (name) => entries.has(name),
    inflate(name, sink) {
      const entry = entries.get(name)
      if (entry === undefined) {
        throw new OfficeFileProblem('missing-part', `The file has no part "${name}".`)
      }
      if (entry.encrypted) {
        throw new OfficeFileProblem(
          'password-protected',
          `The part "${name}" is encrypted. Remove the password (in Excel or Word: File → Info → Protect → Encrypt with Password, clear it) and save again.`,
        )
      }
      // An honest bomb says how big it is: refuse it before inflating a byte. A lying one meets the cap below.
      if (entry.declaredSize > maxBytes - inflated) throw tooLarge()
      const data = entryData(bytes, view, entry)
      if (entry.method === 0) {
        inflated += data.length
        if (inflated > maxBytes) throw tooLarge()
        sink(data)
        return
      }
      if (entry.method !== 8) {
        throw new OfficeFileProblem(
          'unsupported-zip',
          `The part "${name}" uses zip compression method ${entry.method}, which Office never writes. Save the file again from Excel or Word.`,
        )
      }
      let stopped = false
      const inflater = new Inflate((piece) => {
        if (stopped) return
        inflated += piece.length
        if (inflated > maxBytes) throw tooLarge()
        if (!sink(piece)) stopped = true
      })
      try {
        for (let offset = 0; offset < data.length && !stopped; offset += step) {
          const end = Math.min(offset + step, data.length)
          inflater.push(data.subarray(offset, end), end === data.length)
        }
        if (data.length === 0) inflater.push(data, true)
      } catch (error) {
        if (error instanceof OfficeFileProblem) throw error
        throw new OfficeFileProblem(
          'corrupt-zip',
          `The part "${name}" could not be unzipped (${error instanceof Error ? error.message : 'damaged data'}). The file is damaged or cut short; get a fresh copy.`,
        )
      }
    },
  }
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, so it lies in the last 65,557 bytes.
  const stop = Math.max(0, bytes.length - 65_557)
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === eocdSignature) return at
  }
  return -1
}

function entryData(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const at = entry.localHeader
  if (at + 30 > bytes.length || view.getUint32(at, true) !== localSignature) {
    throw new OfficeFileProblem(
      'corrupt-zip',
      `The part "${entry.name}" is missing or damaged in the zip. Open the file in Excel or Word and save it again.`,
    )
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  const end = start + entry.compressedSize
  if (end > bytes.length) {
    throw new OfficeFileProblem(
      'truncated-zip',
      `The file is cut short inside the part "${entry.name}". Get a fresh copy and try again.`,
    )
  }
  return bytes.subarray(start, end)
}
