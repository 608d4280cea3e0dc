import { defineConfig, type Options } from 'tsup'
import { packageBuild } from '../../tsup.base'

// Two outputs: the library (React and core stay external, for bundlers) and the embed — one ES module with
// React and core inside, for pages with no build (`<script type="module" src="…/embed.js">`).
const library = { ...(packageBuild({ index: './src/index.ts' }) as Options), clean: false }
const embed: Options = {
  entry: { embed: './src/embed/index.tsx' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: false,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  treeshake: true,
  noExternal: [/.*/],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Core is bundled from its source, so the embed never depends on core having been built first.
  esbuildOptions(options) {
    options.conditions = ['@techcommit/source', 'browser', 'import', 'module', 'default']
  },
}

export default defineConfig([library, embed])
