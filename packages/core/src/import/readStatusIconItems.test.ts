import { describe, expect, it } from 'vitest'
import { readColourLegend } from './readColourLegend'
import { readStatusIconItems } from './readStatusIconItems'
import { tableToPlan } from './tableToPlan'

// A research-software project's roadmap: a colour legend defined in sentences, then categories of icon-led items.
const roadmap = [
  ['Telescope Toolkit roadmap'],
  ['Revised March 2026'],
  ['How to read the colours'],
  ['Green 🟢'],
  ['A maintainer has taken this on.'],
  ['The work is already underway.'],
  ['Orange 🔶'],
  ['We have a proposal but no funding, although requests are underway.'],
  ['Red 🟥'],
  ['Everyone agrees this matters.'],
  ['Nobody has been found yet, so work has not yet been started.'],
  ['Users and contributors'],
  ['This category is about the people who use and build the toolkit.'],
  ['🟢 Run a yearly survey of the people who use the toolkit.'],
  ['🟥 Pair each new contributor with a mentor'],
  ['Funding'],
  ['🔶 Apply for a grant to pay a release manager.'],
]

describe('a roadmap whose items open with a status icon', () => {
  it('reads each icon-led line as an action, its status through the legend, its heading as section', () => {
    const { plan } = tableToPlan(roadmap)
    expect(plan.title).toBe('Telescope Toolkit roadmap')
    expect(plan.actions.map((a) => [a.title, a.status.state, a.section])).toEqual([
      ['Run a yearly survey of the people who use the toolkit.', 'in-progress', 'Users and contributors'],
      ['Pair each new contributor with a mentor', 'not-started', 'Users and contributors'],
      ['Apply for a grant to pay a release manager.', 'in-progress', 'Funding'],
    ])
  })

  it('reads icons that say their own state, with or without a legend line for them', () => {
    const { plan } = tableToPlan([
      ['Release plan'],
      ['✅ Done'],
      ['🚧 In progress'],
      ['✅ Move the docs to the new site'],
      ['🚧 Drop support for the old file format'],
      ['✅ Publish wheels for every platform'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Move the docs to the new site', 'complete'],
      ['Drop support for the old file format', 'in-progress'],
      ['Publish wheels for every platform', 'complete'],
    ])
  })

  it('leaves a page alone when an icon says no state, or fewer than three lines open with one', () => {
    expect(
      readStatusIconItems([['Plan'], ['★ Open a lab'], ['★ Hire a technician'], ['★ Buy a microscope']]),
    ).toBeNull()
    expect(readStatusIconItems([['Plan'], ['✅ Open a lab'], ['✅ Hire a technician']])).toBeNull()
    expect(
      readStatusIconItems([['Plan'], ['• Open a lab'], ['• Hire a technician'], ['• Buy a kit']]),
    ).toBeNull()
  })

  it('reads an empty ballot box among ticked ones as work not started, and an empty box alone as no status', () => {
    const { plan } = tableToPlan([
      ['Open day checklist'],
      ['- ☑ Book the sports hall for the Saturday.'],
      ['☑ Print the programme and the maps'],
      ['- ☑ Ask the caretaker for the keys.'],
      ['☐ Put the signs back in the store.'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state])).toEqual([
      ['Book the sports hall for the Saturday.', 'complete'],
      ['Print the programme and the maps', 'complete'],
      ['Ask the caretaker for the keys.', 'complete'],
      ['Put the signs back in the store.', 'not-started'],
    ])
    // Near miss: boxes left empty with no ticked one say nothing of how far the work got.
    expect(
      readStatusIconItems([['Plan'], ['☐ Open a lab'], ['☐ Hire a technician'], ['☐ Buy a microscope']]),
    ).toBeNull()
    // Nor beside icons that are not ticks.
    expect(
      readStatusIconItems([['Plan'], ['★ Open a lab'], ['☐ Hire a technician'], ['★ Buy a microscope']]),
    ).toBeNull()
  })
})

describe('a colour legend written as a colour over the sentences that define it', () => {
  it('takes the first sentence below the colour that gives a state', () => {
    expect(
      readColourLegend([
        'Green 🟢',
        'Someone leads it.',
        'Work is underway.',
        '🟥 Red',
        'Work has not yet been started.',
        'Amber = some progress made',
      ]),
    ).toEqual(
      new Map([
        ['green', 'in-progress'],
        ['red', 'not-started'],
        ['amber', 'in-progress'],
      ]),
    )
  })
})

describe('readStatusIconItems: a monthly checklist ticked as the work gets done', () => {
  it('dates each item by its month heading and the year above it, and reads an unticked instruction as not started', () => {
    const { plan } = tableToPlan([
      ['Website rebuild'],
      ['We split the year into quarters, each with one aim.'],
      ['2031 Q1 Aim: Move the shop to the new platform'],
      ['January'],
      ['✅ Export the product list'],
      ['✅ Done list'],
      ['February'],
      ['✅ Import the products'],
      ['Check every price against the old shop'],
      ['Payments'],
      ['✅ Card payments (test mode first)'],
      ['2031 Q2 Aim: Launch'],
      ['April:'],
      ['✅ Switch the address over'],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.target.due])).toEqual([
      ['Export the product list', 'complete', '2031-01-31'],
      ['Done list', 'complete', '2031-01-31'],
      ['Import the products', 'complete', '2031-02-28'],
      ['Check every price against the old shop', 'not-started', '2031-02-28'],
      ['Card payments (test mode first)', 'complete', '2031-02-28'],
      ['Switch the address over', 'complete', '2031-04-30'],
    ])
  })

  it('still reads a legend line above the items, and leaves unticked lines alone when the icons are not ticks', () => {
    const flat = readStatusIconItems([
      ['Roadmap'],
      ['✅ Done'],
      ['🚧 In progress'],
      ['Build'],
      ['✅ Publish the schema'],
      ['🚧 Write the importer'],
      ['Write the exporter'],
      ['✅ Tag the first release'],
    ])
    expect(flat?.rows.slice(2).map((row) => row.slice(0, 2))).toEqual([
      ['Publish the schema', 'Complete'],
      ['Write the importer', 'In progress'],
      ['Tag the first release', 'Complete'],
    ])
  })

  it('reads team notes naming owners before a dash: ticked and unticked items of the action lists, not the discussion', () => {
    const { plan } = tableToPlan([
      ['Docs team'],
      ['Call of 4 May'],
      ['Actions'],
      ['Ana - Draft the style guide for the reference pages.'],
      ['✅ Ana - Send the summary to the mailing list'],
      ['✅ All - review the spelling libraries'],
      ['Ben - Compare the two site generators'],
      ['Actions review'],
      ['✅ Ana Book the next call'],
      ['✅Ben, Ana - To compare the test tools'],
      ['Discussions'],
      ['Site generators'],
      ['  Need someone to try the second one (Ana will do)'],
    ])
    expect(plan.actions.map((a) => [a.title, a.owners, a.status.state])).toEqual([
      ['Draft the style guide for the reference pages.', ['Ana'], 'not-started'],
      ['Send the summary to the mailing list', ['Ana'], 'complete'],
      ['review the spelling libraries', ['All'], 'complete'],
      ['Compare the two site generators', ['Ben'], 'not-started'],
      ['Book the next call', ['Ana'], 'complete'],
      ['To compare the test tools', ['Ben', 'Ana'], 'complete'],
    ])
  })

  it('reads a legend written as a small table of icons beside their meanings, and an unmarked last task', () => {
    const { plan } = tableToPlan([
      ['Lab network timeline', ''],
      ['The first year sets up the rooms; the second opens them to every group.', ''],
      ['Mark', 'Meaning'],
      ['✔️', 'Finished task'],
      ['🔶', 'Task underway but not finished'],
      ['❗', 'Task delayed, usually waiting on a supplier'],
      ['First quarter — Setup', ''],
      ['✔️ Hold a kick-off with the lab leads', ''],
      ['✔️ Order the first racks', ''],
      ['Second quarter — Trials', ''],
      ['🔶 Wire the second room (half done)', ''],
      ['❗Test the backup power (delayed)', ''],
      ['Write the year-end report', ''],
    ])
    expect(plan.actions.map((a) => [a.title, a.status.state, a.section])).toEqual([
      ['Hold a kick-off with the lab leads', 'complete', 'First quarter — Setup'],
      ['Order the first racks', 'complete', 'First quarter — Setup'],
      ['Wire the second room (half done)', 'in-progress', 'Second quarter — Trials'],
      ['Test the backup power (delayed)', 'in-progress', 'Second quarter — Trials'],
      ['Write the year-end report', 'unknown', 'Second quarter — Trials'],
    ])
  })
})
