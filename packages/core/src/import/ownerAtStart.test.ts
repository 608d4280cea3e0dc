import { describe, expect, it } from 'vitest'
import {
  agreesWithOneName,
  isNamedOwner,
  ownerAloneAfterLabel,
  isWholeGroup,
  ownerAtStart,
  ownerCell,
  ownerInSquareBrackets,
  ownersJoined,
  workAfterOwnerColon,
  personTaskedBeforeTo,
} from './ownerAtStart'

describe('ownerAtStart, role words before "to" (status-line minutes, task lists)', () => {
  it.each([
    ['Chair and Clerk to agree the agenda', 'Chair and Clerk'],
    ['Dana to draft the safeguarding note', 'Dana'],
    ['Each course team member to: read the brief', 'Each course team member'],
    ['All placement tutors to log their visits', 'All placement tutors'],
    ['Head of School to sign off the rota', 'Head of School'],
    ['Priya (b) to chase the estates team', 'Priya'],
    ['ED&I Lead to brief the panel', 'ED&I Lead'],
    // Two full names joined by "and" may take seven words.
    ['Maria Lopez Garcia and Ben Ode to compare the drafts', 'Maria Lopez Garcia and Ben Ode'],
    // Not a name, or no "to" after the name.
    ['Review the policy to include carers', null],
    ['We need to agree the agenda', null],
    ['to agree the agenda', null],
    ['Dana will draft the note', null],
    ['Dana: draft the note', null],
    ['One Two Three Four Five Six to meet', null],
    ['One Two Three Four and Five Six Seven to meet', null],
  ])('%s → %s', (text, owner) => {
    expect(ownerAtStart(text, 'role-before-to')).toBe(owner)
  })
})

describe('ownerAtStart, a name first (owner-led action lists)', () => {
  it.each([
    ['Estates: Replace the lab extractor fans', 'Estates'],
    ['ACTION, Ruth K: Circulate the revised terms', 'Ruth K'],
    ['Action - JB to confirm the room booking', 'JB'],
    // A colon and a dash after the label, as British minutes often write it.
    ['Action:- RT to chase the hire company for the invoice', 'RT'],
    ['Action:- see the treasurer’s report', null],
    // A review's state for the action between the label and its owner is no owner.
    ['ACTION: Ongoing: KP to ask the council for the keys', 'KP'],
    ['Action: In progress: Dana will draft the letter', 'Dana'],
    ['Action: Done: the room is booked', null],
    // Near miss: a team before the colon still owns the work.
    ['ACTION: Finance: Review the quarterly figures', 'Finance'],
    ['AI: Omar to update the wiki page', 'Omar'],
    ['Omar will update the wiki page', 'Omar'],
    // The team a person leads is named by the person.
    ['Ines Moreau and her team to compare the survey tools', 'Ines Moreau'],
    ['Omar and his team will draft the rota', 'Omar'],
    ['Lena Park volunteered to mentor the new reps', 'Lena Park'],
    ['Sam offered to check the figures', 'Sam'],
    ['RB/TK: Agree the marking scheme', 'RB/TK'],
    // Three or more people joined by slashes, a name of two or three words among them.
    ['Nadia/Olu/Pete: Book the stands for the open day', 'Nadia/Olu/Pete'],
    ['Ines/Mo K/Rita: Draft the questions for the panel', 'Ines/Mo K/Rita'],
    ['Note/Tom/Ana: check the form', null],
    ['Ana/the team/Tom: check the form', null],
    ['ACTION, all: Return the survey', 'all'],
    // Initials or a name in square brackets before the item, as some minutes tag each action.
    ['[KD] Book the venue for the showcase', 'KD'],
    ['[Everyone] Read the draft charter', 'Everyone'],
    ['[RB/TK] Agree the marking scheme', 'RB/TK'],
    ['[Ana K, Tom R, Lee S] Review the draft charter', 'Ana K, Tom R, Lee S'],
    ['[Ana K, the board] Review the draft charter', null],
    ['[DRAFT NOTE: see below] Plan the day', null],
    ['[KD] Done', null],
    // Handles opening the item, straight before its verb, as teams on GitHub keep their notes.
    ['@tkaur move the rota to the shared drive', '@tkaur'],
    ['@tkaur, @ojones write up the two options', '@tkaur, @ojones'],
    ['@tkaur and @ojones write up the two options', '@tkaur and @ojones'],
    ['@tkaur said the rota is fine', null],
    ['@tkaur Rota', null],
    // A sentence opener, a note's label, lower-case words, or too little after the name.
    ['Note: the room is booked', null],
    ['We will review the budget', null],
    ['The group will meet in June', null],
    ['Dev team will present the demo', null],
    ['Estates: Done', null],
    ['Omar will', null],
    ['Sam offered coffee to all', null],
  ])('%s → %s', (text, owner) => {
    expect(ownerAtStart(text, 'name-first')).toBe(owner)
  })

  it('takes one to four capitalised words or initials as a name', () => {
    expect(isNamedOwner('Finance Office')).toBe(true)
    expect(isNamedOwner('everyone')).toBe(true)
    expect(isNamedOwner('One Two Three Four Five')).toBe(false)
    expect(isNamedOwner('Summary')).toBe(false)
    expect(isNamedOwner('')).toBe(false)
  })

  it('takes names in any alphabet, and every member of a body written in lower case', () => {
    expect(ownerAtStart('Action 4.2: Zoë/KT to book the hall', 'name-first')).toBe('Zoë/KT')
    expect(ownerAtStart('Action 4.3: Ólafur to chase the invoice', 'name-first')).toBe('Ólafur')
    expect(ownerAtStart('Action 4.4: All trustees to sign the declaration', 'name-first')).toBe(
      'All trustees',
    )
    expect(ownerAtStart('Each committee to name a deputy', 'name-first')).toBe('Each committee')
    expect(isNamedOwner('All papers')).toBe(false)
  })
})

