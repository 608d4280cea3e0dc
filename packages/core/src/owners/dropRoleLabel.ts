/** "Lead:", "Co-lead:", "Support:", "Supported by:", "Responsible:": a label naming the owner's role. */
const roleLabel =
  /^(?:co-?leads?|leads?|support(?:ed by|ing)?|responsible|accountable|owners?)\s{0,2}:\s{0,3}(?=\S)/i
/** "(lead)", "(co-lead)", "(joint lead)", "(chair)", "(coordinator)" after a name: the part the owner plays. */
const roleMark = /\s{0,3}\((?:co-?|joint\s)?(?:lead|chair|co-?ordinator|convenor|sponsor)\)$/i
/** "(for the survey)", "(for FRI resources)" after a name: the part of the work the owner takes, not part of the name. */
const scopeMark = /\s{0,3}\(for\s[^()]{1,80}\)$/i

/**
 * An owner without the label or mark that names their role in the action ("Support: Communications" →
 * "Communications", "Lead: Head of School" → "Head of School", "HR (lead)" → "HR") or the part of the work they
 * take ("HR (for the staff survey)" → "HR"): the plan says who, and the label only says how they take part. The name is returned as it was when no such label opens it or mark ends it.
 *
 * @example
 * dropRoleLabel('Support: Communications') // 'Communications'
 * dropRoleLabel('Estates (co-lead)') // 'Estates'
 * dropRoleLabel('Estates (for the car parks)') // 'Estates'
 * dropRoleLabel('Head of School') // 'Head of School'
 */
export function dropRoleLabel(name: string): string {
  const label = roleLabel.exec(name)
  const named = label === null ? name : name.slice(label[0].length)
  const mark = named.endsWith(')') ? (roleMark.exec(named) ?? scopeMark.exec(named)) : null
  return mark === null || mark.index === 0 ? named : named.slice(0, mark.index)
}
