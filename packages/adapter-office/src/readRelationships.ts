import type { ZipArchive } from './openZip'
import { readXmlPart } from './readXmlPart'

/** One relationship of a part: what kind (the last word of its type URI) and the zip path it points to. */
export interface Relationship {
  readonly kind: string
  readonly path: string
}

/**
 * Reads the relationships of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`), by id, with every
 * target resolved to a path inside the zip. A part with no relationships gives an empty map. External targets
 * (links to web pages) are dropped: nothing outside the file is ever read.
 */
export function readRelationships(zip: ZipArchive, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/')
  const folder = slash < 0 ? '' : part.slice(0, slash + 1)
  const relsPart = `${folder}_rels/${part.slice(slash + 1)}.rels`
  const found = new Map<string, Relationship>()
  if (!zip.has(relsPart)) return found
  readXmlPart(zip, relsPart, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return
      const { Id: id, Type: type, Target: target } = attributes
      if (id === undefined || type === undefined || target === undefined) return
      found.set(id, { kind: type.slice(type.lastIndexOf('/') + 1), path: resolvePath(folder, target) })
    },
  })
  return found
}

/** The first relationship of the given kind (`officeDocument`, `sharedStrings`, `styles`), if any. */
export function relationshipOfKind(
  relationships: ReadonlyMap<string, Relationship>,
  kind: string,
): Relationship | undefined {
  for (const relationship of relationships.values()) if (relationship.kind === kind) return relationship
  return undefined
}

function resolvePath(folder: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : folder + target
  const parts: string[] = []
  for (const segment of joined.split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}
