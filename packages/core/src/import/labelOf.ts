/**
 * A lone line's words as a label: its leading number or letter, brackets and closing colon, question mark or dash
 * removed. A line longer than a label (160 characters) gives ''.
 *
 * @example
 * labelOf('5. Key Action Areas (to be completed):') // 'Key Action Areas'
 */
export function labelOf(text: string): string {
  // A label is a few words; a long line is prose, and is not scanned.
  if (text.length > 160) return ''
  return text
    .replace(/^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[A-Z][.)])\s+/, '')
    .replace(/\([^()]{0,200}\)/g, ' ')
    .replace(/[\s:;?–—-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}
