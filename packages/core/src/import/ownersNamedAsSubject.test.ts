import { describe, expect, it } from 'vitest'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'

/** [the action as written, the owners a careful reader names] — our own wording, by family. */
type Row = readonly [string, readonly string[]]

const names: readonly Row[] = [
  ['Priya Shah to circulate the revised terms of reference', ['Priya Shah']],
  ['Tomasz Nowak will book the venue for the autumn away day', ['Tomasz Nowak']],
  ['Olu will draft the budget paper for the finance committee', ['Olu']],
  ['Dr Helen Park to chair the first meeting of the panel', ['Dr Helen Park']],
  ['Cllr Ross and Amira Khan to visit both depots before May', ['Cllr Ross', 'Amira Khan']],
  ['Jane and Ahmed will collect the feedback forms', ['Jane', 'Ahmed']],
  ['Rhian Evans can share the slides with the network', ['Rhian Evans']],
]

const initials: readonly Row[] = [
  ['KM to chase the outstanding returns from departments', ['KM']],
  ['RB/TK to compare the two supplier quotes', ['RB', 'TK']],
  ['JT to ‘streamline’ the booking form', ['JT']],
  ['DW to "refresh" the volunteer rota', ['DW']],
  ['HR and SMT to agree the wording of the flexible working policy', ['HR', 'SMT']],
  ['EDI will publish the pay gap figures each spring', ['EDI']],
  ['PGR Office to remind supervisors of the annual review deadline', ['PGR Office']],
]

const teamsAndRoles: readonly Row[] = [
  ['The Registrar to publish the revised regulations', ['Registrar']],
  ['Head of School will meet every new lecturer in their first month', ['Head of School']],
  ['The Estates Manager will survey the lighting in car park B', ['Estates Manager']],
  ['Widening Participation team will run two summer schools', ['Widening Participation team']],
  ['Library Services will extend opening hours during exams', ['Library Services']],
  ['Staff Network Group to review the carers guidance', ['Staff Network Group']],
  ['Governors to approve the accessibility plan each year', ['Governors']],
  ['All Faculty Deans to nominate a wellbeing lead', ['All Faculty Deans']],
  ['Each School Director will report progress to Senate', ['Each School Director']],
  ['RSE members to test the new booking form', ['RSE members']],
]

const joinedOwners: readonly Row[] = [
  ['HR and Finance will agree a single pay timetable', ['HR', 'Finance']],
  ['Planning Office and Estates will map the teaching rooms', ['Planning Office', 'Estates']],
  ['Marta Silva and Leo Grant to interview the shortlisted applicants', ['Marta Silva', 'Leo Grant']],
]

const bracketedLeads: readonly Row[] = [
  ['Sam Osei (and team) to migrate the records to the new system', ['Sam Osei']],
  ['Nadia Ali (with IT Services) to pilot the kiosk', ['Nadia Ali']],
  ['Ethics Committee (led by Paul Byrne) to update the consent forms', ['Ethics Committee', 'Paul Byrne']],
  ['QA Board (chaired by the Provost) will sign off the review', ['QA Board']],
  ['Digital Team (lead: Kerry Lowe) to redesign the intranet pages', ['Digital Team', 'Kerry Lowe']],
  ['DPO (led by Ruth Kerr) to check the retention schedule', ['DPO', 'Ruth Kerr']],
  ['Nkechi Obi (and team) to:', ['Nkechi Obi']],
]

const dashedSubjects: readonly Row[] = [
  ['Secretary – to send the renewal letters to members', ['Secretary']],
  ['Ana Lee - will book the hall for the quiz night', ['Ana Lee']],
  // Near misses: a topic before the dash, and a passive after it, name no one.
  ['Christmas lights – to be switched on by the council', []],
  ['Fundraising - to discuss at the next meeting', []],
]

const passives: readonly Row[] = [
  ['Policy will be developed with the staff forum', []],
  ['Staff to be trained in the new records system', []],
  ['Guidance will be published on the intranet', []],
  ['Governors to be told of every change to the scheme', []],
  ['The Annual Report will be shared with partners', []],
  ['Mentoring will continue to be offered to new starters', []],
]

const imperatives: readonly Row[] = [
  ['Continue to monitor recruitment by gender', []],
  ['Review and update the dignity at work policy to reflect the new law', []],
  ['Write to every head of department about the survey', []],
  ['Invite Student Union officers to join the steering group', []],
  ['Encourage Faculty Managers to share good practice', []],
  ['Develop Wellbeing Toolkit to support line managers', []],
  ['Use Microsoft Forms to collect the responses', []],
  ['Ask the board to review the risk register', []],
  ['Set up a working group to look at hybrid working', []],
  ['Launch Menopause Café to support colleagues', []],
]