describe('ownerAtStart, a role named last (actions of school and board plans)', () => {
  it.each([
    ['Office to collate a list of visits', 'Office'],
    ['Teachers and Leaders to use the new scheme', 'Teachers and Leaders'],
    ['Co-Head teachers to meet each term', 'Co-Head teachers'],
    ['Seth to place the order', null],
    ['Continue to review the policy', null],
  ])('%s → %s', (text, owner) => {
    expect(ownerAtStart(text, 'role-named-last')).toBe(owner)
  })
})

describe('agreesWithOneName', () => {
  it.each([
    ['circulates', true],
    ['analyses', true],
    ['passes', true],
    ['receive', false],
    ['pass', false],
  ])('%s → %s', (verb, agrees) => {
    expect(agreesWithOneName(verb)).toBe(agrees)
  })
})

describe('ownerCell', () => {
  it('lists two people named together one per comma', () => {
    expect(ownerCell(ownerAtStart('Mira and Tomas to book the hall', 'name-first')!)).toBe('Mira, Tomas')
    expect(ownerCell('Mira & Tomas')).toBe('Mira, Tomas')
    expect(ownerCell('Mira')).toBe('Mira')
  })
})

describe("ownerAtStart 'initials-before-verb'", () => {
  it.each([
    ['KM + RB examine the backup logs', 'KM + RB'],
    ['PB/RM check the room bookings', 'PB/RM'],
    ['SOC (TW) draft a reply for the panel', 'SOC (TW)'],
    ['GH phone the supplier', 'GH'],
    ['NV and Mona K to book the coach', 'NV and Mona K'],
    ['Sam T to order new gloves', 'Sam T'],
    ['IT services are down this week', null],
    ['HR is reviewing the contracts', null],
    ['Switch On upgrade weekend', null],
    ['Staff to bring their laptops', null],
    ['NOTE check again later', null],
    ['VLE Support Guide updated', null],
  ])('%s → %s', (text, owner) => {
    expect(ownerAtStart(text, 'initials-before-verb')).toBe(owner)
  })

  it('reads a long hostile line', () => {
    const line = `${'AB + '.repeat(20_000)}CD`
    expect(ownerAtStart(line, 'initials-before-verb')).toBeNull()
  })
})

describe('workAfterOwnerColon', () => {
  it.each([
    ['Lena: Order the new chairs', 'Lena', 'Order the new chairs'],
    ['All : read the budget paper', 'All', 'read the budget paper'],
    ['Lena will order the new chairs', 'Lena', null],
    ['Lena:order', 'Lena', null],
    ['Order the chairs: Lena', 'Lena', null],
    ['Lena: Order the chairs', '', null],
  ])('%j after owner %j → %j', (text, owner, expected) => {
    expect(workAfterOwnerColon(text, owner)).toBe(expected)
  })
})

describe('ownerAtStart, owners after a bare "action" label and before a colon', () => {
  it.each([
    ['action KM, JT: book the hall for May', 'KM, JT'],
    ['Action RB: chase the printer quote', 'RB'],
    ['action all: read the draft policy', 'all'],
    ['Action Plan: update the targets', null],
    ['Action required: renew the licence', null],
    ['Action the survey to be sent next week', null],
  ])('%s → %s', (text, owner) => {
    expect(ownerAtStart(text, 'name-first')).toBe(owner)
  })
})

describe('personTaskedBeforeTo: one name, "to" and a verb', () => {
  it.each([
    ['Priya to phone the caterers', 'word', { name: 'Priya', verb: 'phone' }],
    ['Priya to phone.', 'word', { name: 'Priya', verb: 'phone' }],
    ['Priya to phone.', 'space', null],
    ['Priya to phone the caterers', 'space', { name: 'Priya', verb: 'phone' }],
    ['Priya booked the coach', 'past', { name: 'Priya', verb: 'booked' }],
    ['Priya booked the coach', 'word', null],
    ["O'Hara to sort the rota", 'word', null],
    ['Priya Shah to phone the caterers', 'word', null],
    ['priya to phone the caterers', 'word', null],
    ['Priya to Phone the caterers', 'word', null],
  ] as const)('reads %s (%s)', (text, verb, read) => {
    expect(personTaskedBeforeTo(text, verb)).toEqual(read)
  })
})

