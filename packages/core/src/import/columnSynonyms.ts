import { namesCount } from './isCountColumn'
import { dropFootnoteMark } from './dropFootnoteMark'
import { headerUnderRecommendation } from './headerUnderRecommendation'
import { ownerHeadNoun } from './ownerHeadNoun'
import { joinsActionAndDate, joinsActionAndProgress, progressHeadNoun } from './progressHeadNoun'

/** The action fields a table column can be mapped to. */
export type ColumnField =
  | 'id'
  | 'ref'
  | 'title'
  | 'description'
  | 'section'
  | 'pillars'
  | 'owners'
  | 'target'
  | 'targetColumn'
  | 'successMeasures'
  | 'status'
  | 'notes'

/**
 * Every mappable field, in the order the canonical export writes them.
 *
 * @example
 * columnFields.includes('owners') // true
 */
export const columnFields: readonly ColumnField[] = [
  'id',
  'ref',
  'title',
  'description',
  'section',
  'pillars',
  'owners',
  'target',
  'targetColumn',
  'successMeasures',
  'status',
  'notes',
]

/**
 * The header words that map a column to each field, compared after {@link normalizeHeader}. Within a field,
 * earlier groups win: when a table has both "Detail" and "Rationale", Detail is the description and Rationale
 * is kept in `extra`. Pillar flag columns ("Visibility") and year columns ("Year 1") are recognised from the
 * taxonomy and from their shape, not from this list.
 *
 * @example
 * columnSynonyms.get('owners')?.[0] // ['responsible', 'responsibility', 'owner', …]
 */
export const columnSynonyms: ReadonlyMap<ColumnField, readonly (readonly string[])[]> = new Map<
  ColumnField,
  readonly (readonly string[])[]
