import { defineConfig } from 'vite'

// No React plugin needed: esbuild compiles the JSX. The `@techcommit/source` condition lets the example run
// on the workspace's TypeScript sources without building the packages first.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: { conditions: ['@techcommit/source', 'browser', 'import', 'module', 'default'] },
})
