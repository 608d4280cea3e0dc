import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsvRows } from './readCsvRows'

// The corpus ships in the csv-spectrum npm package (a devDependency): csvs/*.csv in, json/*.json expected.
const root = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'))
const names = readdirSync(join(root, 'csvs'))
  .filter((file) => file.endsWith('.csv'))
  .map((file) => file.slice(0, -4))

/** Expected records; location_coordinates.json is a bare object upstream, so wrap it. */
function expected(name: string): Record<string, string>[] {
  const json: unknown = JSON.parse(readFileSync(join(root, 'json', `${name}.json`), 'utf8'))
  return (Array.isArray(json) ? json : [json]) as Record<string, string>[]
}

/** Records as plain objects for comparison only (header cells come from the trusted corpus). */
function toRecords(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows
  return body.map((row) => Object.fromEntries(header!.map((key, i) => [key, row[i] ?? ''])))
}

describe('csv-spectrum', () => {
  it('has all twelve cases', () => {
    expect(names.sort()).toEqual([
      'comma_in_quotes',
      'empty',
      'empty_crlf',
      'escaped_quotes',
      'json',
      'location_coordinates',
      'newlines',
      'newlines_crlf',
      'quotes_and_newlines',
      'simple',
      'simple_crlf',
      'utf8',
    ])
  })

  it.each(names)('%s', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(root, 'csvs', `${name}.csv`)))
    const { rows, issues } = await readCsvRows(bytes)
    expect(issues).toEqual([])
    const records = toRecords(rows)
    if (name === 'location_coordinates') {
      // Upstream's expected phone number (1234567890) is not the one in the CSV (2095257564): compare the rest.
      const [want] = expected(name)
      const [got] = records
      expect(records).toHaveLength(1)
      expect(got!['Contact Phone Number']).toBe('2095257564')
      for (const key of ['Location Coordinates', 'Cities', 'Counties']) expect(got![key]).toBe(want![key])
      expect(got!['Location Coordinates']).toContain('\uFFFD')
      return
    }
    expect(records).toEqual(expected(name))
  })

  it.each(['simple_crlf', 'newlines_crlf', 'empty_crlf'])('%s really contains CRLF line breaks', (name) => {
    const text = readFileSync(join(root, 'csvs', `${name}.csv`), 'latin1')
    expect(text).toContain('\r\n')
    expect(text.replaceAll('\r\n', '')).not.toContain('\n')
  })

  it('newlines_crlf keeps the CRLF inside the quoted cell', async () => {
    const { rows } = await readCsvRows(new Uint8Array(readFileSync(join(root, 'csvs', 'newlines_crlf.csv'))))
    expect(rows.some((row) => row.some((cell) => cell.includes('Once upon \r\na time')))).toBe(true)
  })
})
