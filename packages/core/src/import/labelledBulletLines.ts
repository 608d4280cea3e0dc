import { isUnfinishedLead } from './isUnfinishedLead'

/** A label longer than this many words is a sentence, not the name of the list under it. */
const maxLabelWords = 6

/** "• Develop Policy": one bulleted line. Anchored and bounded, so it cannot backtrack. */
const bulletLine = /^[ \t]{0,8}[•▪*–-][ \t]{1,4}(?=\S)/

/**
 * A cell written as a short label line ending in a colon over two or more bulleted lines ("Policy:⏎• Develop
 * Policy⏎• Communicate policy to staff"): the label names the list, and each bullet is an item. Returns the
 * label (colon dropped) and the bulleted lines as written, else null. A line the bullets finish ("Embedded a
 * new framework of:") is no label: its bullets are the parts of one action.
 *
 * @example
 * labelledBulletLines('Policy:\n• Develop Policy\n• Approve it')?.items // ['• Develop Policy', '• Approve it']
 * labelledBulletLines('Develop a policy:\nit must be public') // null
 * labelledBulletLines('A framework of:\n• Copyright\n• Research') // null
 */
export function labelledBulletLines(text: string): { label: string; items: string[] } | null {
  if (!text.includes('\n')) return null
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  const label = (lines[0] ?? '').trim()
  if (!label.endsWith(':') || label.split(/\s+/).length > maxLabelWords || isUnfinishedLead(label))
    return null
  const items = lines.slice(1)
  if (items.length < 2 || !items.every((line) => bulletLine.test(line))) return null
  return { label: label.slice(0, -1).trim(), items }
}
