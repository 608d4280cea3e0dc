import { describe, expect, it } from 'vitest'
import { ROLL_LABEL_WORDS } from './rollLabelWords'

const label = new RegExp(`^(?:${ROLL_LABEL_WORDS})\\s{0,3}:`, 'i')

describe('ROLL_LABEL_WORDS', () => {
  it.each([
    ['Present: Ana, Tom'],
    ['Attendees: Ana, Tom'],
    ['Attending: Ana'],
    ['In  attendance: Ana'],
    ['ROLL CALL: Ana, Tom'],
    ['Présents : Ana, Tom'],
    ['Anwesend: Ana, Tom'],
    ['Asistentes: Ana, Tom'],
    ['Přítomni: Ana, Tom'],
    ['Til stede: Ana, Tom'],
    ['Aanwezig: Ana, Tom'],
  ])('labels a roll: %s', (line) => {
    expect(label.test(line)).toBe(true)
  })

  it.each([
    ['Conference call: Tuesday at noon'],
    ['Presentation: the new logo'],
    ['Attendance figures: 40'],
    ['Présentation : le logo'],
  ])('labels no roll: %s', (line) => {
    expect(label.test(line)).toBe(false)
  })
})
