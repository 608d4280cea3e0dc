import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The adapter must bundle for browsers as is: library modules may use only web-standard globals.
const dir = new URL('./', import.meta.url)
const modules = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))

describe('browser safety', () => {
  it.each(modules)('%s uses no Node-only API', (file) => {
    const code = readFileSync(new URL(file, dir), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
    expect(code).not.toMatch(/from ['"]node:/)
    expect(code).not.toMatch(/from ['"](fs|path|stream|buffer|zlib|os)['"]/)
    expect(code).not.toMatch(/\bBuffer\b|\bprocess\.|\brequire\(/)
  })
})
