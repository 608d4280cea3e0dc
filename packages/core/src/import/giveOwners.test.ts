import { describe, expect, it } from 'vitest'
import type { Action } from '../model/action'
import { giveOwners } from './giveOwners'

describe('giveOwners', () => {
  it('sets the owners and their text, and says why in an info issue that tells how to undo it', () => {
    const action = { owners: [] as string[], ownersText: '' } as unknown as Action
    const issue = giveOwners(action, ['Ana Lima', 'Tom'], 4, 'Named in the bracket.')
    expect([action.owners, action.ownersText]).toEqual([['Ana Lima', 'Tom'], 'Ana Lima, Tom'])
    expect(issue).toMatchObject({ code: 'owners-named-again', severity: 'info', row: 4 })
    expect(issue.message).toBe(
      'Named in the bracket. If that is wrong, add an owners column, or force one with options.columns.',
    )
  })

  it('takes the code of the reader that names the owner', () => {
    const action = { owners: [] as string[], ownersText: '' } as unknown as Action
    expect(giveOwners(action, ['Treasurer'], null, 'Under its heading.', 'owners-from-heading').code).toBe(
      'owners-from-heading',
    )
  })
})
