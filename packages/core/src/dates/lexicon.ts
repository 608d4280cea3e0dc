// The words the date reader knows. Maps, not plain objects, so hostile cell text can never reach a
// prototype key.

const MONTH_FORMS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['january', 'jan', 'janu']],
  [2, ['february', 'feb', 'febr']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
]

/** French month names, with and without their accents ("décembre", "decembre"), as French plans date their work. */
const FRENCH_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['janvier']],
  [2, ['février', 'fevrier']],
  [3, ['mars']],
  [4, ['avril']],
  [5, ['mai']],
  [6, ['juin']],
  [7, ['juillet']],
  [8, ['août', 'aout']],
  [9, ['septembre']],
  [10, ['octobre']],
  [11, ['novembre']],
  [12, ['décembre', 'decembre']],
]

/**
 * Dutch and German month names ("28 oktober 2025", "März 2019", "Maerz 2019"), as Dutch and German minutes and plans
 * date their work; a name spelt as the English or French one ("april", "september", "mai") is listed there.
 */
const DUTCH_AND_GERMAN_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['januari', 'januar']],
  [2, ['februari', 'februar']],
  [3, ['maart', 'märz', 'maerz']],
  [5, ['mei']],
  [6, ['juni']],
  [7, ['juli']],
  [8, ['augustus']],
  [10, ['oktober']],
  [12, ['dezember']],
]

/**
 * Spanish and Italian month names ("15 de marzo de 2024", "fine settembre 2031"), as Spanish and Italian minutes and
 * schedules date their work; both languages write them in lower case (see {@link LOWER_CASE_MONTHS}). "Novembre" is
 * listed with the French names.
 */
const SPANISH_AND_ITALIAN_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['enero', 'gennaio']],
  [2, ['febrero', 'febbraio']],
  [3, ['marzo']],
  [4, ['abril', 'aprile']],
  [5, ['mayo', 'maggio']],
  [6, ['junio', 'giugno']],
  [7, ['julio', 'luglio']],
  [8, ['agosto']],
  [9, ['septiembre', 'setiembre', 'settembre']],
  [10, ['octubre', 'ottobre']],
  [11, ['noviembre']],
  [12, ['diciembre', 'dicembre']],
]

/**
 * Polish month names, each as it names the month ("styczeń 2031") and as it follows a day ("1 stycznia 2031 r.");
 * Polish writes them in lower case too (see {@link LOWER_CASE_MONTHS}). May ("maj", "maja") is left out: "Maja" is a
 * first name, and one opening a line of minutes ("Maja to send …") would be read as a month.
 */
const POLISH_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['styczeń', 'stycznia']],
  [2, ['luty', 'lutego']],
  [3, ['marzec', 'marca']],
  [4, ['kwiecień', 'kwietnia']],
  [6, ['czerwiec', 'czerwca']],
  [7, ['lipiec', 'lipca']],
  [8, ['sierpień', 'sierpnia']],
  [9, ['wrzesień', 'września']],
  [10, ['październik', 'października']],
  [11, ['listopad', 'listopada']],
  [12, ['grudzień', 'grudnia']],
]

/** Month names and abbreviations → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ...MONTH_FORMS,
    ...FRENCH_MONTHS,
    ...DUTCH_AND_GERMAN_MONTHS,
    ...SPANISH_AND_ITALIAN_MONTHS,
    ...POLISH_MONTHS,
  ].flatMap(([month, forms]) => forms.map((form) => [form, month] as const)),
)

/**
 * The Spanish, Italian and Polish month names, which those languages write in lower case: one capitalised and standing
 * without a day or a year after a word ("services in Mayo", "ask Julio") is a place or a person, not a month.
 */
export const LOWER_CASE_MONTHS: ReadonlySet<string> = new Set(
  [...SPANISH_AND_ITALIAN_MONTHS, ...POLISH_MONTHS].flatMap(([, forms]) => forms),
)

