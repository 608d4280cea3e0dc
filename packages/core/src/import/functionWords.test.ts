import { describe, expect, it } from 'vitest'
import { FUNCTION_WORDS } from './functionWords'
import { lastLineAfterActions } from './lastLineAfterActions'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'

const opening = (word: string) => word[0]!.toUpperCase() + word.slice(1)

describe('FUNCTION_WORDS', () => {
  it('are single lower-case words, each once', () => {
    expect(FUNCTION_WORDS.every((word) => /^[a-z]+$/.test(word))).toBe(true)
    expect(new Set(FUNCTION_WORDS).size).toBe(FUNCTION_WORDS.length)
  })

  it('reads a line opening with a name and a verb as an instruction and its owner, as a control', () => {
    expect(
      lastLineAfterActions(
        [
          ['Run a survey', 'May'],
          ['Publish the results on the staff pages.', ''],
        ],
        1,
      ),
    ).toBe(true)
    expect(ownersNamedAsSubject('Rosa Vidal will publish the results')).toEqual(['Rosa Vidal'])
  })

  it.each(FUNCTION_WORDS)(
    'keeps a line opening with "%s" from reading as a last action or naming an owner',
    (word) => {
      const line = `${opening(word)} Rosa Vidal will publish the results on the staff pages.`
      expect(
        lastLineAfterActions(
          [
            ['Run a survey', 'May'],
            [line, ''],
          ],
          1,
        ),
      ).toBe(false)
      expect(ownersNamedAsSubject(`${opening(word)} Rosa Vidal will publish the results`)).toEqual([])
    },
  )
})
