import { packageBuild } from '../../tsup.base'

export default packageBuild({
  index: './src/index.ts',
  'effect/index': './src/effect/index.ts',
  'testing/index': './src/testing/index.ts',
  'store/index': './src/store/index.ts',
})
