/** "Proposals by ", "Agreement by ", "Sign-off by ": the stage of the work a name answers for, then "by". Anchored,
 * bounded: linear on any line. */
const stageLabel =
  /^\s{0,8}(?:proposals?|agreement|approval|sign[- ]?off|drafts?|drafting|review|consultation|implementation|delivery|endorsement|ratification)\s{1,3}by\s{1,3}(?=\S)/i

/**
 * An owner line that names the stage each owner answers for ("Proposals by Jean Smith and User Group", "Agreement by
 * PSG", a project plan's "Drafting by Clerk" over "Approval by Council"): the owners are the names after "by", the
 * stage a note (the whole cell stays in `ownersText`). Every other line is returned as it is.
 *
 * @example
 * withoutStageLabel('Agreement by PSG') // 'PSG'
 * withoutStageLabel('Head of Review Services') // 'Head of Review Services'
 */
export function withoutStageLabel(line: string): string {
  const label = stageLabel.exec(line)
  return label === null ? line : line.slice(label[0].length)
}
