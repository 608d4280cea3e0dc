import { foldListOntoLead, type ListOntoLead } from './foldListOntoLead'

/** "(i) ", "(ii) ", "(a) ", "iii) ", "b) ": the marker of a clause in a drafted list. Bounded and anchored. */
const clauseMarker = /^\s{0,12}(?:\((?:[ivx]{1,5}|[a-h])\)|(?:[ivx]{1,5}|[a-h])\))\s{1,8}/
/** A clause that another follows ends in a semicolon, or in "; and" / "; or". Anchored at the end. */
const clauseEnd = /;(?:\s{0,3}(?:and|or))?\s{0,3}$/
/** A line longer than this is not read as a lead-in. */
const maxLeadLength = 600

/**
 * A line ending in a colon over clauses that finish its sentence, drafted as a parish plan's or a constitution's aims
 * are ("Aim P1 : To bring into being a management group which will ensure that :" over "(i) the recommendations are
 * pursued;", "(ii) the Plan is reviewed at intervals;", "(iii) its scope is extended."): the clauses are parts of
 * that one line, not items or headings of their own. They are joined onto it, separated by semicolons, and their rows
 * left empty, so a numbered line keeps its place right above the items numbered under it ("Action P1.1 …"). Only a
 * lone cell ending in a colon, over two or more lone cells each opening with a bracketed roman numeral or letter
 * and then a lower-case word, every one but the last ending in a semicolon, is read so; every other row is
 * returned as it is. Items in capitals, or not ended by semicolons ("I. Athena SWAN Bronze by 2019."), are a list
 * of their own.
 *
 * @example
 * foldSentenceClauses([['We will ensure that:'], ['(i) the plan is kept;'], ['(ii) it is reviewed.']])[0]
 * // ['We will ensure that: the plan is kept; it is reviewed.']
 */
export function foldSentenceClauses(rows: readonly (readonly string[])[]): readonly (readonly string[])[] {
  return foldListOntoLead(rows, sentenceClauses)
}

const sentenceClauses: ListOntoLead<true> = {
  maxLeadLength,
  lead: () => true,
  item: (cell) => {
    const marker = clauseMarker.exec(cell)
    return marker === null ? null : cell.slice(marker[0].length).trimEnd().replace(clauseEnd, '')
  },
  goesOn: (cell) => clauseEnd.test(cell.slice(-20)),
}
