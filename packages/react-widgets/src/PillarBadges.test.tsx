import { defineTaxonomyLike } from './testTaxonomy'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PillarBadges } from './PillarBadges'

describe('PillarBadges', () => {
  it('names each Technician Commitment pillar in full for assistive technology', () => {
    const html = renderToStaticMarkup(<PillarBadges codes={['V', 'C']} />)
    expect(html).toContain('aria-label="Visibility"')
    expect(html).toContain('aria-label="Career Development"')
    expect(html).not.toContain('Recognition')
  })

  it('shows an unknown code as written, escaped, never as markup', () => {
    const html = renderToStaticMarkup(<PillarBadges codes={['<img src=x onerror=alert(1)>']} />)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
  })

  it('uses the taxonomy it is given', () => {
    const html = renderToStaticMarkup(<PillarBadges codes={['EC']} taxonomy={defineTaxonomyLike()} />)
    expect(html).toContain('aria-label="Environment and Culture"')
    expect(html).toContain('data-taxonomy="test-concordat"')
  })
})
