// Inputs that used to take seconds, each timed at N and 8N in this process. Run from the repo root:
//   node_modules/.bin/tsx --conditions=@techcommit/source bench/importBadInput.ts [--quick] [--no-write]
// A linear import takes about 8× as long at 8N; the target is a time ratio ≤ 10 (a quadratic one shows ~64). The
// sizes are the (8N): (a) a ref repeated on every row ("No.,Action" then "1,x", 20,000 rows); (b) a long
// run of continuation rows ("1,start,d" then ",more,more", 60,000 rows); (c) readCsvRows given an async iterable
// of 64-byte chunks holding one 900 KB quoted record; (d) a bulleted label of words with no item number before its
// colon (1 MB), (f) a coded ref before a long run of spaces (1 MB), each the action cell of a table whose other
// action cells are labelled ("• Key recommendation 3: …", "AFI 3 - …") so that the import peels a ref from every
// action cell, the hostile one included; (e) a page of ref lines over their titles (20,000 items, 60,001 lines).
//
// (d) and (f) go through tableToPlan with `limits.maxCellLength` raised above the cell: by default the import cuts
// a cell at 32,767 characters (with an issue), so a 1 MB cell never reaches a reader whole. The two peel functions
// alone (peelItemLabel, peelCodedRef) read 0.00 ms at any size, rightly: their patterns are anchored and bounded,
// so they give up within the first 70 or so characters of any cell; what grows with the cell is the import around
// them (whitespace, dates, owners), which this times.
//
// Method, for steady figures on a shared machine: every input is built before the clock starts. A sample is as
// many calls in a row as last about 25 ms, run after a full garbage collection, and gives the time of one call: a
// call of a millisecond or two is mostly timer and scheduler noise, and a lone small call leaves its garbage to be
// collected after the clock stops, where calls in a row each pay for collecting what the one before left, as in a
// program. After a warm-up, each round takes a sample at N and then at 8N; the ratio reported is the median of the
// rounds' own ratios (a busy machine slows both sizes of a round alike), the times the medians of the rounds. The
// ratio is also given in CPU time (user + system, all threads), which a busy machine disturbs less than wall time.
// Until round 11 the best of three single calls was kept: at N a call the young generation absorbed without any
// collection was picked, at 8N none is, so the ratio measured the collector's timing and swung from 4.5 to 21.
//
// Fresh pages (the last column, round 12): the minor page faults of one call, i.e. 4 KB pages of memory the call
// took fresh from the system. V8 keeps a string or array larger than 128 KB (an array of more than about 16,000
// elements) in its large-object space, each in new memory, so each of its pages faults once when written; smaller
// objects reuse the young generation's pages and fault none. On the machine these figures come from (two cores
// of a Firecracker VM) a fault costs 10–40 µs (an ordinary host takes about a µs; not measured here): joining
// 16 KB strings into one takes 0.03 ms and 0 faults for 7 of them (112 KB), 2.2 ms and 34 faults for 8 (128 KB),
// 6–10 ms (4 ms of CPU) and 229 faults for 55 (880 KB). That is a step at a size, not growth with the size, and it
// is why two rows can read above 10 here:
//   (c) the record's one cell is 112,500 characters at N, under the limit (0 faults), and 900,000 at 8N, one
//       900 KB string (221 faults): 0 faults at 112,500 and 125,000 characters, 35 at 135,000, 111 at 450,000,
//       one per 4 KB of the cell. The reader itself takes no other fresh pages since round 12 (a new 16 KB array
//       for every 16 KB gathered had taken 205 more at 8N).
//       Round 13 checked that all 221 are the cell the call returns (900,000 one-byte characters: 220 pages and a
//       header): the text waits in 16 KB pieces (young-generation strings, no faults) until its closing quote and
//       is joined once, the one copy a flat string needs. Returned as a V8 rope (pieces joined by `+`) it would
//       take none here, but its first reader would make the same 900 KB copy (tableToPlan cuts a long cell with
//       `slice`, which flattens it first): that moves the cost out of the clock, so it was not done.
//   (e) the result keeps arrays of 20,002 rows, their source rows and source columns (160 KB each, 40 pages),
//       and 40,000 merged rows (320 KB, 79 pages). Since round 13 each is made once, at its size
//       (createOneColumnTable, createChunkedList): 0 faults up to 8,000 items, 41 at 10,000, 63 at 15,000, 203
//       at 20,000, that floor. Before, the records were an array of their own and every array grew by `push`, a
//       large copy each time it filled: 46 faults at 8,000, 114 at 15,000, 396 at 20,000 (922 before round 12,
//       when the page's 60,000 lines were also held as objects and refs). Until round 34 this row read 322 at
//       8N, not 203: called without the import's page lines, the reader made its own array of all 60,001 (480 KB,
//       117 pages) only to read it in order; it now reads each row's line as it reaches it.
//   Round 34 measured the fault's cost on this machine by itself: joining 55 pieces of 16 KB into one 900 KB
//   string takes ~5 ms of CPU at 8N (221 faults, ~22 µs each) and 0.02 ms at N; the rest of (c) grows ~5-8×.
//   Both rows are now at the floor their result sets, so what they read above 8 is that result's faults against
//   the call's time at N: ratio ≈ 8 + faults × (cost of a fault) / (ms at N).
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { readCsvRows } from '../packages/adapter-csv/src/index'
import { handlesOpeningItem } from '../packages/core/src/import/handlesOpeningItem'
import { initialsOfPeople } from '../packages/core/src/import/ownersInitialledAtEnd'
import { pageLines } from '../packages/core/src/import/oneColumnRecords'
import { readActionTaggedLines } from '../packages/core/src/import/readActionTaggedLines'
import { readBareActionMarks } from '../packages/core/src/import/readBareActionMarks'
import { readBusinessArisingItems } from '../packages/core/src/import/readBusinessArisingItems'
import { readOwnerLedActionItems } from '../packages/core/src/import/readOwnerLedActionItems'
import { readRefLineRecords } from '../packages/core/src/import/readRefLineRecords'
import { readRemedyHeadings } from '../packages/core/src/import/readRemedyHeadings'
import { readMeetingIdRecords } from '../packages/core/src/import/readMeetingIdRecords'
import { readOwnerCodedActionPoints } from '../packages/core/src/import/readOwnerCodedActionPoints'
import { readStageLabelledLines } from '../packages/core/src/import/readStageLabelledLines'
import { loneTaskRun } from '../packages/core/src/import/loneTaskRun'
import { readStepsUnderOwnerLines } from '../packages/core/src/import/readStepsUnderOwnerLines'
import { readTildeOwnerLines } from '../packages/core/src/import/readTildeOwnerLines'
import { readTodoBlocksUnderNames } from '../packages/core/src/import/readTodoBlocksUnderNames'
import { statusFromPendingWork } from '../packages/core/src/import/statusFromPendingWork'
import { labelledWork } from '../packages/core/src/import/splitActionLabelLines'
import { parseTargetDate } from '../packages/core/src/index'
import { tableToPlan } from '../packages/core/src/index'