const FULL_MONTHS = MONTH_FORMS.map(([month, forms]) => [month, forms[0] as string] as const)

/** English month names for messages, 1-based. */
export const MONTH_NAMES = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

/** Short month names for display, 1-based. */
export const MONTH_SHORT = [
  '',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const

const EDIT_ROWS = [new Array<number>(16).fill(0), new Array<number>(16).fill(0)]

/** Edit distance with an early exit once `limit` is exceeded; words are capped at 12 letters by the caller. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false
  // Two rows of the edit-distance table, reused; words are at most 12 letters here.
  const previous = EDIT_ROWS[0] as number[]
  const current = EDIT_ROWS[1] as number[]
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > limit) return false
    for (let j = 0; j <= b.length; j++) previous[j] = current[j] as number
  }
  return (previous[b.length] as number) <= limit
}

/**
 * A month for a word, allowing the misspellings plans contain ("Febuary", "Septmber"): one edit for words of
 * five to seven letters, two for longer ones. Short words must match exactly, so "mat" never becomes "may".
 */
export function lookupMonth(word: string, fuzzy = true): { month: number; fuzzy: boolean } | null {
  const exact = MONTHS.get(word)
  if (exact !== undefined) return { month: exact, fuzzy: false }
  if (!fuzzy || word.length < 5 || word.length > 12) return null
  const limit = word.length >= 8 ? 2 : 1
  for (const [month, name] of FULL_MONTHS) {
    if (name.length >= 5 && withinEdits(word, name, limit)) return { month, fuzzy: true }
  }
  return null
}

/** Meteorological seasons (UK): first month and length 3. Winter starts in December of the named year. */
export const SEASONS: ReadonlyMap<string, { name: string; startMonth: number }> = new Map([
  ['spring', { name: 'Spring', startMonth: 3 }],
  ['summer', { name: 'Summer', startMonth: 6 }],
  ['autumn', { name: 'Autumn', startMonth: 9 }],
  // "Aut 2011", as a narrow timescale column shortens it.
  ['aut', { name: 'Autumn', startMonth: 9 }],
  ['fall', { name: 'Autumn', startMonth: 9 }],
  ['winter', { name: 'Winter', startMonth: 12 }],
])

/** A UK university term: its first month and how many months it runs. */
export interface TermShape {
  name: string
  startMonth: number
  months: number
}

const AUTUMN_TERM: TermShape = { name: 'Autumn term', startMonth: 9, months: 4 }
const SPRING_TERM: TermShape = { name: 'Spring term', startMonth: 1, months: 3 }
const SUMMER_TERM: TermShape = { name: 'Summer term', startMonth: 4, months: 4 }

/** Named terms ("<name> term"), including the Oxford, Cambridge and Durham names mapped onto the three UK terms. */
export const NAMED_TERMS: ReadonlyMap<string, TermShape> = new Map([
  ['autumn', AUTUMN_TERM],
  ['fall', AUTUMN_TERM],
  ['michaelmas', AUTUMN_TERM],
  ['spring', SPRING_TERM],
  ['lent', SPRING_TERM],
  ['hilary', SPRING_TERM],
  ['epiphany', SPRING_TERM],
  ['summer', SUMMER_TERM],
  ['easter', SUMMER_TERM],
  ['trinity', SUMMER_TERM],
])

/** "Term 1/2/3". */
export const NUMBERED_TERMS: readonly TermShape[] = [AUTUMN_TERM, SPRING_TERM, SUMMER_TERM]

/** "Semester 1/2". */
export const SEMESTERS: readonly TermShape[] = [
  { name: 'Semester 1', startMonth: 9, months: 5 },
  { name: 'Semester 2', startMonth: 2, months: 5 },
]

/** Ordinal words: quarters, terms and semesters ("second quarter") and days ("the first of April"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
])

/** Tens that may stand before an ordinal or number word ("twenty-first", "twenty four"). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
])

/** Number words, for year labels ("Year One") and spans ("within three months", "the next two years"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['eighteen', 18],
  ['twenty', 20],
  ['thirty', 30],
])

/**
 * The one list of words that name a plan year: "Year 1", "Yr 2", "Y3", "Years 1-3". Column labels and cell
 * text are read with the same list and the same reader (`readYearLabel`).
 */
export const YEAR_LABEL_WORDS: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'yrs', 'y'])

