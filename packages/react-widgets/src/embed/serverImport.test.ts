// @vitest-environment node
import { expect, it } from 'vitest'

it('can be imported on a server, where there is no HTMLElement, and registers nothing there', async () => {
  expect(typeof HTMLElement).toBe('undefined')
  const embed = await import('./index')
  expect(typeof embed.defineTechcommitElements).toBe('function')
  expect(embed.embedStyles).toContain(':host')
})