const quick = process.argv.includes('--quick')
/** `--quick` or `--no-write`: print the table only, leaving bench/results as it is. */
const write = !quick && !process.argv.includes('--no-write')
const rounds = quick ? 3 : 9

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

const repeated = (n: number) => [['No.', 'Action'], ...Array.from({ length: n }, () => ['1', 'x'])]
const continued = (n: number) => [
  ['No.', 'Action', 'Detail'],
  ['1', 'start', 'd'],
  ...Array.from({ length: n }, () => ['', 'more', 'more']),
]
function longRecord(chars: number): () => AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(`No.,Action\n1,"${'x'.repeat(chars)}"\n`)
  return async function* () {
    for (let i = 0; i < bytes.length; i += 64) yield bytes.subarray(i, i + 64)
  }
}
/** Four labelled action cells, the hostile one, a fifth: the import peels a ref from each. */
function amongLabelled(hostile: string, label: (k: number) => string): string[][] {
  const rows = [
    ['Action', 'Owner'],
    ...[1, 2, 3, 4].map((k) => [label(k), 'Jo']),
    [hostile, 'Al'],
    [label(5), 'Jo'],
  ]
  // Flat before the clock: a string built by `+` is flattened by its first reader, which is not the import's cost.
  for (const row of rows) for (const cell of row) void cell.charCodeAt(cell.length >> 1)
  return rows
}
const hostileCell = { limits: { maxCellLength: 2_000_000 } }
const refLines = (n: number) => {
  const lines: string[][] = [['Plan']]
  for (let i = 1; i <= n; i++)
    lines.push([`${i % 900}.${i % 7}.A`], [`Do the work of item ${i}`], ['• a step'])
  return lines
}

