// Test support shared by the packages' browser tests (not shipped): Debian's Chromium and the launch flags
// that keep it off the network. Nothing here ever downloads a browser; CI installs chromium (.ci/run).
import { existsSync } from 'node:fs'

export const chromiumPath = '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)

if (!hasChromium && process.env.CI === 'true')
  throw new Error(
    `${chromiumPath} is missing: CI installs Debian's chromium (.ci/run) for the browser tests.`,
  )
if (!hasChromium) {
  console.warn(
    `\n${'!'.repeat(78)}\n!! SKIPPING BROWSER TESTS: ${chromiumPath} is missing. Install it: apt-get install -y chromium\n${'!'.repeat(78)}\n`,
  )
}

/** Pass to playwright-core's `chromium.launch(...)`. */
export const chromiumLaunchOptions = {
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
} as const
