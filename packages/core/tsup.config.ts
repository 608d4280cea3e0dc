import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {"./src/index":"./src/index.ts","./src/effect/index":"./src/effect/index.ts","./src/testing/index":"./src/testing/index.ts"},
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
})
