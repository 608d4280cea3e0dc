import { ownerAtStart } from './ownerAtStart'
import { splitSentences } from './proseStep'

/** "All participants should …", "All members to …": the whole group, named by a plural noun, as the subject. */
const wholeGroup = /^(All [a-z]{3,20}s) (?:should|must|will|to) (?!be )[a-z]/

/** "Each service will …", "Every team to …": one of many things, not someone named. */
const eachOne = /^(?:each|every) /i

/**
 * The people a paragraph tasks, each named before "to" and the work at the start of one of its sentences: "Emma to publish the table.
 * Callum/Felix/Chiara to add a column." → Emma, Callum, Felix, Chiara; "All participants should take note …" → All
 * participants. Meeting notes write who takes an action on so in the lines under its heading. A pronoun ("He will
 * also …"), an instruction or a sentence about a thing ("Runbooks will sit …") names nobody. Slashed names are one owner each; repeats are
 * kept once, in the order written.
 *
 * @example
 * ownersTaskedInParagraph(['Ana to book the room. Ben/Cleo to bring the food.', 'He will also call the caterer.'])
 * // ['Ana', 'Ben', 'Cleo']
 */
export function ownersTaskedInParagraph(lines: readonly string[]): string[] {
  const owners: string[] = []
  for (const line of lines) {
    for (const sentence of splitSentences(line.slice(0, 2000))) {
      const group = wholeGroup.exec(sentence)
      const named = group === null ? ownerAtStart(sentence, 'name-first') : group[1]!
      // "Callum to add …" tasks Callum; "Runbooks will sit …" says what a thing will do.
      if (named === null || eachOne.test(named)) continue
      if (group === null && !sentence.startsWith(`${named} to `)) continue
      for (const name of group === null ? named.split(/\/| and | & /) : [named]) {
        const trimmed = name.trim()
        if (trimmed !== '' && !owners.includes(trimmed)) owners.push(trimmed)
      }
    }
  }
  return owners
}
