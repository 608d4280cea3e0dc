const namedEntities: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['hellip', '…'],
  ['pound', '£'],
  ['euro', '€'],
  ['bull', '•'],
  ['middot', '·'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
])

// Bounded, single-quantifier patterns: a tag is at most 200 characters and contains no `<` or `>`, so the
// scan is linear in the input and cannot backtrack without bound.
const blockBreak = /<\/(?:p|div|li|h[1-6]|tr)\s{0,20}>|<br\s{0,20}\/?>|<(?:li|tr)\b[^<>]{0,200}>/gi
const anyTag = /<\/?[a-zA-Z][^<>]{0,200}>/g
const entity = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g
const looksLikeHtml = /<\/?[a-zA-Z][^<>]{0,200}>|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/

/**
 * Turns the HTML that web pages and SharePoint leave in cells into plain text: paragraph and line-break tags
 * become line breaks, other tags (`<u>`, `<span …>`) are dropped, and entities (`&amp;`, `&#8211;`) are decoded.
 * Text without tags or entities is returned unchanged. Unknown entities are kept as written.
 *
 * @example
 * htmlToText('<p>One</p> <p>E&amp;D</p>') // 'One\nE&D'
 */
export function htmlToText(text: string): string {
  // Every tag opens with `<` and every entity with `&`: most cells have neither, and need no scan.
  if ((!text.includes('<') && !text.includes('&')) || !looksLikeHtml.test(text)) return text
  const withBreaks = text.replace(blockBreak, '\n')
  const withoutTags = withBreaks.replace(anyTag, '')
  const decoded = withoutTags.replace(entity, (whole, body: string) => decodeEntity(body) ?? whole)
  return decoded
    .split('\n')
    .map((line) => line.trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim()
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? Number.parseInt(body.slice(2), 16)
        : Number.parseInt(body.slice(1), 10)
    // Refuse NUL, surrogates and out-of-range code points rather than throw or emit broken text.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return null
    return String.fromCodePoint(code)
  }
  return namedEntities.get(body.toLowerCase()) ?? null
}
