import { SaxesParser } from 'saxes'
import type { ZipArchive } from './openZip'
import { OfficeFileProblem } from './OfficeFileProblem'

/** Attributes of an element by local name (`w:val` → `val`), on an object with no prototype. */
export type XmlAttributes = Readonly<Record<string, string | undefined>>

/** What a reader does with the elements of one XML part, in document order. Names are local (no prefix). */
export interface XmlHandlers {
  open?(name: string, attributes: XmlAttributes): void
  text?(text: string): void
  close?(name: string): void
  /** Asked after each inflated piece: true stops reading the part (a row cap reached). */
  done?(): boolean
}

// One decoder for every part: building a TextDecoder costs more than decoding a small part.
const decoder = new TextDecoder('utf-8')

/**
 * Streams one XML part of the zip through a non-validating SAX parser: the part is inflated in small pieces and
 * parsed as it arrives, so a large sheet never sits in memory as one string. A DOCTYPE is refused outright —
 * Office never writes one, and refusing it means no entity is ever expanded and nothing external is fetched
 * (saxes itself never resolves entities a DTD declares).
 */
export function readXmlPart(zip: ZipArchive, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false, position: false })
  parser.on('doctype', () => {
    throw new OfficeFileProblem(
      'xml-doctype',
      `The part "${part}" declares a DOCTYPE, which Excel and Word never write; it was not read, so no entity in it was expanded. The file was not saved by Office or has been tampered with.`,
    )
  })
  parser.on('error', (error) => {
    throw new OfficeFileProblem(
      'bad-xml',
      `The part "${part}" is not well-formed XML (${error.message}). The file is damaged; open it in Excel or Word and save it again.`,
    )
  })
  const { open, text, close } = handlers
  if (open !== undefined) {
    parser.on('opentag', (tag) => open(localName(tag.name), localAttributes(tag.attributes)))
  }
  if (text !== undefined) {
    parser.on('text', text)
    parser.on('cdata', text)
  }
  if (close !== undefined) parser.on('closetag', (tag) => close(localName(tag.name)))

  let stopped = false
  try {
    zip.inflate(part, (piece) => {
      parser.write(decoder.decode(piece, { stream: true }))
      stopped = handlers.done?.() === true
      return !stopped
    })
    const rest = decoder.decode()
    if (!stopped) parser.write(rest).close()
  } finally {
    // A flush leaves the shared decoder clean for the next part, even when this one failed half-way.
    decoder.decode()
  }
}

export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

function localAttributes(attributes: Record<string, string>): XmlAttributes {
  const out: Record<string, string> = Object.create(null)
  for (const key in attributes) out[localName(key)] = attributes[key]!
  return out
}
