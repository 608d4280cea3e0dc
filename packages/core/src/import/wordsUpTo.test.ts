import { describe, expect, it } from 'vitest'
import { isHeaderLabel } from './findTable'
import { wordsUpTo } from './wordsUpTo'

describe('wordsUpTo: the words of trimmed text, counted no further than a limit', () => {
  it.each([
    ['', 5],
    ['Lead', 5],
    ['By  when', 5],
    ['Who\twill\nlead it?', 5],
    ['Progress\u00a0update', 5],
    ['Set up a forum for every team in the region by June', 11],
    ['Set up a forum for every team in the region by June', 3],
    ['Set up a forum', 4],
  ])('counts %j as split(/\\s+/) does, up to %i', (text, most) => {
    expect(wordsUpTo(text, most)).toBe(Math.min(text.split(/\s+/).length, most))
  })
})

describe('isHeaderLabel after counting words first', () => {
  it.each([
    ['By when', true],
    ['Who will lead it?', true],
    ['Lead officer(s)', true],
    ['5. Take action that supports career progression', false],
    ['Action 2: Owner', false],
    ['Publish the annual report on the website.', false],
    ['One two three four five six seven eight nine ten eleven', false],
    ['One two three four five six seven eight nine ten', true],
  ])('reads %j as a header label: %s', (cell, header) => {
    expect(isHeaderLabel(cell)).toBe(header)
  })
})