const beneficiaries: readonly Row[] = [
  ['All new starters to receive an induction pack', []],
  ['Staff will be able to book leave online', []],
  ['Students to have access to a named adviser', []],
  ['Every apprentice to complete a reflective log', []],
  ['Technicians will have protected time for training', []],
  ['Researchers will be offered a careers conversation', []],
]

const notOwnerNouns: readonly Row[] = [
  ['We will hold a listening event each term', []],
  ['Our staff will be invited to the launch', []],
  ['June to see the first results of the pilot', []],
  ['Staff Survey results will inform the next plan', []],
  ['Funding to support four new studentships', []],
  ['Mental Health Week to run in the second week of May', []],
  ['North Wales to host the regional conference in 2026', []],
  ['Tariq to upload the photos to the shared drive', []],
  ['Athena Swan Charter to guide the department action plan', []],
  ['Actions to deliver the carbon targets are listed below', []],
  ['It will take two years to complete the roll-out', []],
  ['Equality Objectives 2025 to be agreed by Council', []],
]

const recommendations: readonly Row[] = [
  ['The Head of Finance should reconcile the petty cash each month', ['Head of Finance']],
  ['The Parks Manager should publish a tree survey every two years', ['Parks Manager']],
  ['Library Services should keep a log of every complaint', ['Library Services']],
  ['Guidance should be issued to every new governor', []],
  ['We should review the fees each spring', []],
  ['Trustees to decide which of the payments should be approved by the Chair', ['Trustees']],
  ['Clerk to publish the register of interests on the website', ['Clerk']],
]

const afterPurpose: readonly Row[] = [
  ['To widen access, the Library Service will open on Sunday afternoons', ['Library Service']],
  ['To cut waiting times, the Planning Team will publish a weekly queue report', ['Planning Team']],
  ['To save energy, Estates will fit timers to every boiler', ['Estates']],
  ['To keep members informed, a newsletter will be sent each quarter', []],
  ['To reach more schools, we will run two extra workshops', []],
  ['To be reviewed, the scheme will go to the board', []],
]

const afterTimeOrLabel: readonly Row[] = [
  ['After two years of the scheme running, the Parks Committee will review its rules', ['Parks Committee']],
  ['Each April, the Records Office will publish the retention schedule', ['Records Office']],
  ['Three and six months after launch, the Travel Desk will survey its users', ['Travel Desk']],
  ['Within a month, we will draft the rules', []],
  ['Each April, the garden will be replanted', []],
  ['Waste audit The Estates Office will weigh the bins every term', ['Estates Office']],
  ['Waste audit the bins will be weighed every term', []],
]

const vicePresidents: readonly Row[] = [
  ['VP Sport and Societies to review the grants for clubs each term', ['VP Sport and Societies']],
  [
    'Vice President Welfare and Community to set up a housing advice clinic',
    ['Vice President Welfare and Community'],
  ],
  ['Deputy VP Education will collect course feedback from reps', ['Deputy VP Education']],
  ['VP to be elected at the next meeting', []],
]

