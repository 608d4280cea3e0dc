import { defineConfig, type Options } from 'tsup'

/** Every package builds the same way: ESM only, declarations, source maps, for Node 20 and bundlers. */
export function packageBuild(entry: Record<string, string>): ReturnType<typeof defineConfig> {
  const options: Options = {
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  }
  return defineConfig(options)
}
