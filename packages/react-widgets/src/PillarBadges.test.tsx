import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { TechcommitProvider } from './i18n/TechcommitProvider'
import { PillarBadges } from './PillarBadges'
import { defineTaxonomyLike } from './testTaxonomy'

describe('PillarBadges', () => {
  it('names each Technician Commitment pillar in full for assistive technology', () => {
    const html = renderToStaticMarkup(<PillarBadges codes={['V', 'C']} />)
    expect(html).toContain('<span class="techcommit-sr-only">Visibility</span>')
    expect(html).toContain('<span class="techcommit-sr-only">Career Development</span>')
    expect(html).not.toContain('Recognition')
  })

  it('names the pillars in Welsh under a Welsh provider', () => {
    const html = renderToStaticMarkup(
      <TechcommitProvider locale="cy">
        <PillarBadges codes={['V']} />
      </TechcommitProvider>,
    )
    expect(html).toContain('>Gwelededd<')
    expect(html).toContain('aria-label="Pileri"')
  })

  it('shows an unknown code as written, escaped, never as markup', () => {
    const html = renderToStaticMarkup(<PillarBadges codes={['<img src=x onerror=alert(1)>']} />)
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
  })

  it('uses the taxonomy it is given', () => {
    const html = renderToStaticMarkup(<PillarBadges codes={['EC']} taxonomy={defineTaxonomyLike()} />)
    expect(html).toContain('>Environment and Culture<')
    expect(html).toContain('data-taxonomy="test-concordat"')
  })
})
