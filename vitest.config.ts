import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

// Workspace packages resolve each other's TypeScript source through the `@techcommit/source` export
// condition, so tests never need a build (TanStack Query's custom-condition pattern).
const sourceCondition = '@techcommit/source'

/**
 * Core test files that mock a module with `vi.mock`, found by reading them (so no list to keep in step): they run
 * isolated (see the `core` project). Paths relative to `packages/core`, as the projects' globs are.
 */
const coreRoot = fileURLToPath(new URL('packages/core/', import.meta.url))
const mocksModules = readdirSync(join(coreRoot, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `src/${file.replaceAll('\\', '/')}`)
  .filter((file) => readFileSync(join(coreRoot, file), 'utf8').includes('vi.mock('))

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    projects: [
      // Core and the CSV adapter are pure code with no module state to leak, so their test files share one module
      // graph per worker (`isolate: false`): with isolation every one of core's ~500 files imported the whole import
      // pipeline afresh, which was most of the suite's time (13 reader files: 159 s isolated, 22 s shared, on a
      // loaded machine). A file that mocks a module (`vi.mock`) needs modules of its own: `mocksModules` finds it,
      // and it runs isolated in `core-mocks`.
      {
        extends: true,
        // Room for the 5,000-action store round trip and the property tests on a shared, loaded machine.
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          testTimeout: 20_000,
          isolate: false,
          exclude: ['**/node_modules/**', ...mocksModules],
        },
      },
      {
        extends: true,
        test: { name: 'core-mocks', root: 'packages/core', environment: 'node', include: mocksModules },
      },
      {
        extends: true,
        // The development sets are hundreds of plans imported in one test: ~9 s on a loaded machine.
        test: {
          name: 'adapter-csv',
          root: 'packages/adapter-csv',
          environment: 'node',
          testTimeout: 20_000,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'adapter-office',
          root: 'packages/adapter-office',
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'adapter-sqlite',
          root: 'packages/adapter-sqlite',
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'adapter-postgres',
          root: 'packages/adapter-postgres',
          environment: 'node',
          globalSetup: ['test/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'react-widgets',
          root: 'packages/react-widgets',
          environment: 'jsdom',
          // Importing the whole embed (React inside) takes over 5 s on a loaded machine.
          testTimeout: 20_000,
          setupFiles: ['src/testSetup.ts'],
          exclude: ['**/node_modules/**', 'test/**'],
        },
      },
      // Node-side widget tests: the bundle size budget, and real Chromium (Debian's, driven by
      // playwright-core) for accessibility, keyboard, reflow and screenshots.
      {
        extends: true,
        test: {
          name: 'react-widgets-node',
          root: 'packages/react-widgets',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'cli', root: 'packages/cli', environment: 'node', testTimeout: 60_000 },
      },
      // Every code sample in README.md and docs/, extracted from the Markdown, type-checked and run.
      { extends: true, test: { name: 'docs', root: 'docs', environment: 'node', testTimeout: 240_000 } },
    ],
  },
})
