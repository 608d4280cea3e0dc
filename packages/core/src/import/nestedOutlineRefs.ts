import { hasText } from '../text/cleanCellText'

/** "5", "12": an agenda item's number, as the ref peeler leaves it. */
const numberRef = /^\d{1,3}$/
/** "(a)", "(b)": a lettered sub-item, as the ref peeler leaves it. */
const letterRef = /^\(([a-z])\)$/
/** A roman numeral up to x in brackets, alone: "(i)", "(iv)". */
const romanRef = /^\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\)$/
/** "(ii) Gliding Club …": a roman numeral in brackets opening a line the ref peeler left whole. Anchored, bounded. */
const romanOpening = /^\s{0,8}\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s{1,8}(?=\S)/
const numerals = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']

/** One item of a nested outline: its ref with its parents' ("6(a)(i)"), its text, and whether items sit under it. */
export interface OutlineItem {
  readonly ref: string
  readonly title: string
  /** Items of the next level follow it: it heads them, and is no action of its own. */
  readonly heading: boolean
}

type Level = 0 | 1 | 2

/**
 * The items of a one-column page written as a nested outline, as a parish council's or a board's minutes number
 * them: agenda items "5.", lettered sub-items "(a)", "(b)" under them, and roman ones "(i)", "(ii)" under those,
 * with notes between ("The Clerk confirmed …", "ACTION: …"). Each item's ref joins its parents' ("5(a)",
 * "6(a)(i)"), as the minutes cite them; an item with sub-items right below it heads them ({@link OutlineItem}
 * `heading`). "(i)" right after "(h)" is a letter. A roman numeral the ref peeler left on its line ("(ii) …") is
 * read when it follows the one before it ("(i)"). Returns null unless the page nests a lettered item under a
 * numbered one: a flat list keeps its refs as written. `refs` are the refs peeled from the rows (by 0-based row),
 * `titles` the rest of each row's text.
 *
 * @example
 * nestedOutlineRefs(['5', '(a)', '', '(b)'], ['Matters arising', 'Bus shelter', 'Quotes are in.', 'Verge'], 0)
 * // Map { 0 => { ref: '5', heading: true, … }, 1 => { ref: '5(a)', heading: false, … }, 3 => { ref: '5(b)', … } }
 */
export function nestedOutlineRefs(
  refs: readonly string[],
  titles: readonly string[],
  bodyStart: number,
): Map<number, OutlineItem> | null {
  const marked: { index: number; level: Level; mark: string; title: string }[] = []
  let letter: string | null = null
  let roman = -1
  let nested = false
  let number: string | null = null
  for (let index = bodyStart; index < titles.length; index++) {
    const ref = (refs[index] ?? '').trim()
    const title = titles[index] ?? ''
    if (ref === '' && !hasText(title)) continue
    const opening = ref === '' && roman >= 0 && title.length < 2_000 ? romanOpening.exec(title) : null
    if (opening !== null && numerals.indexOf(opening[1]!) === roman + 1) {
      roman++
      marked.push({ index, level: 2, mark: `(${opening[1]})`, title: title.slice(opening[0].length).trim() })
      continue
    }
    if (ref === '') continue
    const isRoman = romanRef.exec(ref)
    // "(i)" after "(h)" goes on the letters; after any other letter it opens the roman sub-items.
    if (
      isRoman !== null &&
      letter !== null &&
      letter !== 'h' &&
      numerals.indexOf(isRoman[1]!) === roman + 1
    ) {
      roman++
      marked.push({ index, level: 2, mark: ref, title })
    } else if (letterRef.test(ref)) {
      letter = letterRef.exec(ref)![1]!
      roman = -1
      if (number !== null) nested = true
      marked.push({ index, level: 1, mark: ref, title })
    } else if (numberRef.test(ref)) {
      number = ref
      letter = null
      roman = -1
      marked.push({ index, level: 0, mark: ref, title })
    } else return null
  }
  if (!nested) return null
  const items = new Map<number, OutlineItem>()
  const path: string[] = []
  marked.forEach((item, i) => {
    path.length = item.level
    while (path.length < item.level) path.push('')
    path[item.level] = item.mark
    const next = marked[i + 1]
    items.set(item.index, {
      ref: path.join(''),
      title: item.title,
      heading: next !== undefined && next.level > item.level,
    })
  })
  return items
}
