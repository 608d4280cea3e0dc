/** Items gathered in small arrays; `toArray` makes the one array of them all, at its exact size. */
export interface ChunkedList<T> {
  push(item: T): void
  readonly length: number
  /** The items in order, as a new array (the list can go on growing after). */
  toArray(): T[]
}

/**
 * Items per small array: 8,192 of them take 64 KB, under the 128 KB past which V8 gives an array memory fresh
 * from the system, a page fault per 4 KB.
 */
const CHUNK = 8_192

/**
 * A list for a reader that cannot know how many items a page gives before it has read the page. An array grown
 * by `push` is copied each time it fills, to one half as large again: past 16,000 items each copy is a large
 * object in fresh memory (a list of 40,000 row numbers took 215 fresh 4 KB pages where its 320 KB need 80). Here
 * the items wait in arrays of 8,192, and the final array is made once, at its exact size.
 *
 * @example
 * const rows = createChunkedList<number>()
 * for (let row = 1; row <= 3; row++) rows.push(row)
 * rows.toArray() // [1, 2, 3]
 */
export function createChunkedList<T>(): ChunkedList<T> {
  return new ListOfChunks<T>()
}

// A class, not an object of closures: a reader makes new lists on every call, and V8 throws away optimised code
// that calls a closure it has not seen before ("wrong call target"), so the reader would run unoptimised.
class ListOfChunks<T> implements ChunkedList<T> {
  private readonly full: T[][] = []
  private last: T[] = []

  push(item: T): void {
    if (this.last.length === CHUNK) {
      this.full.push(this.last)
      this.last = []
    }
    this.last.push(item)
  }

  get length(): number {
    return this.full.length * CHUNK + this.last.length
  }

  toArray(): T[] {
    if (this.full.length === 0) return this.last.slice()
    // Made at its size and filled in place: one allocation, no regrowth. (`concat` sizes its result too, but was
    // far slower here: with it, a page of 2,500 ref lines took several times as long to read.)
    const all: T[] = new Array(this.length)
    let k = 0
    for (const chunk of this.full) for (const item of chunk) all[k++] = item
    for (const item of this.last) all[k++] = item
    return all
  }
}
