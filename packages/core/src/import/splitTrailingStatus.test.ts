import { describe, expect, it } from 'vitest'
import { splitTrailingStatus } from './splitTrailingStatus'

describe('an item with its status after a dash', () => {
  it.each([
    ['Order the new signage - done', 'Order the new signage', 'done'],
    ['Renew the hosting contract - open', 'Renew the hosting contract', 'Not started'],
    ['Refonte du formulaire de contact - En cours', 'Refonte du formulaire de contact', 'En cours'],
    [
      'Ask the vendor for a quote - call made, waiting for reply',
      'Ask the vendor for a quote',
      'call made, waiting for reply',
    ],
    ['Survey - staff and students', 'Survey - staff and students', ''],
    // A status followed by the sentence saying why, and a status after a colon.
    [
      'Move the site to HTTPS - done. Not possible on the current host.',
      'Move the site to HTTPS',
      'done. Not possible on the current host.',
    ],
    ['Refresh the member list: in progress', 'Refresh the member list', 'in progress'],
    ['Oversee post: Workshop at the conference', 'Oversee post: Workshop at the conference', ''],
    ['Review the policy', 'Review the policy', ''],
  ])('%s', (line, text, status) => {
    expect(splitTrailingStatus(line)).toEqual({ text, status })
  })
})