/** Words that say the work has no single deadline because it continues. */
export const ONGOING_WORDS: ReadonlySet<string> = new Set([
  'ongoing',
  'continuous',
  'continuously',
  'continual',
  'continually',
  'continuing',
  // "Immediately and with constant monitoring": continuing work, no deadline.
  'constant',
  'constantly',
  'throughout',
  'rolling',
  'indefinite',
  'permanent',
  // Dutch: "Doorlopend" (running on), as a board's decisions list writes it in its by-when column.
  'doorlopend',
])

/** Words that say the work has begun (the date that follows is a start, not a deadline). */
export const STARTED_WORDS: ReadonlySet<string> = new Set([
  'started',
  'start',
  'starting',
  'starts',
  'began',
  'begun',
  'begin',
  'beginning',
  'commenced',
  'commencing',
  'commence',
  'since',
  'from',
  'onwards',
  'onward',
])

/**
 * Labels that open a window whose end the cell gives later: "start 7 April 2017 … end 22 May 2017", "opens
 * October 2019 (closes November 2019)". "Start" and "from" are started words already; "opens" only counts here.
 */
export const WINDOW_OPEN_WORDS: ReadonlySet<string> = new Set(['opens', 'open', 'opening'])

/** Labels that close that window: "end 22 May 2017", "closes November 2019", "Completion date is July 2001". */
export const WINDOW_CLOSE_WORDS: ReadonlySet<string> = new Set([
  'end',
  'ends',
  'ending',
  'close',
  'closes',
  'closing',
  'completion',
  'finish',
  'finishes',
])

/** Words that say the work is finished. */
export const COMPLETED_WORDS: ReadonlySet<string> = new Set([
  'complete',
  'completed',
  'done',
  'achieved',
  'finished',
  // "Actioned Aug 2012" in a progress note: done then.
  'actioned',
  // "Hearing sessions have now closed.", "Consultation closed: 18/05/16": a consultation or hearing that has closed
  // is over ("closes 18/05/16" is still a deadline).
  'closed',
])

/**
 * Past participles that report an event as having taken place on the date beside them ("Inaugural meeting
 * held November 2012", "December 2016 – Endorsed"): the date is when it was done, as after "completed".
 * Not after "be" ("to be approved March 2017") and not before "by" ("approved by June 2020"): those are deadlines.
 */
export const EVENT_DONE_WORDS: ReadonlySet<string> = new Set([
  'held',
  'endorsed',
  'approved',
  'launched',
  'published',
  'adopted',
  'ratified',
  'signed',
  // "DIAP Reference Group formed February 2020": a body set up on that date.
  'formed',
  'established',
  'appointed',
  // "June 2018 – Preferred Design Concept Selected", "Contract awarded May 2019".
  'selected',
  'awarded',
])

/** Words that say the date is not known yet; they never yield a date themselves. */
export const UNKNOWN_WORDS: ReadonlySet<string> = new Set([
  'tbc',
  'tbd',
  'tba',
  'asap',
  'unknown',
  'unclear',
  'pending',
  'na',
])

/** Words that mark the next date as one that no longer applies ("Dec 2019 (originally June 2019)"). */
export const SUPERSEDED_WORDS: ReadonlySet<string> = new Set(['previously', 'originally', 'formerly'])

/** Words that mark the date after them as the old one only when "from" follows ("revised from Dec 2019"). */
export const CHANGED_WORDS: ReadonlySet<string> = new Set([
  'revised',
  'moved',
  'changed',
  'rescheduled',
  'postponed',
  'deferred',
  'delayed',
  'extended',
])

