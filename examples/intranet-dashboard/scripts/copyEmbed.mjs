// Copies the built embed (one ES module with React inside) next to embed.html. Build it first:
// `npx -y pnpm@10 --filter @techcommit/react-widgets build`.
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'

const built = join(import.meta.dirname, '../../../packages/react-widgets/dist/embed.js')
if (!existsSync(built)) {
  console.error(`${built} is missing: run \`npx -y pnpm@10 --filter @techcommit/react-widgets build\` first.`)
  process.exit(1)
}
copyFileSync(built, join(import.meta.dirname, '../public/techcommit-embed.js'))
console.log('copied the embed to public/techcommit-embed.js')
