import { describe, expect, it } from 'vitest'
import { htmlToText } from './htmlToText'

describe('htmlToText', () => {
  it('turns paragraphs into lines and decodes entities', () => {
    expect(htmlToText('<p>We plan two ways.</p> <p>Ask the E&amp;D service.</p>')).toBe(
      'We plan two ways.\nAsk the E&D service.',
    )
  })
  it('drops inline tags such as the <u> of an underlined statement', () => {
    expect(htmlToText('<u>Design and develop webpages</u>')).toBe('Design and develop webpages')
  })
  it('reads <br> and numeric entities', () => {
    expect(htmlToText('One<br/>Two&#8211;three &#x2019;')).toBe('One\nTwo–three ’')
  })
  it('leaves text without HTML exactly as it is', () => {
    expect(htmlToText('  P&DR, L&D & 5 < 6  ')).toBe('  P&DR, L&D & 5 < 6  ')
  })
  it('keeps unknown or invalid entities as written', () => {
    expect(htmlToText('<p>&bogus; &#0; &#xD800;</p>')).toBe('&bogus; &#0; &#xD800;')
  })
})
