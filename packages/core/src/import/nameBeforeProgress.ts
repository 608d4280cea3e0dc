import { opensWithVerb } from './itemsBesideCommitments'
import { statusAtStart } from './statusAtStart'

/** The name before the colon: two to twelve words, none ending a sentence, and no colon of its own. */
const nameThenColon = /^([^:.!?;]{3,120}?):\s{1,4}(?=\S)/
/** Short words a title-cased name leaves in lower case ("Training and Travel", "Budget for 3 Firefighters"). */
const minorWord = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|per|via|&)$/

/**
 * Splits an item written as its name, a colon, then what has been done about it ("Health and Wellness Committee: the
 * committee has run a walking challenge", "Emphasize Career Path Options During Annual Reviews: completed"), as a city's
 * or a council's quarterly progress update writes each strategy or project. The name is title-cased, as a heading
 * is (every word capitalised but the short joining words, numbers and brackets allowed: "2017 Budget for 3
 * Firefighters/Paramedics"), of two to twelve words; the text after the colon is the progress: a status ("completed")
 * or a statement opening in lower case that is not an instruction ("the RFP has been developed …"). Returns null for
 * any other text, so a theme before its action ("Staff Recruitment: advertise every post") or a sentence with a colon
 * keeps its words.
 *
 * @example
 * nameBeforeProgress('Volunteer Drivers Scheme: recruiting has begun in two wards')
 * // { name: 'Volunteer Drivers Scheme', progress: 'recruiting has begun in two wards' }
 * nameBeforeProgress('Staff Recruitment: advertise every post') // null
 */
export function nameBeforeProgress(text: string): { name: string; progress: string } | null {
  const match = nameThenColon.exec(text)
  if (match === null) return null
  const name = match[1]!.trim()
  const progress = text.slice(match[0].length).trim()
  if (!isTitleCased(name) || progress === '') return null
  if (statusAtStart(progress) !== null) return { name, progress }
  if (!/^[a-z]/.test(progress)) return null
  const capitalised = progress[0]!.toUpperCase() + progress.slice(1)
  return opensWithVerb(capitalised) ? null : { name, progress }
}

/** "Evaluate Benefits for 2017 Budget": two to twelve words, each capitalised, a number, or a short joining word. */
export function isTitleCased(name: string): boolean {
  const words = name.split(/\s+/)
  if (words.length < 2 || words.length > 12) return false
  let capitalised = 0
  for (const raw of words) {
    const word = raw.replace(/^[("'“]+|[)"'”,]+$/g, '')
    if (/^[A-Z]/.test(word)) capitalised++
    else if (!/^\d/.test(word) && !minorWord.test(word)) return false
  }
  return capitalised >= 2
}