/** A case: its name, N, and a function that builds the input of a size and returns the call to time. */
const cases: [string, number, (n: number) => () => unknown][] = [
  [
    'ref repeated on every row (rows)',
    2_500,
    (n) => {
      const table = repeated(n)
      return () => tableToPlan(table)
    },
  ],
  [
    'continuation rows (rows)',
    7_500,
    (n) => {
      const table = continued(n)
      return () => tableToPlan(table)
    },
  ],
  [
    'one record in 64-byte chunks (characters)',
    112_500,
    (n) => {
      // The bytes are made once, here; each call only opens a new iterator over them. (Until round 12 each call
      // built and encoded its 900 KB text inside the clock: 221 of its 442 fresh pages at 8N.)
      const chunks = longRecord(n)
      return () => readCsvRows(chunks())
    },
  ],
  [
    'a label of words with no number before its colon (words)',
    25_000,
    (n) => {
      const table = amongLabelled(
        `• ${'word '.repeat(n)}1:`,
        (k) => `• Key recommendation ${k}: Publish report ${k}`,
      )
      return () => tableToPlan(table, hostileCell)
    },
  ],
  [
    'a page of ref lines over their titles (items)',
    2_500,
    (n) => {
      const page = refLines(n)
      return () => readRefLineRecords(page)
    },
  ],
  [
    'a coded ref before a run of spaces (spaces)',
    125_000,
    (n) => {
      const table = amongLabelled(`ABCDE 111 ${' '.repeat(n)}x`, (k) => `AFI ${k} - Quality assure area ${k}`)
      return () => tableToPlan(table, hostileCell)
    },
  ],
  // One-column readers on pages of near misses (lines that almost open their layout); their tests read the same
  // pages at 8N for what they return, and the time is measured here, never in a test.
  ...readerPages(),
]

/** A one-column page: one line per row. */
const column = (lines: readonly string[]) => lines.map((line) => [line])

