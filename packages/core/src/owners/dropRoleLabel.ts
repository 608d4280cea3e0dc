/** "Lead:", "Co-lead:", "Support:", "Supported by:", "Responsible:": a label naming the owner's role. */
const roleLabel =
  /^(?:co-?leads?|leads?|support(?:ed by|ing)?|responsible|accountable|owners?)\s{0,2}:\s{0,3}(?=\S)/i

/**
 * An owner without the label that names their role in the action ("Support: Communications" → "Communications",
 * "Lead: Head of School" → "Head of School"): the plan says who, and the label only says how they take part.
 * The name is returned as it was when no such label opens it.
 *
 * @example
 * dropRoleLabel('Support: Communications') // 'Communications'
 * dropRoleLabel('Head of School') // 'Head of School'
 */
export function dropRoleLabel(name: string): string {
  const label = roleLabel.exec(name)
  return label === null ? name : name.slice(label[0].length)
}
