// Plan text is hostile: a cell may hold Markdown or HTML that a renderer would turn into links, images or
// markup. Everything from a plan goes through `markdownText` before it reaches a Markdown document.

// The characters that start Markdown markup inside a line: emphasis, code, links and images, HTML, table cells,
// strikethrough, entities. (Headings and list markers only count at the start of a line, which plan text never is.)
const SPECIAL = /[\\`*_[\]<>|~&]/g

/** One line of plain text, safe inside a Markdown paragraph, list item or table cell. */
export function markdownText(text: string): string {
  return withoutControls(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (c) => `\\${c}`)
}

/** A share (0–1) as a whole percentage, or a dash when unknown. */
export function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`
}

/** Drops C0 and C1 control characters (a terminal or a renderer may act on them); whitespace is kept. */
function withoutControls(text: string): string {
  let out = ''
  for (const char of text) {
    const c = char.charCodeAt(0)
    const control = (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)
    if (!control) out += char
  }
  return out
}
