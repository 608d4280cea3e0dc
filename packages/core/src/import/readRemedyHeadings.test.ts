import { describe, expect, it } from 'vitest'
import { readRemedyHeadings } from './readRemedyHeadings'
import { tableToPlan } from './tableToPlan'

const page = (...lines: string[]): string[][] => lines.map((line) => [line])

const titles = (table: string[][]): string[] | undefined => {
  const read = readRemedyHeadings(table)
  return read?.rows.slice(read.headerRow - 0).map((row) => row[0]!)
}

describe('readRemedyHeadings', () => {
  it.each([
    {
      name: 'remedy headings over prose, under a heading naming the remedies',
      table: page(
        'Review of the June database outage',
        'Remediations',
        'After the service came back we met to agree what would change.',
        'Backups should be restored every month',
        'Nobody had tried a restore since the cluster was built. We now restore one copy each month.',
        'Alerts must reach a person on call',
        'The disk alarm went to a shared mailbox that nobody was reading that weekend.',
        'Runbooks for every service',
        'Each service will keep a short runbook beside its code, reviewed at each release.',
      ),
      want: [
        'Backups should be restored every month',
        'Alerts must reach a person on call',
        'Runbooks for every service',
      ],
    },
    {
      name: 'a lead-in naming the fixes stands its lines in for the heading above them',
      table: page(
        'Lessons from the leaked token',
        'Fixes',
        'Tokens must never sit in build logs',
        'The deploy job printed its whole environment, secrets and all, on every run.',
        'The fixes we have made here are:',
        'Mask every secret variable in the build runner.',
        'Rotate each token that ever appeared in a log.',
        'Scan old logs for anything that looks like a key',
        'Access reviews each quarter',
        'Team leads will confirm who still needs access to production every three months.',
      ),
      want: [
        'Mask every secret variable in the build runner.',
        'Rotate each token that ever appeared in a log.',
        'Scan old logs for anything that looks like a key',
        'Access reviews each quarter',
      ],
    },
    {
      name: 'a heading whose paragraph introduces the headings below is a section, not a remedy',
      table: page(
        'Next steps',
        'Networking',
        'Two changes to the network follow, which we take in turn:',
        'Close the old admin ports',
        'They were left open after the move to the new hall and should have been shut then.',
        'Put the office behind one gateway',
        'Staff will reach internal tools only through the gateway from next month.',
        'Log every login to the gateway',
        'Each login is kept for a year so that any odd access can be traced.',
      ),
      want: [
        'Close the old admin ports',
        'Put the office behind one gateway',
        'Log every login to the gateway',
      ],
    },
  ])('$name', ({ table, want }) => {
    expect(titles(table)).toEqual(want)
  })

  it.each([
    {
      name: 'an article whose sub-headings sit under no heading naming remedies',
      table: page(
        'A year of the new library',
        'Background',
        'The library opened in March after two years of building work.',
        'Visitors doubled in the first month',
        'More than twelve thousand people came through the doors in April alone.',
        'The café is the busiest room',
        'Staff say the café is full from opening until the early afternoon.',
        'Events for every age',
        'Story time, chess clubs and talks now run on every day of the week.',
      ),
    },
    {
      name: 'a page with bulleted lines, read by the readers of lists',
      table: page(
        'Actions',
        'Backups should be restored every month',
        'Nobody had tried a restore since the cluster was built.',
        '• Restore one copy each month',
        'Alerts must reach a person on call',
        'The disk alarm went to a shared mailbox that nobody was reading.',
        'Runbooks for every service',
        'Each service will keep a short runbook beside its code.',
      ),
    },
    {
      name: 'fewer than three actions',
      table: page(
        'Remediations',
        'Backups should be restored every month',
        'Nobody had tried a restore since the cluster was built.',
        'Runbooks for every service',
        'Each service will keep a short runbook beside its code.',
      ),
    },
  ])('reads nothing from $name', ({ table }) => {
    expect(readRemedyHeadings(table)).toBeNull()
  })

  it('keeps the first paragraph as the description and the title rows above the first sub-heading', () => {
    const read = readRemedyHeadings(
      page(
        'Outage review',
        'Remediations',
        'We grouped the follow-up work by area.',
        'Backups should be tested monthly',
        'The restore had never been tried before the outage.',
        'Alerts must reach a person',
        'The pager went to a mailbox nobody read.',
        'Runbooks',
        'Every service gets a runbook kept beside its code.',
      ),
    )
    expect(read?.rows.slice(0, 4)).toEqual([
      ['Outage review'],
      ['Remediations'],
      ['We grouped the follow-up work by area.'],
      ['Action', 'Description', 'As written'],
    ])
    expect(read?.rows.at(-1)).toEqual([
      'Runbooks',
      'Every service gets a runbook kept beside its code.',
      'Runbooks',
    ])
  })

  it('leaves a plain list under "Actions" alone: a line under an item that ends no sentence is another item', () => {
    const notes = page(
      'Editors call',
      'Actions',
      'Draft the style sheet for the glossary #12',
      'Find a second note-taker (Ana may help)',
      'Move the call to Thursdays',
      'Ask the printers for a quote',
      'Decisions',
      'The group will meet every other week from now on.',
    )
    expect(readRemedyHeadings(notes)).toBeNull()
    const { plan } = tableToPlan(notes)
    expect(plan.actions.map((a) => a.title)).toContain('Find a second note-taker (Ana may help)')
  })

  it.each([
    {
      name: 'labelled sub-headings give the remedy after the label, and their paragraphs the people tasked',
      table: page(
        'Schema working group, 3 June',
        'ACTIONS',
        'ACTION - Rename the status field',
        'Priya to rename the field in the schema and in the user guide.',
        'ACTION - Publish the code list',
        'Tom to publish the list on the wiki. Ana/Lee to check the translations.',
        'ACTION - Next call',
        'Ana to send a poll for the date of the next call.',
        'All members should bring one use case each to that call.',
      ),
      want: [
        { title: 'Rename the status field', owners: ['Priya'] },
        { title: 'Publish the code list', owners: ['Tom', 'Ana', 'Lee'] },
        { title: 'Next call', owners: ['Ana', 'All members'] },
      ],
    },
    {
      name: 'a paragraph naming no one by a pronoun or a thing gives no owner',
      table: page(
        'Outage review',
        'Remediations',
        'Backups should be restored every month',
        'He said the restore had never been tried. Each service will keep a runbook.',
        'Alerts must reach a person on call',
        'The pager went to a mailbox nobody read.',
        'Runbooks for every service',
        'Runbooks will sit beside the code.',
      ),
      want: [
        { title: 'Backups should be restored every month', owners: [] },
        { title: 'Alerts must reach a person on call', owners: [] },
        { title: 'Runbooks for every service', owners: [] },
      ],
    },
  ])('$name', ({ table, want }) => {
    const { plan } = tableToPlan(table)
    expect(plan.actions.map((a) => ({ title: a.title, owners: a.owners }))).toEqual(want)
  })

  // Timed at N and 8N in bench/importBadInput.ts.
  it('reads a page of 10,000 remedy headings and one very long line', () => {
    const lines = ['Remediations']
    for (let i = 0; i < 10_000; i++)
      lines.push(`Remedy number ${i} should be done`, `A paragraph explaining remedy ${i} at some length.`)
    lines.push(`${'a'.repeat(500_000)}`)
    const read = readRemedyHeadings(page(...lines))
    expect(read?.rows.length).toBeGreaterThan(10_000)
  })
})
