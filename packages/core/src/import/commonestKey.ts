/**
 * The key the most entries share and how many share it, as a one-column page's layout is told by the label most of
 * its lines open with ("Milestone: …", "Milestone 2: …"). Entries without a key (null) are passed over; of keys
 * shared equally often, the one seen first wins. `{ key: '', count: 0 }` when no entry has a key. One pass and one
 * count a key: linear in the entries.
 *
 * @example
 * commonestKey(['phase', null, 'milestone', 'milestone']) // { key: 'milestone', count: 2 }
 * commonestKey(['goal', 'phase', 'phase', 'goal']) // { key: 'goal', count: 2 }
 */
export function commonestKey(keys: Iterable<string | null>): { key: string; count: number } {
  const counts = new Map<string, number>()
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1)
  let best = { key: '', count: 0 }
  for (const [key, count] of counts) if (count > best.count) best = { key, count }
  return best
}
