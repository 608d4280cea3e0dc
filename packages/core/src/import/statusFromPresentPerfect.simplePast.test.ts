import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'

// A progress page whose bullets mostly report work done in the perfect; a few say so in the simple past.
const reportedDone = [
  ['Progress on our inclusion plan'],
  ['• A new buddy scheme has been launched for first-year students.'],
  ['• Two accessible entrances have been built at the sports hall.'],
  ['• Caring leave was extended to all part-time staff.'],
]

describe('statusFromPresentPerfect: the simple past in a list of work done', () => {
  it.each([
    ['Porters received first aid training in the spring term.', 'complete'],
    ['Menopause guidance (written with the staff network) now offered to every manager.', 'complete'],
    ['Catering: Vendor – menu changed for the halal options.', 'complete'],
    // An instruction over a participle, a participle with its agent, work still to do: no report.
    ['Ensure staff trained in first aid are listed on the intranet.', 'unknown'],
    ['Visitors affected by the roadworks get a parking pass.', 'unknown'],
    ['Porters started to record the night-time calls.', 'unknown'],
    ['Porters asked to record the night-time calls.', 'unknown'],
    ['We will review the buddy scheme in the summer.', 'unknown'],
  ])('%s → %s', (line, state) => {
    const { plan } = tableToPlan([...reportedDone, [`• ${line}`]])
    expect(plan.actions.find((a) => a.title.startsWith(line.slice(0, 20)))?.status.state).toBe(state)
  })

  it('reads no simple past in a list that does not report its work as done', () => {
    const { plan } = tableToPlan([
      ['Our inclusion plan'],
      ['• Launch a buddy scheme for first-year students.'],
      ['• Build two accessible entrances at the sports hall.'],
      ['• A new buddy scheme has been launched for first-year students.'],
      ['• Porters received first aid training in the spring term.'],
    ])
    expect(plan.actions.find((a) => a.title.startsWith('Porters'))?.status.state).toBe('unknown')
  })
})
