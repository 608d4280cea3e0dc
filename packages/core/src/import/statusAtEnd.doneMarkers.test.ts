import { describe, expect, it } from 'vitest'
import { statusAtEnd } from './statusAtEnd'

describe('an item marked done after its dash, with a link, a decision or a note', () => {
  // [line as written, text left, state]
  const read: ReadonlyArray<readonly [string, string, string]> = [
    [
      'Elect the officers - Completed see website https://example.org/committee',
      'Elect the officers',
      'complete',
    ],
    ['Publish the minutes - done see https://example.org/minutes', 'Publish the minutes', 'complete'],
    ['Open a shared inbox for the group - Agreed and done', 'Open a shared inbox for the group', 'complete'],
    [
      'Sam - Move the files to the shared drive - done - the links are in the chat.',
      'Sam - Move the files to the shared drive',
      'complete',
    ],
    ['Order the new banner - ongoing - quote due next week', 'Order the new banner', 'ongoing'],
  ]
  it.each(read)('reads %j', (line, text, state) => {
    const found = statusAtEnd(line, 'marker')
    expect(found?.text).toBe(text)
    expect(found?.state).toBe(state)
  })

  // A link after what is asked, a decision alone, or a note between the dashes that is no status.
  const notRead: readonly string[] = [
    'Elect the officers - see website https://example.org/committee',
    'Open a shared inbox for the group - Agreed and the rules changed',
    'Open a shared inbox for the group - Agreed to ask the members',
    'Sam - Move the files to the shared drive - links in the chat',
    'Sam - Complete the form - by Friday',
  ]
  it.each(notRead)('leaves %j', (line) => {
    expect(statusAtEnd(line, 'marker')).toBeNull()
  })
})
