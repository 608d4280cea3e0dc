import type { ImportIssue } from '@techcommit/core'

/** Why a workbook or document could not be read at all. Each becomes one error issue with this code. */
export type OfficeProblemCode =
  | 'not-office-file'
  | 'old-binary-format'
  | 'password-protected'
  | 'truncated-zip'
  | 'corrupt-zip'
  | 'zip-too-large'
  | 'zip-too-many-entries'
  | 'unsupported-zip'
  | 'missing-part'
  | 'xml-doctype'
  | 'bad-xml'

/**
 * Thrown inside the readers when the file cannot be read any further; the public functions catch it and return
 * it as an error issue, so bad files are data, never an exception the caller must expect.
 */
export class OfficeFileProblem extends Error {
  readonly code: OfficeProblemCode
  constructor(code: OfficeProblemCode, message: string) {
    super(message)
    this.name = 'OfficeFileProblem'
    this.code = code
  }

  toIssue(): ImportIssue {
    return {
      code: this.code,
      severity: 'error',
      row: null,
      column: null,
      columnName: null,
      message: this.message,
    }
  }
}
