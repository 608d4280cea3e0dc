/**
 * A lead named with their helpers in brackets: "Jeremy (Ewan, Jens...)", "Priya (Tom, Ade)". An action log writes
 * the person who leads an action first and the people who work on it with them in brackets; each is an owner.
 * Only a bracket that lists two or more names, each one or two capitalised words (a trailing "..." or "etc." is
 * dropped), after a lead of at most four words: "Head of HR (Jane Smith)" names one person in two ways and
 * "Registry (exams, admissions)" lists subjects, so both stay one owner. Returns the owners, or the name alone.
 *
 * @example
 * helpersInBrackets('Jeremy (Ewan, Jens...)') // ['Jeremy', 'Ewan', 'Jens']
 * helpersInBrackets('Head of HR (Jane Smith)') // ['Head of HR (Jane Smith)']
 */
export function helpersInBrackets(name: string): string[] {
  if (name.length > 120 || !name.endsWith(')')) return [name]
  const open = name.indexOf('(')
  if (open <= 0 || name.indexOf('(', open + 1) >= 0) return [name]
  const lead = name.slice(0, open).trim()
  if (lead === '' || lead.split(/\s+/).length > 4) return [name]
  const items = name
    .slice(open + 1, -1)
    .split(',')
    .map((item) => item.trim().replace(/\s{0,3}(?:\.{2,3}|…|etc\.?)$/i, ''))
    .filter((item) => item !== '')
  if (items.length < 2 || !items.every((item) => personName.test(item))) return [name]
  return [lead, ...items]
}

/** One or two capitalised words: a first name, or a first name and a surname. */
const personName = /^[A-Z][a-z'’-]{1,20}(?:\s[A-Z][a-z'’-]{1,20})?$/
