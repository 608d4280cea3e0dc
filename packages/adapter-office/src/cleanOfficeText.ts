/**
 * Text as Office stored it, made plain: Excel's `_xHHHH_` escapes decoded (`_x000A_` is a line break), CR LF
 * and lone CR turned into LF, and other control characters dropped so they never reach a terminal or a page.
 */
export function cleanOfficeText(text: string): string {
  let out = text
  if (out.includes('_x')) {
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    )
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return out.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}
