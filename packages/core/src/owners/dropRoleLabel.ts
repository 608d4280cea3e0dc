/** "Lead:", "Co-lead:", "Support:", "Supported by:", "Responsible:": a label naming the owner's role. */
const roleLabel =
  /^(?:co-?leads?|leads?|support(?:ed by|ing)?|responsible|accountable|owners?)\s{0,2}:\s{0,3}(?=\S)/i
/**
 * "Lead GM Corporate Services", "Lead BM People & Capability": "Lead" with no colon before a post's initials and the
 * portfolio the post heads. Group 1 is the post. Bounded and anchored.
 */
const leadBeforePost = /^[Ll]ead\s{1,2}([A-Z]{2,4}\s{1,2}[A-Z][^\n]{1,80})$/
/** A person's role ending a name ("Lead IT Technician", "Lead HR Partner"): the whole is one post, "Lead" and all. */
const personRole =
  /\b(?:technicians?|officers?|managers?|partners?|advis[oe]rs?|assistants?|engineers?|specialists?|co-?ordinators?|administrators?|analysts?|scientists?|directors?|heads?|leads?|consultants?)$/i

/** "(lead)", "(co-lead)", "(joint lead)", "(chair)", "(coordinator)" after a name: the part the owner plays. */
const roleMark = /\s{0,3}\((?:co-?|joint\s)?(?:lead|chair|co-?ordinator|convenor|sponsor)\)$/i
/** "(for the survey)", "(for FRI resources)" after a name: the part of the work the owner takes, not part of the name. */
const scopeMark = /\s{0,3}\(for\s[^()]{1,80}\)$/i

/**
 * An owner without the label or mark that names their role in the action ("Support: Communications" →
 * "Communications", "Lead: Head of School" → "Head of School", "HR (lead)" → "HR", and "Lead" before a post's
 * initials and portfolio, "Lead GM Corporate Services" → "GM Corporate Services", while "Lead IT Technician" is one
 * post) or the part of the work they
 * take ("HR (for the staff survey)" → "HR"): the plan says who, and the label only says how they take part. The name is returned as it was when no such label opens it or mark ends it.
 *
 * @example
 * dropRoleLabel('Support: Communications') // 'Communications'
 * dropRoleLabel('Estates (co-lead)') // 'Estates'
 * dropRoleLabel('Estates (for the car parks)') // 'Estates'
 * dropRoleLabel('Lead GM Corporate Services') // 'GM Corporate Services'
 * dropRoleLabel('Head of School') // 'Head of School'
 */
export function dropRoleLabel(name: string): string {
  const label = roleLabel.exec(name)
  const post = label === null ? leadBeforePost.exec(name) : null
  const named =
    label !== null
      ? name.slice(label[0].length)
      : post !== null && !personRole.test(post[1]!.trim())
        ? post[1]!
        : name
  const mark = named.endsWith(')') ? (roleMark.exec(named) ?? scopeMark.exec(named)) : null
  return mark === null || mark.index === 0 ? named : named.slice(0, mark.index)
}
