import { BULLET_MARKS } from './bulletMarks'

/** "• Leader training matrix.": one bulleted line whose item opens with a capital or a digit. Anchored and
 * bounded, so it cannot backtrack. */
const capitalBulletLine = new RegExp(`^[ \\t]{0,8}[${BULLET_MARKS}][ \\t]{1,12}(?=[\\p{Lu}\\d])`, 'u')

/** Any bulleted line: the aim is a sentence of its own, never a bullet. */
const bulletMark = new RegExp(`^[ \\t]{0,8}[${BULLET_MARKS}][ \\t]`)

/** "• Race", "• Religion/belief", "• Sex": a bullet of one word (or words joined by "/" or "-"), no full stop. */
const oneWordItem = new RegExp(
  `^[ \\t]{0,8}[${BULLET_MARKS}][ \\t]{1,12}[\\p{L}]{1,30}(?:[/-][\\p{L}]{1,30}){0,3}[ \\t]{0,8}$`,
  'u',
)

/** A shorter lead ("Ethnic Monitoring.") names the one action the bullets are the steps of, as a heading does. */
const minAimWords = 5

/**
 * A cell written as one whole sentence (five words or more, ending in a full stop, not a colon) over two or more
 * bulleted lines, each opening with a capital ("Widen access to funding.⏎• A bursary for part-time staff.⏎•
 * Travel grants."): the sentence is the aim the items serve, complete in itself, and each bullet is an item of
 * its own, not a step of the sentence, which introduces nothing. Bullets of one bare word each ("• Race", "•
 * Disability") name the members of something the sentence names, not items: the cell stays one action. Returns the aim and the bulleted lines as
 * written, else null. A lead line ending in a colon ("Embedded new framework of:") introduces its bullets, and a
 * short one ("Ethnic Monitoring.") names the one action they are the steps of: neither is read here.
 *
 * @example
 * aimOverBulletLines('Widen access to our funding.\n• A bursary.\n• Travel grants.')?.items
 * // ['• A bursary.', '• Travel grants.']
 * aimOverBulletLines('Run workshops:\n• on careers\n• on wellbeing') // null
 */
export function aimOverBulletLines(text: string): { aim: string; items: string[] } | null {
  if (!text.includes('\n')) return null
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const aim = (lines[0] ?? '').trim()
  if (!/[.!]$/.test(aim) || bulletMark.test(aim) || aim.split(/\s+/).length < minAimWords) return null
  const items = lines.slice(1)
  if (items.length < 2 || !items.every((line) => capitalBulletLine.test(line))) return null
  // "• Race", "• Religion/belief": bullets of one bare word name the members of something the sentence names
  // ("children with protected characteristics"), not items of work.
  if (items.every((line) => oneWordItem.test(line))) return null
  return { aim, items }
}
