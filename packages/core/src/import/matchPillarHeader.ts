import type { Pillar, Taxonomy } from '../model/taxonomySchema'
import { headerFirstWord, normalizeHeader } from './columnSynonyms'

/**
 * Finds the pillar a column header names: the pillar's name or one of its aliases, compared like other
 * headers, or its code when the header is nothing but the code ("V"). Used to recognise pillar flag columns
 * and the pillar blocks of a side-by-side grid.
 *
 * @example
 * matchPillarHeader('Career Development', technicianCommitment)?.code // 'C'
 */
export function matchPillarHeader(header: string, taxonomy: Taxonomy): Pillar | null {
  if (header.length > 80) return null
  const keys = pillarKeys(taxonomy)
  const trimmed = header.trim()
  // A name starts with a name's first word: most body cells are turned away on theirs.
  if (trimmed.length > 3 && !keys.firstWords.has(headerFirstWord(header))) return null
  const key = normalizeHeader(header)
  if (key === '') return null
  const byName = keys.names.get(key)
  if (byName) return byName
  return trimmed.length <= 3 ? (keys.codes.get(trimmed.toLowerCase()) ?? null) : null
}

// Pillar names and aliases normalised once per taxonomy: this test runs on the cells of every body row.
interface PillarKeys {
  readonly names: Map<string, Pillar>
  readonly codes: Map<string, Pillar>
  /** The first word of every name. */
  readonly firstWords: Set<string>
}
const keyCache = new WeakMap<Taxonomy, PillarKeys>()

function pillarKeys(taxonomy: Taxonomy): PillarKeys {
  const cached = keyCache.get(taxonomy)
  if (cached) return cached
  const names = new Map<string, Pillar>()
  const codes = new Map<string, Pillar>()
  for (const pillar of taxonomy.pillars) {
    const name = normalizeHeader(pillar.name)
    if (!names.has(name)) names.set(name, pillar)
  }
  for (const pillar of taxonomy.pillars) {
    for (const alias of pillar.aliases) {
      const key = normalizeHeader(alias)
      if (alias.length > 2 && !names.has(key)) names.set(key, pillar)
    }
    const code = pillar.code.toLowerCase()
    if (!codes.has(code)) codes.set(code, pillar)
  }
  const firstWords = new Set([...names.keys()].map((name) => name.split(' ')[0]!))
  const keys = { names, codes, firstWords }
  keyCache.set(taxonomy, keys)
  return keys
}

const yearLabel = /^(?:year|yr|y)\s?(\d{1,2})$/i
const calendarYear = /^((?:19|20)\d{2})$/

/**
 * Recognises a year column header: "Year 1", "Yr 2", "Y3", or a calendar year ("2019"). Returns the label the
 * date parser looks up in `yearLabels`, and the calendar year when the header itself is one.
 *
 * @example
 * matchYearHeader('Year 1') // { label: 'Year 1', year: null }
 * matchYearHeader('2020') // { label: '2020', year: 2020 }
 */
export function matchYearHeader(header: string): { label: string; year: number | null } | null {
  const text = header.trim().slice(0, 20)
  const labelled = yearLabel.exec(text)
  if (labelled) return { label: text, year: null }
  const calendar = calendarYear.exec(text)
  if (calendar) return { label: text, year: Number(calendar[1]) }
  return null
}
