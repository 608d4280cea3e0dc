import { describe, expect, it } from 'vitest'
import { measureWidgetBundles, WIDGETS_GZIP_BUDGET } from '../../../bench/lib/widgetBundles'

// Bytes are deterministic (same sources, same lockfile → same bundle), so unlike timings they can be a
// test: CI fails when the widgets outgrow their budget. bench/widgets-size.ts reports the full table.
describe('bundle size budget', () => {
  it(`keeps the widgets (React and core external) within ${WIDGETS_GZIP_BUDGET / 1024} kB gzip`, async () => {
    const { widgets, embed } = await measureWidgetBundles()
    expect(widgets.gzip).toBeLessThanOrEqual(WIDGETS_GZIP_BUDGET)
    // The embed carries React and core inside: it must be bigger than the widgets alone, or it is not whole.
    expect(embed.gzip).toBeGreaterThan(widgets.gzip)
  })
})
