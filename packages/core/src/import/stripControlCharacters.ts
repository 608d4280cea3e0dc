/**
 * Removes C0/C1 control characters (escape sequences included) so hostile cell text cannot drive a terminal.
 *
 * @example
 * stripControlCharacters('a\u001b[2Jb') // 'a[2Jb'
 */
export function stripControlCharacters(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
}
