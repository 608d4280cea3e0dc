import { describe, expect, it } from 'vitest'
import { createChunkedList } from './createChunkedList'

describe('createChunkedList: items pushed one by one, given back as one array', () => {
  // Sizes either side of a small array's 8,192 items, and a page's worth of row numbers.
  it.each([0, 1, 8_191, 8_192, 8_193, 16_384, 40_001])('%i row numbers come back in order', (count) => {
    const list = createChunkedList<number>()
    for (let row = 1; row <= count; row++) list.push(row)
    expect(list.length).toBe(count)
    expect(list.toArray()).toEqual(Array.from({ length: count }, (_, k) => k + 1))
  })

  it('keeps arrays pushed as items whole, not spread into the list', () => {
    const list = createChunkedList<string[]>()
    list.push(['Open a lab', '1.1'])
    list.push([])
    expect(list.toArray()).toEqual([['Open a lab', '1.1'], []])
  })

  it('gives a new array each time, and goes on growing after', () => {
    const list = createChunkedList<string>()
    list.push('first')
    const before = list.toArray()
    list.push('second')
    expect(before).toEqual(['first'])
    expect(list.toArray()).toEqual(['first', 'second'])
    expect(list.toArray()).not.toBe(list.toArray())
  })
})
