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
})
