import { describe, expect, it } from 'vitest'
import { tableToPlan } from './tableToPlan'
import { unfoldPeriodGrid } from './unfoldPeriodGrid'

describe('a roadmap grid of components by quarter, several items a cell, a dash for none', () => {
  const grid = [
    ['Platform roadmap'],
    ['Area', 'Q1', 'Q2', 'Q3'],
    [
      'Data services',
      'Nightly backups of the archive (shipped)\nRestore drills',
      '-',
      'Object storage tiering',
    ],
    ['Developer tools', 'Linting presets', 'SBOM (released)', 'Build cache for the monorepo'],
    ['Identity', '–', 'Passkeys for staff\nOrgs and teams in the directory', 'SBOM'],
  ]

  it('reads each line of a cell as an action, leaves the dashes out, and keeps one-word items', () => {
    const { plan } = tableToPlan(grid)
    expect(plan.actions.map((a) => [a.title, a.section, a.status.state])).toEqual([
      ['Nightly backups of the archive', 'Data services', 'complete'],
      ['Restore drills', 'Data services', 'unknown'],
      ['Object storage tiering', 'Data services', 'unknown'],
      ['Linting presets', 'Developer tools', 'unknown'],
      ['SBOM', 'Developer tools', 'complete'],
      ['Build cache for the monorepo', 'Developer tools', 'unknown'],
      ['Passkeys for staff', 'Identity', 'unknown'],
      ['Orgs and teams in the directory', 'Identity', 'unknown'],
      ['SBOM', 'Identity', 'unknown'],
    ])
  })

  it('keeps a sentence wrapped over two lines of a cell as one action', () => {
    const { plan } = tableToPlan([
      ['Strand', 'Spring 2031', 'Autumn 2031'],
      [
        'Careers',
        'Map the grades of every technical role and\nagree them with the unions',
        'Publish the framework',
      ],
      ['Visibility', 'Name technicians on research outputs', 'Hold a showcase'],
    ])
    expect(plan.actions.map((a) => a.title)).toEqual([
      'Map the grades of every technical role and agree them with the unions',
      'Publish the framework',
      'Name technicians on research outputs',
      'Hold a showcase',
    ])
  })

  it('leaves a grid of one-word answers or names under periods to the other readers', () => {
    expect(
      unfoldPeriodGrid([
        ['Measure', 'Q1', 'Q2', 'Q3'],
        ['Survey sent', 'Yes', 'No', 'TBC'],
        ['Report written', 'Yes', 'Yes', 'No'],
      ]),
    ).toBeNull()
    expect(
      unfoldPeriodGrid([
        ['Rota', 'Q1', 'Q2', 'Q3'],
        ['Front desk', 'Priya', 'Tom', 'Ana'],
        ['Late shift', 'Ben', 'Ola', 'Write the new rota'],
      ]),
    ).toBeNull()
  })
})

describe('a grid of teams by quarter, a row of phase names, paragraphs in a cell, a ditto cell', () => {
  const grid = [
    ['Migration timeline'],
    ['', '2031Q1', '2031Q2', '2031Q3'],
    ['', 'Planning', 'Pilot Build', 'Rollout'],
    [
      'Records Office',
      'Audit every open request that\nthe new system must carry over\n\nAgree the cut-over plan',
      'Stand up the pilot service\n\nExpected to go live by the end\nof the quarter',
      'Train every desk on the new screens',
    ],
    ['Archive', 'As above', 'Copy the catalogue to the pilot.', 'Ditto'],
  ]

  it('reads the phase row as part of the header, one action a verb-led paragraph, and no action for a ditto', () => {
    const { plan } = tableToPlan(grid)
    expect(plan.actions.map((a) => [a.title, a.section, a.target.due])).toEqual([
      ['Audit every open request that the new system must carry over', 'Records Office', '2031-03-31'],
      ['Agree the cut-over plan', 'Records Office', '2031-03-31'],
      [
        'Stand up the pilot service Expected to go live by the end of the quarter',
        'Records Office',
        '2031-06-30',
      ],
      ['Train every desk on the new screens', 'Records Office', '2031-09-30'],
      ['Copy the catalogue to the pilot.', 'Archive', '2031-06-30'],
    ])
  })

  it('keeps a first unlabelled row of work as actions when no labelled row follows it', () => {
    const rows = unfoldPeriodGrid([
      ['', 'Spring 2031', 'Autumn 2031'],
      ['', 'Publish the guide', 'Run the survey'],
      ['', 'Hold a showcase', 'Report to the board'],
    ])?.rows
    expect(rows?.slice(1).map((row) => row[1])).toEqual([
      'Publish the guide',
      'Run the survey',
      'Hold a showcase',
      'Report to the board',
    ])
  })
})