function readerPages(): [string, number, (n: number) => () => unknown][] {
  return [
    [
      'reader page: labels that name no owner (lines)',
      2_500,
      (n) => {
        const page = Array.from({ length: n }, (_, i) => ({
          index: i,
          text: i % 2 ? `ACTION:${' '.repeat(30)}${'ab '.repeat(60)}` : `AP [ ${'Gwen '.repeat(30)}`,
        }))
        return () => readBareActionMarks(page)
      },
    ],
    [
      'reader page: owner lines over numbered steps (blocks)',
      5_000,
      (n) => {
        const page = [['Plan']]
        for (let k = 0; k < n; k++)
          page.push([`Area ${k}: ana${k} will`], ['1. Do the first step'], ['2. Do the next'], ['Note'])
        return () => readStepsUnderOwnerLines(page)
      },
    ],
    [
      'reader page: stage labels with no work under them (lines)',
      20_000,
      (n) => {
        const page = [['Plan'], ...Array.from({ length: n }, (_, k) => [`Sprint ${(k % 2) + 1}: work`])]
        const lines = pageLines(page, 'join')
        return () => readStageLabelledLines(page, lines)
      },
    ],
    [
      'reader page: a tilde before lower-case words (lines)',
      2_500,
      (n) => {
        const page = column([
          'Plan',
          ...Array.from(
            { length: n },
            () => `${'word '.repeat(50)}~ lower case words that never end in a name`,
          ),
        ])
        return () => readTildeOwnerLines(page)
      },
    ],
    [
      'reader page: action point codes with no text after them (lines)',
      20_000,
      (n) => {
        const page = column(['Minutes', ...Array.from({ length: n }, (_, i) => `AP/${i}/${i % 9}/JT`)])
        return () => readOwnerCodedActionPoints(page)
      },
    ],
    [
      'reader page: meeting ids with no text under them (lines)',
      160_000,
      (n) => {
        const page = column(['Minutes', ...Array.from({ length: n }, (_, i) => `20310402-${i % 999}`)])
        return () => readMeetingIdRecords(page)
      },
    ],
    [
      'reader page: numbered topics of the business arising with no notes (lines)',
      20_000,
      (n) => {
        const page = [
          { index: 0, text: 'Club committee' },
          { index: 1, text: 'Matters arising' },
          // Every line a numbered topic and none with a note under it: the reader walks the whole list, then declines.
          ...Array.from({ length: n }, (_, i) => ({
            index: i + 2,
            text: `${(i % 99) + 1}. Topic ${'word '.repeat(6)}`,
          })),
        ]
        return () => readBusinessArisingItems(page)
      },
    ],
    [
      'reader page: a short line then a status sentence (lines)',
      2_500,
      (n) => {
        const page = column(
          Array.from({ length: n }, (_, i) => (i % 2 ? 'Ongoing.' : `Wren and the ${i} trailers`)),
        )
        return () => readOwnerLedActionItems(page)
      },
    ],
    [
      'reader page: owner-led items under their headings (lines)',
      2_500,
      (n) => {
        const page = [['Allotment society, notes']]
        for (let i = 0; page.length < n; i++)
          page.push([
            i % 10 === 0 ? 'Action items:' : `${i % 3 ? 'Rosa' : 'Dev'}: water bed ${i} before the show`,
          ])
        return () => readOwnerLedActionItems(page)
      },
    ],
    [
      'an owner-led item of many clauses among short ones (clauses)',
      55,
      (n) => {
        const long = `Rosa: ${'weed the beds by the gate, (then) the shed - '.repeat(n)}`
        const page = column([
          'Allotment society, notes',
          'Action items:',
          'Dev: mend the fence',
          long,
          'Ida will order seed',
        ])
        return () => readOwnerLedActionItems(page)
      },
    ],
    [
      'reader page: todo blocks under names (blocks)',
      2_500,
      (n) => {
        const page = [['Sync']]
        for (let k = 0; k < n; k++)
          page.push([`Person${String.fromCharCode(97 + (k % 26))}`], ['done.gif'], ['a'], ['todo.gif'], ['b'])
        return () => readTodoBlocksUnderNames(page)
      },
    ],
    [
      'reader page: remedy headings (items)',
      1_250,
      (n) => {
        const lines = ['Remediations']
        for (let i = 0; i < n; i++)
          lines.push(
            `Remedy number ${i} should be done`,
            `A paragraph explaining remedy ${i} at some length.`,
          )
        const page = column(lines)
        return () => readRemedyHeadings(page)
      },
    ],
    [
      'reader page: capitals that match no name as initials (lines)',
      2_500,
      (n) => {
        const page = column(
          Array.from({ length: n }, (_, i) => `Point ${i} raised by Ana Ruiz about the Hall ABCDE (XY)`),
        )
        return () => initialsOfPeople(page)
      },
    ],
    [
      'reader page: lone lines that are no run of tasks (lines)',
      2_500,
      (n) => {
        const page = Array.from({ length: n }, (_, i) => [
          '',
          i % 2 ? 'Governance and records' : `Staff ${'area '.repeat(40)}`,
        ])
        return () => loneTaskRun(page, 0, 1)
      },
    ],
    [
      'reader page: brackets opening "Action" before words in lower case (lines)',
      2_500,
      (n) => {
        const page = column([
          'Minutes',
          ...Array.from({ length: n }, () => `${'noted '.repeat(40)}(Action ${'x, '.repeat(20)}y)`),
        ])
        return () => readActionTaggedLines(page)
      },
    ],
    [
      'reader page: "Action" lines whose names never reach "to" (lines)',
      2_500,
      (n) => {
        const lines = Array.from({ length: n }, () => `${'Noted. Action Jo Jo Jo '.repeat(40)}.`)
        return () => lines.filter((line) => labelledWork(line) !== null).length
      },
    ],
    [
      'a title of handles joined by "and" (handles)',
      625,
      (n) => {
        const title = `${'@a and '.repeat(n)}@b`
        return () => handlesOpeningItem(title)
      },
    ],
    [
      'reader page: titles naming a pending thing, not the work waiting (actions)',
      2_500,
      (n) => {
        const { plan } = tableToPlan([
          ['Updates'],
          [`• Chase the pending invoices ${'and the caterer '.repeat(50)}`],
        ])
        const actions = Array.from({ length: n }, () => ({ ...plan.actions[0]! }))
        return () => statusFromPendingWork(actions, [])
      },
    ],
    [
      'a target of compact days in a row (days)',
      8,
      (n) => {
        const text = Array.from({ length: n }, () => '20240916').join(' ')
        return () => parseTargetDate(text)
      },
    ],
  ]
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const pageFaults = () => process.resourceUsage().minorPageFault

/** Time `reps` calls in a row, after a full GC; the time of one call, and the fresh memory pages it touched. */
async function time(
  run: () => unknown,
  reps: number,
): Promise<{ wall: number; cpu: number; faults: number }> {
  collectGarbage()
  const faults = pageFaults()
  const cpu = cpuMs()
  const wall = performance.now()
  for (let k = 0; k < reps; k++) await run()
  return {
    wall: (performance.now() - wall) / reps,
    cpu: (cpuMs() - cpu) / reps,
    faults: (pageFaults() - faults) / reps,
  }
}

/** Calls a sample needs to last about 25 ms: a call of a millisecond or two is mostly timer and scheduler noise. */
const repsFor = (ms: number) => Math.min(64, Math.max(1, Math.ceil(25 / Math.max(ms, 0.01))))

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')
const lines = [
  '# Pathological inputs at N and 8N (bench/importBadInput.ts)',
  '',
  `Node ${process.version}, ${cpus().length} cores, load ${load}; ${rounds} rounds after a warm-up; a sample is ~25 ms of calls after a full GC; ms per call and ratio are medians of the rounds.`,
  '',
  '| input | N | ms at N | ms at 8N | ratio (target ≤ 10) | ratio, CPU time | fresh pages per call, N → 8N |',
  '|---|---|---|---|---|---|---|',
]
for (const [name, n, make] of cases) {
  const small = make(n)
  const large = make(8 * n)
  // Warm-up, which also says how many calls make a sample of each size.
  const smallReps = repsFor((await time(small, 1)).wall)
  const largeReps = repsFor((await time(large, 1)).wall)
  const walls: [number, number][] = []
  const cpuRatios: number[] = []
  const faults: [number, number][] = []
  for (let r = 0; r < rounds; r++) {
    const a = await time(small, smallReps)
    const b = await time(large, largeReps)
    walls.push([a.wall, b.wall])
    cpuRatios.push(b.cpu / a.cpu)
    faults.push([a.faults, b.faults])
  }
  const ms = (k: 0 | 1) => median(walls.map((w) => w[k])).toFixed(2)
  const pages = (k: 0 | 1) => median(faults.map((f) => f[k])).toFixed(0)
  const ratio = median(walls.map(([a, b]) => b / a))
  lines.push(
    `| ${name} | ${n} | ${ms(0)} | ${ms(1)} | ${ratio.toFixed(1)} | ${median(cpuRatios).toFixed(1)} | ${pages(0)} → ${pages(1)} |`,
  )
}
const text = `${lines.join('\n')}\n`
console.log(text)
if (write) writeFileSync(join(dirname(fileURLToPath(import.meta.url)), 'results/importBadInput.md'), text)
