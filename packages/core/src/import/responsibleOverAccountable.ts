/** "Responsible", "Responsibility", "Responsibilities": who does the work. Anchored on word edges, bounded. */
const responsibleHeader = /\bresponsib(?:le|ility|ilities)\b/i
/** "Accountable", "Accountability": who answers for the work being done. */
const accountableHeader = /\baccountab(?:le|ility)\b/i
/** Headers are short; a longer one is a sentence, read no further. */
const maxHeaderLength = 200

/**
 * The columns of a table that heads one column with who is responsible and another with who is accountable
 * ("Responsibility | Accountability", "Responsible | Accountable"), as a management response or a RACI chart
 * does: the responsible column names those who do the work, the action's owners, however long its cells (a post's
 * full title, "Director, Centre for Research Services (Head of Evaluation)"); the accountable column names whom
 * they answer to, kept beside it. Null unless exactly one header names each, and no header names both.
 *
 * @example
 * responsibleOverAccountable(['Action', 'Responsibility', 'Accountability']) // { responsible: 1, accountable: 2 }
 * responsibleOverAccountable(['Action', 'Lead']) // null
 */
export function responsibleOverAccountable(
  headers: readonly string[],
): { readonly responsible: number; readonly accountable: number } | null {
  let responsible = -1
  let accountable = -1
  for (let column = 0; column < headers.length; column++) {
    const header = headers[column]!.slice(0, maxHeaderLength)
    const names = responsibleHeader.test(header)
    const answers = accountableHeader.test(header)
    if (names && answers) return null
    if (names) {
      if (responsible >= 0) return null
      responsible = column
    } else if (answers) {
      if (accountable >= 0) return null
      accountable = column
    }
  }
  return responsible >= 0 && accountable >= 0 ? { responsible, accountable } : null
}
