import { defaultClientConditions, defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

// Workspace packages resolve each other's TypeScript source through the `@techcommit/source` export
// condition, so tests never need a build (TanStack Query's custom-condition pattern).
const sourceCondition = '@techcommit/source'

export default defineConfig({
  resolve: { conditions: [sourceCondition, ...defaultClientConditions] },
  ssr: { resolve: { conditions: [sourceCondition, ...defaultServerConditions] } },
  test: {
    projects: [
      { extends: true, test: { name: 'core', root: 'packages/core', environment: 'node' } },
      { extends: true, test: { name: 'adapter-csv', root: 'packages/adapter-csv', environment: 'node' } },
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
      { extends: true, test: { name: 'react-widgets', root: 'packages/react-widgets', environment: 'node' } },
      {
        extends: true,
        test: { name: 'cli', root: 'packages/cli', environment: 'node', testTimeout: 60_000 },
      },
    ],
  },
})
