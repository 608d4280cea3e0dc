/** Iterate a browser/Node `ReadableStream` or any async iterable of byte chunks, releasing the lock after. */
export async function* toByteChunks(
  input: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  if (typeof (input as ReadableStream<Uint8Array>).getReader === 'function') {
    // getReader works in every browser; async iteration of ReadableStream does not (Safari < 18).
    const reader = (input as ReadableStream<Uint8Array>).getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        yield toUint8Array(value)
      }
    } finally {
      reader.releaseLock()
    }
  }
  for await (const chunk of input as AsyncIterable<Uint8Array>) yield toUint8Array(chunk)
}

function toUint8Array(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk)
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk)
  throw new TypeError('A CSV stream must yield Uint8Array chunks (bytes).')
}
