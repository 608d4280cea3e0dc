import { describe, expect, it } from 'vitest'
import { ownersAskedToAct } from './ownersAskedToAct'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'

describe('owners asked to act by the subject of a sentence', () => {
  it('reads the body after "that", past an aside in commas', () => {
    expect(ownersAskedToAct('The Panel recommends that the Estates Office reviews the rota')).toEqual([
      'Estates Office',
    ])
    expect(
      ownersAskedToAct(
        'The Review Group urges that, within its next budget, the Department of Transport funds the scheme',
      ),
    ).toEqual(['Department of Transport'])
  })

  it('reads the bodies after "from" in a request for a report', () => {
    expect(
      ownersAskedToAct(
        'The Board requests an update from the Finance Directorate and the Audit Committee by May',
      ),
    ).toEqual(['Finance Directorate'])
    expect(
      ownersAskedToAct(
        'The Board requires a report from the Planning Office, the Harbour Authority, and the Ministry of Works on costs',
      ),
    ).toEqual(['Planning Office', 'Harbour Authority', 'Ministry of Works'])
  })

  it('never names the asker, and leaves other sentences alone', () => {
    expect(ownersAskedToAct('The Panel recommends that the following bodies reply')).toEqual([])
    expect(ownersNamedAsSubject('The Panel recommends that the following bodies reply')).toEqual([])
    expect(ownersAskedToAct('The Panel meets monthly')).toBeNull()
    expect(ownersAskedToAct('Review the forms that staff use')).toBeNull()
  })

  it('reads the subject asked to act in an auditor\'s own voice ("We recommend that …")', () => {
    expect(ownersAskedToAct('We recommend that OPM centralize its audit process')).toEqual(['OPM'])
    expect(
      ownersAskedToAct('We recommend that Internal Audit and Risk track the three open findings'),
    ).toEqual(['Internal Audit and Risk'])
    expect(ownersAskedToAct('We recommend that Equality Impact Assessments be published')).toEqual([])
    expect(ownersAskedToAct('We recommend that staff complete the training')).toEqual([])
  })

  it('names nobody from capitalised words that qualify the subject ("that UK councils publish …")', () => {
    expect(ownersAskedToAct('We recommend that UK councils publish their pay gaps')).toEqual([])
    expect(ownersAskedToAct('We recommend that Premier League clubs publish their accounts')).toEqual([])
    expect(ownersAskedToAct('We recommend that HR immediately update the handbook')).toEqual(['HR'])
  })
})