/** Words that cap a deadline one day before the date that follows. */
export const BEFORE_WORDS: ReadonlySet<string> = new Set(['before', 'prior', 'ahead'])

/** Words before a date that start the work once that date is over: "Beyond Spring 2021", "following May 2021". */
export const AFTER_WORDS: ReadonlySet<string> = new Set(['after', 'beyond', 'post', 'following'])

/** Words between two dates that make them a range. */
export const RANGE_WORDS: ReadonlySet<string> = new Set([
  'to',
  'until',
  'till',
  'til',
  'through',
  'thru',
  'into',
])

/** Words that may stand right before a month or season named without a year ("by June"). */
export const LEAD_WORDS: ReadonlySet<string> = new Set([
  'by',
  // "Ongoing – reported July, annually", "Review February annually": the month a report or review is due.
  'reported',
  'report',
  'review',
  'reviewed',
  'in',
  'of',
  'end',
  'until',
  'till',
  'before',
  'from',
  'since',
  'during',
  'to',
  'and',
  'or',
  'between',
  'early',
  'mid',
  'late',
  'next',
  'this',
  'round',
  'started',
  'completed',
  'complete',
  'annually',
  'every',
  'each',
])

/**
 * Words that put work across a whole period, before "the" and a month or season named without a year: "Over the
 * summer", "throughout the winter", "across the spring" read as "during the summer" does. Only with "the" between:
 * "over May" and "across March" are not read as leads.
 */
export const WINDOW_LEAD_WORDS: ReadonlySet<string> = new Set(['over', 'throughout', 'across'])

/**
 * Lead words for a month named without a year: the `LEAD_WORDS`, and "at", as in "Annually at May meeting",
 * "at the June board" (a month after "at" is when the meeting is; a season after it stays prose: "at the
 * Summer School").
 */
export const MONTH_LEAD_WORDS: ReadonlySet<string> = new Set([...LEAD_WORDS, 'at'])

/** Names of the days of the week, full and short ("Mon 17 - Sat 22 July", "every Thursday"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'weds',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
])

/**
 * Past-tense verbs a progress page uses to report what was done on the date beside them ("We updated our policy
 * in July 2024", "In May 2017 the University joined the Commitment", "a consultation which concluded on 28th April
 * 2023"): the date is when it was done, as after an event word. `scan` reads them with the event words' guards
 * (not after "be", not before "by") and two more: not after a determiner ("an updated plan for 2026/27" is an
 * adjective) and, after "was"/"were"/"been", only with the date after the verb ("The Action Plan for November 2018
 * to October 2020 was submitted" dates the plan, not the submission). "Carried out" is read as one of them.
 */
export const REPORTED_DONE_WORDS: ReadonlySet<string> = new Set([
  'concluded',
  'submitted',
  'updated',
  'opened',
  'joined',
  'retained',
  'renewed',
  'became',
  'introduced',
  'obtained',
  'gained',
  'secured',
  'hosted',
  // From progress pages outside the UK: "was distributed in June 2021", "released a report in February
  // 2024", "The two-week public comment period closed 24 September 2019", "In January 2019, … identified key
  // tasks", "returned it with feedback to the HSE in June 2023", "received by the Library Board … in August".
  'distributed',
  'released',
  // "Consultation ended: 18/05/16", "The consultation period ended on 28 April 2023".
  'ended',
  'identified',
  'presented',
  'received',
  'returned',
  'underwent',
  'contributed',
  // "The Action Plan was drafted during December 2020 through January 2021", "Consultations took place
  // from January through to February 2021", "the actions we took in the 2023-2024 school year".
  'drafted',
  'took',
  // "In February 2013 the Prime Minister asked …", "in 2022/23, the University invested substantially in …".
  'asked',
  'invested',
])