>([
  ['id', [['id', 'action id', 'uid']]],
  [
    'ref',
    [
      [
        'no',
        'number',
        'num',
        '#',
        'ref',
        'reference',
        'ref no',
        // "Rec. No." of an audit's list of recommendations, "Serial No." of a council's priorities table.
        'rec no',
        'recommendation no',
        'recommendation number',
        'serial no',
        'serial number',
        // "Sr. No.", "S. No.", "Sl. No.": the serial number written short, as South Asian and Pacific tables head it.
        'sr no',
        's no',
        'sl no',
        'action number',
        'action no',
        'action ref',
        'item no',
        // "Action #" (a committee's action number), "Task code" (a work package's dotted task codes).
        'action #',
        'task code',
        // "Milestone reference | Milestone": the milestone's number.
        'milestone reference',
        'milestone ref',
        'milestone no',
        'milestone number',
        // "Milestone ID | Level | Owner" of a project's milestone sheet: each milestone's own code ("LIB-EST-4").
        'milestone id',
        'task no',
        'task ref',
        // A council's decision action list cites each decision by its own number ("Decision No. | OM1212/3").
        'decision no',
        'decision number',
        'resolution no',
        'resolution number',
        // A funded project's list of deliverables cites each by its number ("Deliverable no. | D2.1").
        'deliverable no',
        'deliverable number',
        'deliverable #',
        'deliverable ref',
        'deliverable code',
        'deliv no',
        'deliv #',
        // Dutch plans: "Nr.", "Nummer".
        'nr',
        'nummer',
      ],
    ],
  ],
  [
    'title',
    [
      [
        'action',
        'actions',
        'planned action',
        'planned action objective',
        'planned actions',
        'objective',
        'objectives',
        'action statement',
        'action statements',
        'title',
        'action title',
        'activity',
        'activities',
        'initiative',
        'task',
        'tasks',
        'goal',
        // "Goals | Progress": a department's yearly goals, each one a row, are its actions.
        'goals',
        // A plan answering a review or a committee lists what it was asked to do: each recommendation is an action.
        'recommendation',
        'recommendations',
        // A scrutiny tracker's "Recommendation Made | Recommendation made to: | Action taken": what the committee asked.
        'recommendation made',
        'recommendations made',
        // A senate's or a board's sheet of action on its resolutions: each resolution is what it resolved to do.
        'resolution',
        'resolutions',
        // "Description of action": the action's own text, not a description beside it.
        'description of action',
        'description of actions',
        // A work package's task list: "Task Code | Task Desc | From | To | People".
        'task description',
        'task desc',
        // A council's decision action list: each row follows up the report the decision was made on.
        'report title',
        'item title',
        // French plans and roadmaps, accents folded: "Action", "Activité", "Tâche".
        'activite',
        'activites',
        'tache',
        'taches',
        // Spanish plans and Gantt exports, accents folded: "Acción", "Actividad", "Tarea".
        'accion',
        'acciones',
        'actividad',
        'actividades',
        'tarea',
        'tareas',
        // German plans: "Aufgabe", "Aufgaben".
        'aufgabe',
        'aufgaben',
        // Dutch plans: "Actie", "Actiepunt", "Taak", "Maatregel".
        'actie',
        'acties',
        'actiepunt',
        'actiepunten',
        'taak',
        'taken',
        'maatregel',
        'maatregelen',
      ],
      // A product roadmap's "Date | Milestone | Features | Events": the feature planned is the work.
      ['feature', 'features', 'planned feature', 'planned features'],
      // "What | Who | When": a schedule that asks its three questions as headers; "What" is the work. "What we're
      // doing…" over a page's bullets says the same in a sentence (only as the whole header: see below).
      ['what', 'what we re doing', 'what we are doing', 'what we will do', 'what we ll do'],
      // An annual governance statement's or an audit's "Governance Issue | Action Update | By When | By Whom": with
      // no column naming the action, the issue each row tracks is the work (the last group, so "Action" wins).
      ['issue', 'issues', 'governance issue', 'governance issues', 'significant issue', 'significant issues'],
      // A Dutch board's running decisions list, "Nr. | Onderwerp / Agendapunt | … | Afdoening door": with no column
      // naming the action, the subject each row follows up is the work.
      ['onderwerp', 'onderwerp agendapunt', 'agendapunt'],
      // A funded project's list of deliverables: "Deliverable no. | Deliverable name | WP | Lead | Due": each
      // deliverable named is the work (a plain "Deliverable" column beside an action stays its success measure).
      [
        'deliverable name',
        'deliverable names',
        'deliverable title',
        'deliverable titles',
        'name of deliverable',
      ],
      // A research project's "Code | Work package | Lead": each package named is the work (the last group, so a
      // "Task" or "Title" column beside it wins and a column of package codes stays the refs).
      ['work package', 'work packages', 'work package title', 'work package name'],
      // A French roadmap's "Livrable | Statut": each deliverable is the work, as a "Deliverable name" column is (the
      // last group, so an "Action" column beside it wins).
      ['livrable', 'livrables'],
      // A status tracker's "Milestone reference | Milestone | <review dates>", a release timeline's "Week | Specific
      // dates | Milestones": with no column naming the action, each milestone is the work (the last group, so an
      // "Action" or "Task" column beside it wins).
      ['milestone', 'milestones'],
    ],
  ],
  [
    'description',
    [
      ['detail', 'details', 'description', 'action detail', 'action details', 'action description'],
      ['rationale', 'justification', 'why', 'context', 'background'],
      [
        'specific actions',
        'supporting actions',
        'supporting actions required',
        'actions required',
        'key actions',
        'steps',
        'how',
      ],
    ],
  ],
  [
    'section',
    [
      [
        'section',
        'heading',
        'category',
        'workstream',
        'strand',
        'portfolio',
        // A work programme's "Task Area | Measures | Tasks | Responsibilities": the area groups the tasks below it.
        'task area',
        'task areas',
      ],
    ],
  ],
  [
    'pillars',
    [
      [
        'aim',
        'aims',
        'pillar',
        'pillars',
        'commitment area',
        'commitment areas',
        'theme',
        'themes',
        'principle',
        'principles',
        'indicator',
        'indicators',
        'area',
        'areas',
        'key area',
        'key areas',
      ],
    ],
  ],
  [
    'owners',
    [
      [
        'responsible',
        'responsibility',
        'owner',
        'owners',
        'action owner',
        'lead',
        'leads',
        'led by',
        'lead person',
        'person responsible',
        'responsible person',
        'accountable',
        'accountability',
        'stakeholders',
        'stakeholder',
        'who',
        // "Action by", "Actioned by", "By whom": who acts, not the action.
        'action by',
        'actioned by',
        'by whom',
        // The named person answerable for an action in a US strategic or library plan.
        'sponsor',
        'sponsors',
        'executive sponsor',
        // A project's task list names the people who do each task.
        'people',
        // A club's or a garden's task list names the members who signed up for each task.
        'volunteers',
        'volunteer',
        // A council's quarterly report abbreviates its column headers ("RESP. OFFICER | START DATE | COMP DATE").
        'resp',
        'resp officer',
        'resp person',
        // The officer who wrote the report a council decided on carries the decision out.
        'report author',
        // A scrutiny or audit tracker names whom each recommendation was made or referred to: the one to act on it.
        'recommendation made to',
        'recommendations made to',
        'made to',
        'referred to',
        'directed to',
        // A work programme kept as data names the team that owns each objective ("team: Alan Edwards").
        'team',
        'responsible team',
        'lead team',
        // Project trackers and meeting action logs: whom the item was given to ("Assigned To", "Owned by", "DRI").
        'assigned to',
        'assigned',
        'assignee',
        'assignees',
        'allocated to',
        'delegated to',
        'owned by',
        'managed by',
        'coordinated by',
        'action holder',
        'dri',
        'point of contact',
        'key contact',
        'champion',
        'champions',
        'coordinator',
        'co ordinator',
        'officer',
        'sro',
        // French plans: "Responsable", "Pilote", "Porteur".
        'responsable',
        'responsables',
        'pilote',
        'porteur',
        // German plans, umlauts folded: "Verantwortlich", "Verantwortliche(r)", "Zuständig".
        'verantwortlich',
        'verantwortliche',
        'verantwortlicher',
        'zustandig',
        // Dutch plans: "Wie", "Verantwoordelijke", "Trekker", "Afdoening door" (who deals with it).
        'wie',
        'door wie',
        'verantwoordelijk',
        'verantwoordelijke',
        'trekker',
        'eigenaar',
        'actiehouder',
        'afdoening door',
        'uitvoering door',
      ],
    ],
  ],
  [
    'target',
    [
      [
        'timescale',
        'timescales',
        'target date',
        'target',
        'timeframe',
        'time frame',
        'deadline',
        'due',
        'due date',
        'by when',
        'achieved by',
        'to be achieved by',
        'when',
        'completion date',
        'target completion date',
        'comp date',
        'compl date',
        'end',
        'end date',
        'timeline',
        'time line',
        'timing',
        'timetable',
        'date',
        // "From | To" in a task list: the task runs to the To date (whole header only, see wholeHeaderOnly).
        'to',
        // French plans, accents folded: "Échéance", "Date d'échéance", "Échéancier", "Délai".
        'echeance',
        'date d echeance',
        'echeancier',
        'delai',
        // Spanish plans and Gantt exports, accents folded: "Plazo", "Fecha límite", "Fin" (a task's finish date).
        'plazo',
        'fecha limite',
        'fin',
        'fecha fin',
        'fecha de fin',
        'fecha final',
        'fecha de termino',
        // German plans, umlauts folded: "Frist", "Termin", "Bis wann", "Fällig".
        'frist',
        'termin',
        'bis wann',
        'fallig',
        // Dutch plans: "Wanneer", "Gereed", "Uiterlijk", "Afdoening voor" (to be dealt with by).
        'wanneer',
        'gereed',
        'datum gereed',
        'uiterlijk',
        'streefdatum',
        'einddatum',
        'afdoening voor',
      ],
      // A deadline said as the date a thing is due or to be finished by ("Milestone date", "Complete by"): below
      // the words above, so "Delivery date" beside "Due date" leaves the due date the target.
      [
        'milestone date',
        'milestone dates',
        'date due',
        'due by',
        'complete by',
        'deliver by',
        'delivery date',
        'completion by',
        'date for completion',
        'target completion',
        'target end date',
        'finish date',
        'expected completion',
        'expected completion date',
        'planned completion',
        'planned completion date',
        'estimated completion',
        'estimated completion date',
        'anticipated completion',
        'anticipated completion date',
        'forecast completion',
        'forecast completion date',
      ],
      ['start', 'start date', 'from', 'comienzo', 'inicio', 'fecha inicio', 'fecha de inicio'],
    ],
  ],
  ['targetColumn', [['target column', 'target year column']]],
  [
    'successMeasures',
    [
      [
        'success measure',
        'success measures',
        'measure of success',
        'measures of success',
        'success criteria',
        'kpi',
        'kpis',
        'outcome',
        'outcomes',
        'expected outcome',
        'expected outcomes',
        'measure',
        'measures',
        'measurable',
        'measurables',
        'evidence',
        'deliverable',
        'deliverables',
        // Ontario school boards' plans: what to look for as the sign that an action is working.
        'look fors',
        'look for',
      ],
    ],
  ],
  [
    'status',
    [
      [
        'current status',
        'status',
        'progress',
        'rag',
        'rag status',
        'progress status',
        'state',
        'progress to date',
        'actions completed',
        'work completed',
        // A flag per milestone, as plans kept as data write it ("complete: true"): statusFromQuestionColumn.
        'complete',
        'done',
        // "BRAG": the RAG rating with Blue for done.
        'brag',
        'brag status',
        'rag rating',
        // French plans, accents folded: "Statut", "État", "Avancement".
        'statut',
        'etat',
        'avancement',
        // Spanish plans: "Estado", "Avance".
        'estado',
        'avance',
        // Dutch plans: "Voortgang", "Stand van zaken".
        'voortgang',
        'stand van zaken',
      ],
    ],
  ],
  [
    'notes',
    [
      [
        'notes',
        'note',
        'comments',
        'comment',
        'update',
        'updates',
        'progress update',
        'remarks',
        'commentary',
        'latest note',
        'latest notes',
        'latest update',
        // "Action taken or Planned to Date" beside the recommendation: what was done about it, a note.
        'action taken',
        'actions taken',
        'additional comments',
        'further comments',
        'additional information',
        'further information',
        'narrative',
        'progress narrative',
        'latest position',
        // An area panel's or a committee's action list: "Action | Officer | Response", the reply on each action.
        'response',
        'responses',
        // Dutch plans: "Opmerkingen", "Toelichting".
        'opmerking',
        'opmerkingen',
        'toelichting',
      ],
    ],
  ],
])

