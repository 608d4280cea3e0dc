import type { Action, Plan } from '@techcommit/core'

// A small self-contained builder: child processes must not import @techcommit/core/testing, which loads
// vitest.
export function planForChild(id: string, generation: number, actionCount: number): Plan {
  const actions: Action[] = Array.from({ length: actionCount }, (_, i) => ({
    id: `${id}-${generation}-${i}`,
    ref: String(i + 1),
    title: `Action ${i + 1} of generation ${generation}`,
    description: 'Run a technician showcase and publish the results.',
    section: null,
    pillars: [['V', 'R', 'C', 'S'][i % 4]!],
    pillarsText: '',
    owners: ['SRM'],
    ownersText: 'SRM',
    target: {
      text: 'July 2026',
      kind: 'due',
      start: '2026-07-01',
      end: '2026-07-31',
      due: '2026-07-31',
      precision: 'month',
      confidence: 1,
      warnings: [],
      parts: [],
      alternatives: [],
    },
    successMeasures: [],
    status: {
      text: '',
      state: 'not-started',
      completedOn: null,
      percent: null,
      reportedRag: null,
      note: null,
    },
    notes: null,
    updates: [],
    extra: [],
  }))
  return {
    id,
    institution: null,
    // The manifest the crash test checks a plan against.
    title: `manifest generation=${generation} actions=${actionCount}`,
    period: { text: null, start: null, end: null },
    taxonomy: 'technician-commitment',
    dateContext: {},
    actions,
  }
}
