import { packageBuild } from '../../tsup.base'

export default packageBuild({ index: './src/index.ts', bin: './src/bin.ts' })
