/**
 * The bytes of a workbook or document: a `Uint8Array` (Node's `Buffer` is one) or an `ArrayBuffer` (what a
 * browser `File` or `fetch` response gives).
 *
 * @example
 * const input: OfficeInput = await file.arrayBuffer()
 */
export type OfficeInput = Uint8Array | ArrayBuffer

export function toBytes(input: OfficeInput): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input)
}
