import { describe, expect, it } from 'vitest'
import { answersYesOrNo } from './assignColumns'
import { tasksReadAsNames } from './tasksReadAsNames'

describe('answersYesOrNo: a column of answers is no action text', () => {
  it('reads cells opening with "Yes" or "No" as answers, a header above them allowed', () => {
    expect(answersYesOrNo(['Draft agreed', 'Yes - agreed by the panel', '', 'No', 'Yes'])).toBe(true)
    expect(answersYesOrNo(['Yes - agreed', 'Book the yes/no vote for June'])).toBe(false)
    expect(answersYesOrNo(['Yesterday’s notes to be filed', 'Nobody to be asked'])).toBe(false)
    expect(answersYesOrNo(['Yes'])).toBe(false)
  })
})

describe('tasksReadAsNames: numbered schedule steps beside their dates', () => {
  it('takes short labels between their numbers and their dates for the steps', () => {
    const fields = new Map([
      ['ref', 0],
      ['owners', 1],
      ['target', 4],
    ] as const)
    expect(tasksReadAsNames(fields, ['Cycle lanes', 'Car parks', 'Street lighting'])).toBe(1)
    // People's names between the numbers and the dates are a rota, not steps.
    expect(tasksReadAsNames(fields, ['Priya Shah', 'Tom Reed', 'Ana Silva'])).toBeNull()
  })
})
