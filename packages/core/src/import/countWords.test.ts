import { describe, expect, it } from 'vitest'
import { countWords } from './countWords'

describe('countWords', () => {
  it('counts words between spaces in a spaced script', () => {
    expect(countWords('Open the new library wing')).toBe(5)
    expect(countWords('  Открыть  новую библиотеку ')).toBe(3)
    expect(countWords('')).toBe(0)
  })

  it('counts a word for every two characters of Chinese or Japanese, as a reader reads a phrase', () => {
    expect(countWords('图书馆开放')).toBe(3)
    expect(countWords('新しい図書館')).toBe(3)
    expect(countWords('试点')).toBe(1)
  })

  it('counts spaced words and unspaced runs together, punctuation between them no word', () => {
    expect(countWords('Alpha测试开始')).toBe(3)
    expect(countWords('阶段一：Alpha release')).toBe(4)
    expect(countWords('周五： ')).toBe(1)
  })

  it('reads a page of unspaced text in linear time', () => {
    const text = '项目计划'.repeat(250_000)
    expect(countWords(text)).toBe(500_000)
  })
})