describe('ownerAtStart, an instruction before "to" names no one', () => {
  it.each([
    'Email County Hall to ask for the maps',
    'Finalise Parish Records to close the project',
    'Clarify Budget Lines to help the treasurer',
  ])('%j', (text) => {
    expect(ownerAtStart(text, 'name-first')).toBeNull()
  })

  it('still reads a person whose name is no verb', () => {
    expect(ownerAtStart('Louise Hart to book the hall', 'name-first')).toBe('Louise Hart')
    expect(ownerAtStart('Denise to chase the invoice', 'name-first')).toBe('Denise')
  })
})

describe('ownerAtStart, thanks or a greeting before "to" names no one', () => {
  it.each([
    'Thanks to Priya for clearing the gutters at last',
    'Thank you to Marek for the loan of the van',
    'Welcome to Odile who joins the committee',
    'Congratulations to Felix on the allotment prize',
  ])('%j', (text) => {
    expect(ownerAtStart(text, 'name-first')).toBeNull()
    expect(ownerAtStart(text, 'role-before-to')).toBeNull()
  })

  it('still reads a person given the work of thanking someone', () => {
    expect(ownerAtStart('Priya to thank the caterers for the lunch', 'name-first')).toBe('Priya')
    expect(ownerAtStart('Marek to welcome the new members', 'role-before-to')).toBe('Marek')
  })
})

describe('ownerInSquareBrackets: who took an item on, tagged in square brackets', () => {
  it.each([
    ['[KL] Send round the survey', { owner: 'KL', rest: 'Send round the survey' }],
    ['[Mo D, Jo P]  Book the venue ', { owner: 'Mo D, Jo P', rest: 'Book the venue' }],
    // No name in the brackets, a one-word item, or no bracket at all.
    ['[see below] for the dates', null],
    ['[KL] Done', null],
    ['KL to send round the survey', null],
  ])('%j', (text, want) => {
    expect(ownerInSquareBrackets(text)).toEqual(want)
  })
})

describe('ownersJoined: two or more people named together as owners', () => {
  it.each([
    ['Priya Shah and Olu Ade', ['Priya Shah', 'Olu Ade']],
    ['KL & MD', ['KL', 'MD']],
    ['Ana/Tom/Raj', ['Ana', 'Tom', 'Raj']],
    // A role whose name holds the joiner, and one owner alone, stay whole.
    ['Director of Finance and Resources', ['Director of Finance and Resources']],
    ['Priya Shah', ['Priya Shah']],
  ])('%j', (owner, want) => {
    expect(ownersJoined(owner)).toEqual(want)
  })
})

describe('ownerAloneAfterLabel: the action label and an owner, nothing else', () => {
  it.each([
    ['Action: Priya', 'Priya'],
    ['Action Tomasz', 'Tomasz'],
    ['ACTION – Treasurer.', 'Treasurer'],
    ['Action: all', 'all'],
    ['Action: All Members', 'All Members'],
    ['Action: Ruth Okafor', 'Ruth Okafor'],
  ])('reads %s', (line, want) => {
    expect(ownerAloneAfterLabel(line)).toBe(want)
  })

  it.each([
    ['work after the label', 'Action: book the hall for June'],
    ['a kind of action', 'Action Plan'],
    ['a label of its own', 'Action required'],
    ['the plural heading', 'Actions: Priya'],
    ['an owner and a colon before the work', 'Action: Priya: book the hall'],
    ['a word in lower case', 'Action: soon'],
    ['a sentence opener', 'Action: The'],
  ])('reads nothing from %s', (_, line) => {
    expect(ownerAloneAfterLabel(line)).toBeNull()
  })

  it('stays linear on a long line of near misses', () => {
    expect(ownerAloneAfterLabel(`Action: ${'Ab '.repeat(20000)}`)).toBeNull()
  })
})

describe('ownerAtStart: a name before "working on", "with" or "to", as work under way', () => {
  it.each([
    ['KT working with the office on the leaflets', 'KT'],
    ['Ana/Bo/Kit working to upload the recordings', 'Ana/Bo/Kit'],
    ['Priya working on the grant bid', 'Priya'],
    // "working" with no such word after it says how something goes, not who does it.
    ['Rota working well since March', null],
    ['KT working late this week', null],
    ['Working on the grant bid', null],
  ])('reads %s', (text, owner) => {
    expect(ownerAtStart(text, 'name-first')).toBe(owner)
  })
})

describe('isWholeGroup: the whole group as minutes name it, in their languages', () => {
  it.each([['all'], ['Everyone'], ['tous'], ['Toutes'], ['todos'], ['alle']])(
    'reads "%s" as the whole group',
    (word) => {
      expect(isWholeGroup(word)).toBe(true)
    },
  )

  it.each([['tout'], ['allez'], ['Alleyn']])('reads "%s" as no group', (word) => {
    expect(isWholeGroup(word)).toBe(false)
  })
})
