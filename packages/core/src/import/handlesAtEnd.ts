import { HANDLE } from './codeHostHandle'
import { bracketAtEnd } from './bracketAtEnd'

/** "@alanshaw", "@hugo-mrdias": a code host's user handle (up to 39 characters, as GitHub allows). */
const handle = new RegExp(`^${HANDLE}$`)
/** Handles joined as the owners of one item: "@a, @b", "@a and @b", "@a & @b", "@a/@b". */
const joiner = /\s{0,2}(?:,|\/|&|\band\b)\s{0,2}/
/** A spaced dash before the owners: " - ", " – ", " — ". */
const dashes = [' - ', ' – ', ' — '] as const
/** At most this many handles own one item. */
const maxHandles = 4
/** A role noted after a handle in brackets, after a spaced dash: "@ivo - reviewer", "@ivo – plays the sceptic". */
const roleNote = new RegExp(String.raw`^(${HANDLE}) [-–—] [^@()[\]]{1,40}$`)

/**
 * The owners an item names by their user handles at its end, as project teams on GitHub and GitLab write their OKRs,
 * roadmaps and task lists: after a spaced dash ("A daemon runs for 10 days without a crash - @alanshaw", "Cut CI
 * time by half — @alanshaw, @hugomrdias") or in brackets ("Publish the docs site (@diasdavid)"). Only handles count:
 * every part of the tail must be one ("- @alanshaw and Jane" is not read), so words after a dash ("- Phase 2") never
 * name an owner. A role noted after a handle in the brackets ("(@ana, @bo - second reader)") is no part of its
 * name. The handles are kept as written, with their "@". Returns [] otherwise.
 *
 * @example
 * handlesAtEnd('Onboard two new contributors - @diasdavid') // ['@diasdavid']
 * handlesAtEnd('Ship the release notes (@ana, @bo)') // ['@ana', '@bo']
 * handlesAtEnd('Ship the release notes - Phase 2') // []
 * handlesAtEnd('Ship the release notes (@ana, @bo - proofreads)') // ['@ana', '@bo']
 */
export function handlesAtEnd(title: string): string[] {
  const text = title.trimEnd()
  if (!text.includes('@')) return []
  const tail = tailOf(text.slice(-160))
  const names = tail.inBrackets
    ? tail.text.split(joiner).map((name) => roleNote.exec(name.trim())?.[1] ?? name.trim())
    : tail.text.trim().split(joiner)
  if (names.length > maxHandles || !names.every((name) => handle.test(name))) return []
  return names
}

/** What follows the item's last spaced dash, or its closing bracket's contents; '' when neither ends it. */
function tailOf(text: string): { text: string; inBrackets: boolean } {
  const bracket = bracketAtEnd(text)
  if (bracket !== null) return { text: bracket.inner.trim(), inBrackets: true }
  const at = Math.max(...dashes.map((dash) => text.lastIndexOf(dash)))
  return { text: at <= 0 ? '' : text.slice(at + 3).replace(/\.$/, ''), inBrackets: false }
}
