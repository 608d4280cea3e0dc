// C0 controls (but tab and newline), DEL, C1 controls (CSI and friends), and the bidirectional overrides and
// isolates that can make a terminal line read differently from its bytes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const lineBreaks = /[\t\n\r\u0085\u2028\u2029]+/g
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const needsCleaning = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/

/**
 * Text from a file, made safe to print on one terminal line: control characters and terminal escapes
 * removed, tabs and line breaks turned into single spaces, ends trimmed.
 *
 * @example
 * terminalLine('Plan\u001b[2J title\n(2020)') // 'Plan[2J title (2020)'
 */
export function terminalLine(text: string): string {
  // Most text is clean: one test instead of two replaces keeps large outputs (validate of 92,000 actions) fast.
  if (!needsCleaning.test(text)) return text.trim()
  return text.replace(lineBreaks, ' ').replace(controlCharacters, '').trim()
}

/**
 * JSON text safe to print on a terminal: `JSON.stringify` already escapes C0 controls; this escapes DEL, the
 * C1 controls and the bidirectional overrides too, which leaves the JSON value unchanged.
 *
 * @example
 * terminalJson({ title: 'a\u009bb' }) // '{\n  "title": "a\\u009bb"\n}\n'
 */
export function terminalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(controlCharacters, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
}

/**
 * A whole document (CSV, HTML, Markdown) printed on a terminal: control characters and escapes removed, line
 * structure kept. Written to a file or a pipe, a document is left as it is.
 *
 * @example
 * terminalDocument('a\u001b[2Jb\r\n') // 'a[2Jb\r\n'
 */
export function terminalDocument(text: string): string {
  return text.replace(controlCharacters, (c) => (c === '\r' ? c : ''))
}
