// Test support shared by the packages' tests (not shipped): a library folder must bundle for browsers as is,
// so its modules may use only web-standard globals.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * One test per non-test `.ts` module in `dir`: no `node:` import, none of `nodeOnlyPackages`, and no
 * `Buffer`, `process.` or `require(` outside comments.
 */
export function describeBrowserSafety(dir: URL, nodeOnlyPackages: readonly string[]): void {
  const modules = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  const nodeOnly = new RegExp(`from ['"](${nodeOnlyPackages.join('|')})['"]`)
  describe('browser safety', () => {
    it.each(modules)('%s uses no Node-only API', (file) => {
      const code = readFileSync(new URL(file, dir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
      expect(code).not.toMatch(/from ['"]node:/)
      expect(code).not.toMatch(nodeOnly)
      expect(code).not.toMatch(/\bBuffer\b|\bprocess\.|\brequire\(/)
    })
  })
}