describe('ownersNamedAsSubject: the owner named as the subject of the action sentence', () => {
  const families: readonly (readonly [string, readonly Row[]])[] = [
    ['names', names],
    ['initials', initials],
    ['teams and roles', teamsAndRoles],
    ['joined owners', joinedOwners],
    ['bracketed leads', bracketedLeads],
    ['subjects set off by a dash', dashedSubjects],
    ['passives', passives],
    ['imperatives', imperatives],
    ['beneficiaries', beneficiaries],
    ['non-owner nouns', notOwnerNouns],
    ['recommendations worded "should"', recommendations],
    ['subjects after a purpose clause', afterPurpose],
    ['subjects after an opening phrase of time or a run-in label', afterTimeOrLabel],
    ['vice-presidents named by their remit', vicePresidents],
  ]
  for (const [family, rows] of families) {
    describe(family, () => {
      it.each(rows)('%s', (sentence, owners) => {
        expect(ownersNamedAsSubject(sentence)).toEqual(owners)
      })
    })
  }

  it('reads "is doing the …" as work the subject has in hand, but not where it names no one', () => {
    expect(ownersNamedAsSubject('Petra Lund is doing the hedgehog count')).toEqual(['Petra Lund'])
    expect(ownersNamedAsSubject('KB and TR are doing the bat walk')).toEqual(['KB', 'TR'])
    expect(ownersNamedAsSubject('The frost is doing the lawn no good')).toEqual([])
    expect(ownersNamedAsSubject('Nobody knows what the council is doing about it')).toEqual([])
  })

  it('reads "need to" as work the subject has to do, but not a passive or a thing that needs it', () => {
    expect(ownersNamedAsSubject('Petra Lund needs to order the bird boxes')).toEqual(['Petra Lund'])
    expect(ownersNamedAsSubject('KB and TR need to meet the ranger in June')).toEqual(['KB', 'TR'])
    // Near misses: work done by no one named, or a need that is no task.
    expect(ownersNamedAsSubject('The fence needs to be mended before the fair')).toEqual([])
    expect(ownersNamedAsSubject('Volunteers need to have a safety briefing')).toEqual([])
    expect(ownersNamedAsSubject('We need to find a new treasurer')).toEqual([])
  })

  it('reads initials in capitals that spell a small word as members when joined to other initials', () => {
    expect(ownersNamedAsSubject('AT and KR will repaint the noticeboard')).toEqual(['AT', 'KR'])
    expect(ownersNamedAsSubject('ON & PD to count the chairs')).toEqual(['ON', 'PD'])
    // Near misses: such a word alone, or words of a sentence written in capitals.
    expect(ownersNamedAsSubject('AT will repaint the noticeboard')).toEqual([])
    expect(ownersNamedAsSubject('WE and THEY will repaint the noticeboard')).toEqual([])
  })

  it('reads the spoken "is gonna" as "will", but not where it names no one', () => {
    expect(ownersNamedAsSubject('Odile is gonna book the minibus for the trip')).toEqual(['Odile'])
    expect(ownersNamedAsSubject('The minibus is gonna be late again')).toEqual([])
  })

  it('reads "is going to" as "will", and "be" before a preposition as no passive', () => {
    expect(ownersNamedAsSubject('Colin Campbell is going to contact the MSP about the contract')).toEqual([
      'Colin Campbell',
    ])
    expect(ownersNamedAsSubject('Melany Itze is going to be in touch with the head teacher')).toEqual([
      'Melany Itze',
    ])
    expect(ownersNamedAsSubject('The hall is going to be repainted in May')).toEqual([])
    expect(ownersNamedAsSubject('Melany Itze will be consulted on the plans')).toEqual([])
  })

  it.each([
    ['Marieke zal de flyers bij de bakker ophalen', ['Marieke']],
    ['Jan de Boer zal Ken je Buren op de website zetten', ['Jan de Boer']],
    ['Dit zal in de volgende vergadering besproken worden', []],
    ['Er zal een nieuwe kandidaat gezocht worden', []],
    ['Hij zal de gemeente bellen', []],
  ])('reads a Dutch name before "zal" as the owner: %s', (sentence, owners) => {
    expect(ownersNamedAsSubject(sentence)).toEqual(owners)
  })

  it.each([
    ['Sophie se charge de relancer le traiteur', ['Sophie']],
    ["Paul s'occupe d'imprimer les tracts", ['Paul']],
    ['Claire va écrire aux adhérents', ['Claire']],
    ['Mathieu se propose de contacter la mairie', ['Mathieu']],
    ["Inès se propose d'écrire le bulletin", ['Inès']],
    ['Jonas kümmert sich um die Getränke für das Sommerfest', ['Jonas']],
    ['Tereza si bere na starost nový web spolku', ['Tereza']],
    ['Marta se encarga de reservar la sala', ['Marta']],
    ['Ingrid skal sende invitasjonen til medlemmene', ['Ingrid']],
    // A pronoun or a thing before those words names no one; a word that only starts like one is no such word.
    ['Il va falloir relancer le traiteur', []],
    ['On se charge de tout', []],
    ['Il se propose de revenir en mars', []],
    ['Es kümmert sich niemand um die Getränke', []],
    ['Det skal sendes ut i mai', []],
    ['Paul vaut mieux que ça', []],
    // German "wird" also makes the passive: "Jonas wird informiert" is what is done to him.
    ['Jonas wird informiert', []],
  ])('reads a name before the words other languages tell who will act with: %s', (sentence, owners) => {
    expect(ownersNamedAsSubject(sentence)).toEqual(owners)
  })

  it.each([
    ['Chairman to write to the council about the footpath', ['Chairman']],
    ['Chairwoman will open the fete at two', ['Chairwoman']],
    ['Vice Chairperson to arrange the rota', ['Vice Chairperson']],
  ])('reads the chair named "Chairman" or "Chairperson" as a governing role: %s', (sentence, owners) => {
    expect(ownersNamedAsSubject(sentence)).toEqual(owners)
  })

  it.each([
    ['Omar Khan agreed to take over the newsletter', ['Omar Khan']],
    ['The Treasurer volunteered to audit the accounts', ['Treasurer']],
    ['Priya Shah offered to print the posters', ['Priya Shah']],
    // Near misses: the meeting, a pronoun or the group served takes nothing on.
    ['It was agreed to defer the decision', []],
    ['The meeting agreed to postpone the fair', []],
    ['We agreed to meet again in July', []],
    ['Staff agreed to trial the rota', []],
  ])('reads who agreed, volunteered or offered to do the work as its owner: %s', (sentence, owners) => {
    expect(ownersNamedAsSubject(sentence)).toEqual(owners)
  })
})