/**
 * Reduces a header to the form synonyms are compared in: lower case, punctuation and spacing folded to single
 * spaces ("Aim:" → "aim", "Planned action/objective" → "planned action objective", "no." → "no").
 *
 * @example
 * normalizeHeader(' Success  Measure: ') // 'success measure'
 */
export function normalizeHeader(header: string): string {
  return withoutAccents(header.slice(0, 200))
    .toLowerCase()
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim()
}

/** "État" → "Etat", "Échéance" → "Echeance": a French header's letters without their accents, so its words match
 * as written without them; text of plain ASCII is returned as it is. */
function withoutAccents(text: string): string {
  return /[\u0080-\uffff]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text
}

/** A header matched to a field. Lower `rank` is a better match. */
export interface HeaderMatch {
  readonly field: ColumnField
  readonly rank: number
}

const exact = new Map<string, HeaderMatch>()
for (const [field, groups] of columnSynonyms) {
  groups.forEach((group, rank) => {
    for (const word of group) if (!exact.has(word)) exact.set(word, { field, rank })
  })
}

const firstWords = new Set([...exact.keys()].map((synonym) => synonym.split(' ')[0]!))
const firstWord = /[a-z0-9#]+/

/**
 * The first word of `normalizeHeader(header)`, found without normalising the whole header: a quick test that a
 * cell cannot be a given header.
 *
 * @example
 * headerFirstWord(' (Target) date') // 'target'
 */
export function headerFirstWord(header: string): string {
  return firstWord.exec(withoutAccents(header.slice(0, 200)).toLowerCase())?.[0] ?? ''
}

/**
 * Maps one header cell to a field by synonym: an exact match first, then a header that starts with a synonym
 * ("Target date (completion)" → target), which ranks below every exact match. A heading that starts with a
 * synonym and then, after a spaced dash or a colon, states something ("Objective – Increase declarations") is
 * not a header.
 *
 * @example
 * matchColumnHeader('Responsible') // { field: 'owners', rank: 0 }
 * matchColumnHeader('Colour') // null
 */
export function matchColumnHeader(header: string): HeaderMatch | null {
  // Every match starts with a synonym's first word: most body cells are turned away on theirs.
  if (!firstWords.has(headerFirstWord(header))) {
    // "R1 Actions": the actions under recommendation R1 (an assessment's action plan).
    // Only one code is peeled: the words after it must start a synonym, so the call below does not come back here.
    const under = headerUnderRecommendation(header)
    if (under !== null) return firstWords.has(headerFirstWord(under)) ? matchColumnHeader(under) : null
    // "Our themes": only a whole header after "our"; "Our objectives for 2031, agreed by …" is a sentence.
    const ours = headerAfterOur(header)
    return ours === null ? null : (exact.get(normalizeHeader(ours)) ?? null)
  }
  // "Number of findings": how many items the row holds, not its number.
  if (namesCount(header)) return null
  const written = normalizeHeader(dropFootnoteMark(header))
  // "Champion(s)", "Lead/s", "Person(s) responsible": the plural mark folded away. Not for the action column:
  // "Action(s)" is read by its first word already, and "Recommendation/s" over bare numbers is no action text.
  const folded = written.replace(pluralMark, '')
  const key = folded !== written && exact.get(folded)?.field === 'title' ? written : folded
  const hit = exact.get(key)
  if (hit) return hit
  if (numberedItem.test(key)) return null
  // "Action / Target date": when the action is due, not the action.
  if (joinsActionAndDate(header)) return { field: 'target', rank: 10 }
  if (ownerHeadNoun(key)) return { field: 'owners', rank: 10 }
  const progress = joinsActionAndProgress(header) ? null : progressHeadNoun(key)
  if (progress !== null) return { field: progress, rank: 10 }
  // Longest leading run of words that is a synonym; a few map lookups, so a long body row stays cheap.
  // The ends of the first five words, as the key holds single spaces: each prefix is one slice.
  const ends: number[] = []
  for (let at = key.indexOf(' '); at > 0 && ends.length < 5; at = key.indexOf(' ', at + 1)) ends.push(at)
  for (let n = ends.length - 1; n >= 0; n--) {
    const words = key.slice(0, ends[n])
    const prefix = exact.get(words)
    if (!prefix || wholeHeaderOnly.has(words)) continue
    if (labelledStatement.test(header)) return null
    // "Date added", "Date raised": when the row was written, not when the action is due.
    if (prefix.field === 'target' && recordedDate.test(key)) return null
    return { field: prefix.field, rank: prefix.rank + 10 }
  }
  return null
}

/** Synonyms that name a column only as the whole header: "Recommendations of the review implemented" is a
 * sentence, not the action column; "To do" and "From the survey" name no dates; "Issue Number" is a document's
 * version, not its issues; "Assigned date" is no owner. */
const wholeHeaderOnly: ReadonlySet<string> = new Set([
  'recommendation',
  'recommendations',
  // "Resolution date", "Resolution status": about a resolution, not the resolution itself.
  'resolution',
  'resolutions',
  'to',
  'from',
  // "Issue Number", "Issue date" (a document's version block): the issue column is only ever "Issue" itself.
  'issue',
  'issues',
  // "Assigned date", "Officer comments", "Champion's notes": about the owner, not the owner.
  'assigned',
  'officer',
  'champion',
  // "What we're doing to improve …", "What's left to do?": a heading or a question, not the "What" column.
  'what',
  'what we re doing',
  'what we are doing',
  'what we will do',
  'what we ll do',
  // "Goals, objectives and actions" over a one-column page: a chapter heading, not the "Goals" column.
  'goals',
  // "Tasks still open" over a pasted board: a heading; the "Tasks" column is headed by the word alone.
  'tasks',
  // "Milestone: 2", "Milestone Delivery": a grant report's label or heading; the column is "Milestone" alone.
  'milestone',
  'milestones',
])

/**
 * "Our themes", "Our actions": a header that puts "our" before its column's word, as a page written to its readers
 * does. Returns the header after "our" (the caller matches it only as a whole header), or null when it does not open
 * with "our" and a word. Anchored and bounded.
 *
 * @example
 * headerAfterOur('Our themes') // 'themes'
 * headerAfterOur('Outcome') // null
 */
function headerAfterOur(header: string): string | null {
  const match = /^\s{0,3}our\s{1,3}(?=[A-Za-z])/i.exec(header.slice(0, 80))
  return match === null ? null : header.slice(match[0].length)
}

/** A lone "s" after a word, as "(s)" and "/s" leave it once normalised: "champion s" → "champion". */
const pluralMark = /(?<=[a-z]) s\b/g

/** "Objective one", "Goal 2", "Priority three": the heading of one numbered item, not a column header. */
const numberedItem =
  /^(?:objective|goal|aim|priority|recommendation) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)$/

/** "date added", "date raised", "date logged": a date header that says when the row was recorded. Tested on a
 * normalised header ({@link normalizeHeader}).
 *
 * @example
 * recordedDate.test('date raised') // true
 */
export const recordedDate = /\b(?:added|raised|created|logged|opened|recorded|entered|identified)\b/

// "Objective - Increase staff declarations", "Action Set 1 – KF26 Percentage of staff …": a label, a spaced dash
// or a colon, then a statement of three words or more. A heading that names its subject, not a column header
// ("Timescale - month", "Target date (completion)" still are). Bounded, so it cannot backtrack.
const labelledStatement = /^[^:–—]{1,60}?(?:\s[-–—]\s|:\s)\s{0,3}\S{1,40}(?:\s{1,3}\S{1,40}){2}/
