// @techcommit/adapter-csv — bytes, text and streams ⇄ rows ⇄ plans, in Node and the browser.
// Data flows: input → readCsvRows (decode, sep=, sniff, parse) → core tableToPlan → Plan;
// Plan → core planToRows → rowsToCsv → CSV text or bytes.

export type {
  CsvEncoding,
  CsvInput,
  CsvLimits,
  CsvRowBatch,
  CsvRows,
  ReadCsvRowsOptions,
  StreamCsvRowsOptions,
} from './csvOptions'
export { CsvLimitError, type CsvLimitName } from './CsvLimitError'
export { readCsvRows } from './readCsvRows'
export { readCsvRowsSync } from './readCsvRowsSync'
export { streamCsvRows } from './streamCsvRows'
export { sniffDelimiter } from './sniffDelimiter'
export { decodeWindows1252 } from './decodeWindows1252'
export { escapeFormula, unescapeFormula } from './escapeFormula'
export { importCsvPlan, type ImportCsvPlanOptions } from './importCsvPlan'
export { importCsvPlanStream, type PlanBatch } from './importCsvPlanStream'
export { rowsToCsv, type CsvWriteOptions } from './rowsToCsv'
export { exportPlanCsv } from './exportPlanCsv'
export { exportPlanCsvBytes } from './exportPlanCsvBytes'
