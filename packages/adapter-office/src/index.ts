// @techcommit/adapter-office — Excel workbooks and Word documents → tables (with merged cells) → plans, in
// Node and the browser. Data flows: bytes → openZip (capped, streamed inflate) → readXmlPart (SAX, no DTD) →
// readXlsxTables / readDocxTables → fillMerges → core tableToPlan per table → the plan table(s) → Plan.

export type {
  CellMerge,
  ImportOfficePlanOptions,
  OfficeLimits,
  OfficeTable,
  OfficeTables,
  ReadOfficeOptions,
} from './officeOptions'
export type { OfficeInput } from './toBytes'
export type { OfficePlanImport } from './importOfficeTables'
export { readXlsxTables } from './readXlsxTables'
export { readDocxTables } from './readDocxTables'
export { fillMerges } from './fillMerges'
export { importXlsxPlan } from './importXlsxPlan'
export { importDocxPlan } from './importDocxPlan'
export { importOfficePlan } from './importOfficePlan'
export { type OfficeFormat, sniffOfficeFormat } from './sniffOfficeFormat'
