import { ImportError } from '../errors'
import type { Action } from '../model/action'
import type { ImportIssue } from '../model/importIssue'
import type { Plan, PlanPeriod } from '../model/plan'
import { parseTargetDate } from '../dates/parseTargetDate'
import type { DateContext } from '../model/targetDate'
import type { Taxonomy } from '../model/taxonomySchema'
import { actionAsOwnSubAction } from './actionAsOwnSubAction'
import { bulletForFullStop } from './bulletForFullStop'
import { colonForListLeadIn } from './colonForListLeadIn'
import { foldIncludedParts } from './foldIncludedParts'
import { foldObjectList } from './foldObjectList'
import { foldSentenceClauses } from './foldSentenceClauses'
import { technicianCommitment } from '../taxonomy/technicianCommitment'
import { applyRevisedTarget } from './applyRevisedTarget'
import { applyCompletionDate, completionDateLegend } from './completionDateLegend'
import { assignGivenIds, createIdAssigner } from './assignActionIds'
import { type ActionDraft, buildAction } from './buildAction'
import { splitBulletedAction } from './splitBulletedAction'
import { leadAndDateCell } from './leadAndDateCell'
import { type StageInDateCell, stageNamesInDateColumn } from './stageNamesInDateColumn'
import { readActionTaggedLines } from './readActionTaggedLines'
import { readActionListsBesideDecisions } from './readActionListsBesideDecisions'
import { readBulletsOverIndentedNotes } from './readBulletsOverIndentedNotes'
import { splitLinedAction } from './splitLinedAction'
import { sharedTasks, splitSharedTask } from './splitSharedTask'
import { splitOwnerLedSentences } from './splitOwnerLedSentences'
import { splitLinesBesideDates } from './splitLinesBesideDates'
import { splitLinesBesideOwners } from './splitLinesBesideOwners'
import { splitActionLabelLines } from './splitActionLabelLines'
import { splitNumberedItems } from './splitNumberedItems'
import { splitPairedParagraphs } from './splitPairedParagraphs'
import { collapseWhitespace, hasText } from '../text/cleanCellText'
import { type ColumnField, columnFields, normalizeHeader } from './columnSynonyms'
import { createImportIssue } from './createImportIssue'
import { dispositionColumn } from './dispositionColumn'
import { createLetteredRefNumberer } from './createLetteredRefNumberer'
import { createGroupItemNumberer } from './createGroupItemNumberer'
import { saysNoAction } from './saysNoAction'
import type { DraftCell } from './readDraftCells'
import type { ColumnMap, ForcedColumn } from './mapColumns'
import { isCanonicalHeader } from './canonicalColumns'
import { readCanonicalPlan } from './readCanonicalPlan'
import { applyDateLegend } from './readDateLegend'
import { readTableBody } from './readTableBody'
import {
  assignColumns,
  type ColumnAssignment,
  type ColumnExplanation,
  refineColumnMap,
} from './assignColumns'
import { explainColumnMap, type ImportExplanation, type ImportRowKind } from './explainImport'
import { explainPlan } from './explainPlan'
import { explainRows } from './explainRows'
import { describeLegend, findDateLegend } from './findDateLegend'
import { findHeader, headerSearchRows } from './findHeader'
import { fillDittoMarks } from './fillDittoMarks'
import { fillMergedRegions } from './fillMergedRegions'
import { subTasksAsActions } from './subTasksAsActions'
import { milestoneHeadingsWithBadges } from './milestoneHeadingsWithBadges'
import { ownersFromRaciLetters } from './ownersFromRaciLetters'
import { noteLinesAtEnd } from './noteLinesAtEnd'
import { dropSharedIndent } from './dropSharedIndent'
import { dropBlankColumnsAtEnd } from './dropBlankColumnsAtEnd'
import { joinRefLabelRows } from './joinRefLabelRows'
import { findTable } from './findTable'
import { unfoldNumberedRow } from './unfoldNumberedRow'
import { unfoldNumberedColumns } from './unfoldNumberedColumns'
import { unfoldRunOnNumbers } from './unfoldRunOnNumbers'
import { numberingGap } from './numberingGap'
import { readPlanTitle } from './readPlanTitle'
import { readDatedListItems } from './readDatedListItems'
import { readTitleDate } from './readTitleDate'
import { givesMembersColonWork } from './ownersOpeningActionItem'
import { referenceYearOfTargets } from './referenceYearOfTargets'
import { referenceYearOfPage } from './referenceYearOfPage'
import { yearOfPageStamp } from './yearOfPageStamp'
import { pageMetadataRows } from './pageMetadataRows'
import { loneText } from './listsUnderLeadIns'
import { numberAfterMonthOfTargets } from './numberAfterMonthOfTargets'
import { monthFirstFromOtherCells, readNumericDateOrder } from './readNumericDateOrder'
import { guessTaxonomy } from './guessTaxonomy'
import { readPlanHeading } from './readPlanHeading'
import { flattenActionTables } from './flattenActionTables'
import { numberUnderRow } from './numberUnderRow'
import { peelRef } from './peelRef'
import { refFromActionId } from './refFromActionId'
import { readLabelledRecords } from './readLabelledRecords'
import { pageLineOfEach, pageLines, type RowLine } from './oneColumnRecords'
import { readActionLabelledRecords } from './readActionLabelledRecords'
import { readDeliverablesUnderMilestones } from './readDeliverablesUnderMilestones'
import { readItemLabelledForms } from './readItemLabelledForms'
import { readStaggeredTickedList } from './readStaggeredTickedList'
import { readDeadlineHeadedRequirements } from './readDeadlineHeadedRequirements'
import { readObligationsByParty } from './readObligationsByParty'
import { readStepsToldInProse } from './readStepsToldInProse'
import { readWorkListedInProse } from './readWorkListedInProse'
import { readPromisedParagraphs } from './readPromisedParagraphs'
import { inSourceTerms } from './inSourceTerms'
import { readInlineLabelledRecords } from './readInlineLabelledRecords'
import { readLabelledItemsOverNames } from './readLabelledItemsOverNames'
import { readSectionsNamingTheirLead } from './readSectionsNamingTheirLead'
import { ganttSummaryRows } from './ganttSummaryRows'
import { readParallelNumberedLists } from './readParallelNumberedLists'
import { startDateHeader } from './startDateHeader'
import { unfoldPeriodGrid } from './unfoldPeriodGrid'
import { readStageStatusGrid } from './readStageStatusGrid'
import { readBracketedOwnerItems } from './readBracketedOwnerItems'
import { readDatedStepItems } from './readDatedStepItems'
import { readItemsOverProgressLines } from './readItemsOverProgressLines'
import { readItemsUnderPeriodHeadings } from './readItemsUnderPeriodHeadings'
import { readOwnerLedActionItems } from './readOwnerLedActionItems'
import { readPromisesInMinutes } from './readPromisesInMinutes'
import { readPlansAfterReport } from './readPlansAfterReport'
import { readTaskListItems } from './readTaskListItems'
import { readArrowTaskLines } from './readArrowTaskLines'
import { readTopicUpdateLines } from './readTopicUpdateLines'
import { readStatusIconItems } from './readStatusIconItems'
import { readPeriodLabelledLists } from './readPeriodLabelledLists'
import { readCasesWithDatedUpdates } from './readCasesWithDatedUpdates'
import { readWorkLinesEndingInDates } from './readWorkLinesEndingInDates'
import { readReportSectionLists } from './readReportSectionLists'
import { readScheduleDateLines } from './readScheduleDateLines'
import { readItemsUnderRunInLeads } from './readItemsUnderRunInLeads'
import { readPhasedWorkstreams } from './readPhasedWorkstreams'
import { readListUnderLeadIn } from './readListUnderLeadIn'
import { readStatusSuffixedLists } from './readStatusSuffixedLists'
import { readPhaseActivityLists } from './readPhaseActivityLists'
import { readBracketedStatusSteps } from './readBracketedStatusSteps'
import { readShortChildRows } from './readShortChildRows'
import { readSlashJoinedActions } from './readSlashJoinedActions'
import { readDashTaggedLines } from './readDashTaggedLines'
import { readIssueNumberedItems } from './readIssueNumberedItems'
import { readRoadmapStages } from './readRoadmapStages'
import { readIconLegendTables } from './readIconLegendTables'
import { readStatusKeyLines } from './readStatusKeyLines'
import { readNamedMilestoneLists } from './readNamedMilestoneLists'
import { readDatedNoteLogs } from './readDatedNoteLogs'
import { readPlannedFixes } from './readPlannedFixes'
import { readStackedTables } from './readStackedTables'
import { readChildRowsInTrailingColumns } from './readChildRowsInTrailingColumns'
import { readListBesideSummaryTable } from './readListBesideSummaryTable'
import { readKindLabelledItems } from './readKindLabelledItems'
import { readObjectivesUnderNames } from './readObjectivesUnderNames'
import { readOwnerLabelledSections } from './readOwnerLabelledSections'
import { readLinesEndingInOwners } from './readLinesEndingInOwners'
import { readParagraphsEndingInOwners } from './readParagraphsEndingInOwners'
import { readRecordsUnderFieldHeadings } from './readRecordsUnderFieldHeadings'
import { readTopicsWithLeads } from './readTopicsWithLeads'
import { readHeadingsOverTimeframes } from './readHeadingsOverTimeframes'
import { readMeansUnderObjectives } from './readMeansUnderObjectives'
import { readStepDateRows } from './readStepDateRows'
import { readLabelledActionsUnderItems } from './readLabelledActionsUnderItems'
import { readNumberedActionsWithSteps } from './readNumberedActionsWithSteps'
import { readKeyResultsUnderObjectives } from './readKeyResultsUnderObjectives'
import { readPriorityTaggedKeyResults } from './readPriorityTaggedKeyResults'
import { readIndentedSubLists } from './readIndentedSubLists'
import { readIndentedOutline } from './readIndentedOutline'
import { readRefLedLines } from './readRefLedLines'
import { readActionLogLines } from './readActionLogLines'
import { readSpacedActionPoints } from './readSpacedActionPoints'
import { readParentLinkedRows } from './readParentLinkedRows'
import { readTasksUnderNameHeadings } from './readTasksUnderNameHeadings'
import { readTodoBlocksUnderNames } from './readTodoBlocksUnderNames'
import { readStepsUnderOwnerLines } from './readStepsUnderOwnerLines'
import { readTildeOwnerLines } from './readTildeOwnerLines'
import { readStageLabelledLines } from './readStageLabelledLines'
import { readTasksUnderNumberedMilestones } from './readTasksUnderNumberedMilestones'
import { readTimelineSteps } from './readTimelineSteps'
import { readTextRowsUnderFigures } from './readTextRowsUnderFigures'
import { readRefLineRecords } from './readRefLineRecords'
import { readLabelledCells } from './readLabelledCells'
import { readCountedProgrammes } from './readCountedProgrammes'
import { readListsRestartingUnderGroups } from './readListsRestartingUnderGroups'
import { readNumberedListsUnderHeadings } from './readNumberedListsUnderHeadings'
import { readLabelledRecommendation } from './readLabelledRecommendation'
import { readRestatedRecommendations } from './readRestatedRecommendations'
import { readLabelledItemsOverProgress } from './readLabelledItemsOverProgress'
import { readNumberedHeadingsOverProse } from './readNumberedHeadingsOverProse'
import { readRemedyHeadings } from './readRemedyHeadings'
import { readObjectiveBlocks } from './readObjectiveBlocks'
import { readNumberSignLabels } from './readNumberSignLabels'
import { readNestedCodedItems } from './readNestedCodedItems'
import { readActionsUnderObjectiveRows } from './readActionsUnderObjectiveRows'
import { readHeadedSentences } from './readHeadedSentences'
import { hasStatusLabelLines, readActionItemsWithStatusLines } from './readActionItemsWithStatusLines'
import { readOwnerColonItemsOverStatusLines } from './readOwnerColonItemsOverStatusLines'
import { readItemsOverOwnerStatusLines } from './readItemsOverOwnerStatusLines'
import { readListsUnderDeadlineLeadIns } from './readListsUnderDeadlineLeadIns'
import { readRoleColonTaskLines } from './readRoleColonTaskLines'
import { readBareActionMarks } from './readBareActionMarks'
import { readBusinessArisingItems } from './readBusinessArisingItems'
import { rollOfMinutes } from './membersOpeningItem'
import { readOwnerCodedActionPoints } from './readOwnerCodedActionPoints'
import { readMeetingIdRecords } from './readMeetingIdRecords'
import { readPeopleDashLines } from './readPeopleDashLines'
import { readMembersTaskedInMinutes } from './readMembersTaskedInMinutes'
import { readItemsUnderNumberedThemes } from './readItemsUnderNumberedThemes'
import { readMeetingNumberedActions } from './readMeetingNumberedActions'
import { readIntentImplementationImpact } from './readIntentImplementationImpact'
import { readLabelCellRecords } from './readLabelCellRecords'
import { readListsUnderLabels } from './readListsUnderLabels'
import { statusFromPastTense } from './statusFromPastTense'
import { statusFromPendingWork } from './statusFromPendingWork'
import { statusFromPresentPerfect } from './statusFromPresentPerfect'
import { statusFromLeadInOverGroups } from './statusFromLeadInOverGroups'
import { ownerNamedAgain } from './ownerNamedAgain'
import { ownersInitialledAtEnd } from './ownersInitialledAtEnd'
import { ownersSeenAlone } from './ownersSeenAlone'
import { ownersOpeningSeveralActions } from './ownersOpeningSeveralActions'
import { ownersOpeningStepLines } from './ownersOpeningStepLines'
import { statusAtEndOfTitles } from './statusAtEnd'
import { ownersOfTaskHeading } from './ownersOfTaskHeading'
import { ownersInClosingRoundBrackets } from './ownersInClosingRoundBrackets'
import { statusFromOutcomeSentence } from './statusFromOutcomeSentence'
import { citedActionNumbers } from './citedActionNumbers'
import { statusOfUpdate } from './statusOfUpdate'
import { parseStatus } from '../status/parseStatus'
import { statusFromStartedWork } from './statusFromStartedWork'
import { explainOwnersColumn, explainRestartedNumbering, readRows, withOwnersColumn } from './readRows'
import { rowsAboveLateHeader } from './rowsAboveLateHeader'
import { buildPlan, emptyPlan, planIdFrom } from './buildPlan'
import { mergedColumns } from './mergedColumns'
import { foldSideTable } from './foldSideTable'
import { foldDetailList } from './foldDetailList'
import { objectiveOwnerOnRow } from './objectiveOwner'
import { leadInOwner, leadInOwnerAbove } from './leadInOwner'
import { addresseesAboveList } from './addresseesAboveList'
import { ownerLabelAboveHeader } from './ownerLabelAboveHeader'
import { statusAboveHeader } from './statusAboveHeader'
import { splitInlineLabels } from './splitInlineLabels'
import { sanitizeRows } from './sanitizeRows'
import { rowsNotActions } from './rowsNotActions'
import {
  labelRepeatedOverLists,
  notInActionListsIssue,
  rowsOutsideNamedActionLists,
} from './rowsOutsideNamedActionLists'
import { joinHeaderRows } from './joinHeaderRows'
import { unnumberHeaderCells } from './unnumberHeaderCells'
import { createPeriodHeadingsAbove } from './periodHeadingsAbove'
import { itemLabelAtLineEnd } from './itemLabelAtLineEnd'
import { filledCellCount } from './filledCellCount'
import { periodInHeadingBrackets } from './periodInHeadingBrackets'
import { discussionBesideActionColumn } from './discussionBesideActionColumn'
import { withoutAttendanceTable } from './withoutAttendanceTable'

/** Defensive caps on the size of a table. A table over a cap is cut, with an issue saying so. */
export interface TableLimits {
  /** Default 500,000 rows. */
  readonly maxRows?: number
  /** Default 256 columns. */
  readonly maxColumns?: number
  /** Default 32,767 characters, Excel's own cell limit. */
  readonly maxCellLength?: number
}

/** Options for {@link tableToPlan}. Every field is optional. */
export interface TableToPlanOptions {
  /** The plan's id. Default: the slug of its title, else of `fileName`, else `plan-` and a hash of its actions. */
  readonly planId?: string
  /** The name of the file the table came from ("athena-swan-2022.csv"): names the plan when it has no title. */
  readonly fileName?: string
  readonly institution?: string | null
  /** Default: the first title row above the header. */
  readonly title?: string | null
  readonly period?: PlanPeriod
  /** The framework pillars are read against. Default {@link technicianCommitment}. */
  readonly taxonomy?: Taxonomy
  /** Forces the date context. When absent, a legend in the table ("Year 1 = 2019", "Q1 = January-March")
   * sets `yearLabels` and `quarterBasis`. */
  readonly dateContext?: DateContext
  /** Forces columns: field → header text or 1-based column number; null stops a field being mapped. */
  readonly columns?: Partial<Record<ColumnField, ForcedColumn>>
  /** 1-based row of the header, when detection picks the wrong one. */
  readonly headerRow?: number
  /** Copy the previous action's value into empty cells (merged cells exported as blanks): true for owners,
   * target, status and pillars, or the list of fields. Off by default. */
  readonly fillDown?: boolean | readonly ColumnField[]
  /** Merged cells of the source (a workbook or Word table knows them; a CSV does not): each region's
   * top-left text is read on every row and column it spans, and the explanation names the region. */
  readonly mergedRegions?: readonly MergedRegion[]
  /** Throw an {@link ImportError} when any issue has severity `error`. */
  readonly strict?: boolean
  readonly limits?: TableLimits
}

/** A merged cell of the source table: 1-based, inclusive rows and columns. */
export interface MergedRegion {
  readonly firstRow: number
  readonly lastRow: number
  readonly firstColumn: number
  readonly lastColumn: number
}

/** The result of {@link tableToPlan}: the plan and every problem found on the way. */
export interface TableToPlanResult {
  readonly plan: Plan
  readonly issues: ImportIssue[]
  /** How the table was read: header row, each column's field with confidence and evidence, structure rows. */
  readonly explanation: ImportExplanation
}

/**
 * Reads a table (rows of cells, as a CSV or a pasted Word/Excel table gives them) into a plan. Finds the
 * header row below any title rows, maps columns by synonym, and reads every layout real plans use: one row per
 * action with the plan's own numbering; section-heading rows; a second "Completed Actions" table; page-break
 * continuation rows; pillar flag columns; side-by-side pillar grids with "Year 1 / Year 2" quarter columns and
 * their legend; HTML in cells; and techcommit's own export ({@link planToRows}). Unmapped columns are kept in
 * each action's `extra`. Never throws unless `strict` is set: every problem is an {@link ImportIssue} with its
 * row, column and a message that says how to fix it.
 *
 * @example
 * const { plan, issues } = tableToPlan([
 *   ['no.', 'Action', 'Aim', 'Responsible', 'Timescale'],
 *   ['1', 'Launch a technician webpage', 'V, C', 'Forum / SM', 'Dec. 18'],
 * ])
 * plan.actions[0]?.owners // ['Forum', 'SM']
 */
export function tableToPlan(
  rows: readonly (readonly string[])[],
  options: TableToPlanOptions = {},
): TableToPlanResult {
  const issues: ImportIssue[] = []
  const sanitized = fillMergedRegions(sanitizeRows(rows, options.limits ?? {}, issues), options.mergedRegions)
  // A note below the whole plan ("Notes: reviewed every quarter") is set aside before any reader sees the table,
  // and the indentation every cell shares (a padded export) and the blank columns after the last are taken off;
  // ditto marks are read as the cell above, and a RACI chart's letters as each row's owners.
  // techcommit's own export is read cell for cell, so that export → import gives back every plan.
  const filled = sanitized.slice(0, headerSearchRows).some((row) => isCanonicalHeader(row))
    ? sanitized
    : ownersFromRaciLetters(
        fillDittoMarks(dropSharedIndent(noteLinesAtEnd(dropBlankColumnsAtEnd(sanitized), issues))),
      )
  // The table as a reader sees it: each step mends one way a layout folds or unfolds its rows, in this order.
  type Rows = readonly (readonly string[])[]
  const steps: readonly ((rows: Rows) => Rows)[] = [
    withoutAttendanceTable,
    subTasksAsActions,
    milestoneHeadingsWithBadges,
    unfoldRunOnNumbers,
    itemLabelAtLineEnd,
    unnumberHeaderCells,
    (rows) => joinHeaderRows(rows, issues),
    actionAsOwnSubAction,
    bulletForFullStop,
    colonForListLeadIn,
    foldSentenceClauses,
    foldObjectList,
    foldIncludedParts,
    foldDetailList,
    foldSideTable,
    splitInlineLabels,
    joinRefLabelRows,
    unfoldNumberedRow,
    unfoldNumberedColumns,
  ]
  const table = steps.reduce<Rows>((rows, step) => step(rows), filled)
  // techcommit's own export names its taxonomy; any other table is read against the framework it names or
  // whose pillar names it uses, unless the caller says which.
  const canonicalIndex = table.slice(0, headerSearchRows).findIndex((row) => isCanonicalHeader(row))
  const guess =
    options.taxonomy === undefined && canonicalIndex < 0
      ? guessTaxonomy(table)
      : { taxonomy: null, evidence: null }
  const taxonomy = options.taxonomy ?? guess.taxonomy ?? technicianCommitment

  if (table.every((row) => row.every((cell) => cell.trim() === ''))) {
    issues.push(
      createImportIssue(
        'empty-table',
        'error',
        null,
        null,
        null,
        'The table is empty: there are no cells with text. Check that the right file or sheet was exported.',
      ),
    )
    return buildPlan(emptyPlan(options, taxonomy, null, options.dateContext ?? {}), issues, options, {
      headerRow: null,
      columns: [],
      rows: [],
      actionCount: 0,
    })
  }

  // Each action a heading row above its own small table of measures, leads and dates: read as one row each.
  // Most page readers read a page laid out in one column a line at a time: its lines are read once for all of them,
  // as pageLines gives them (null for a table) and with rows cut at a comma joined back.
  // Each row's line is itself read once, for pageLines and for the readers that go through the rows one by one.
  const rowLines = options.headerRow === undefined ? pageLineOfEach(table) : []
  const lines = options.headerRow === undefined ? pageLines(table, 'reject', rowLines) : null
  const joined = options.headerRow === undefined ? (lines ?? pageLines(table, 'join', rowLines)) : null
  // The readers of the table as written share its rows' lines too: the same as the table's when no step changed it.
  let writtenRowLines: readonly RowLine[] | undefined
  const rowLinesAsWritten = (): readonly RowLine[] => {
    writtenRowLines ??= table === filled ? rowLines : pageLineOfEach(filled)
    return writtenRowLines
  }
  const flattened =
    options.headerRow === undefined
      ? (readIconLegendTables(table) ??
        readDatedNoteLogs(table) ??
        flattenActionTables(table, taxonomy) ??
        readLabelledRecords(table) ??
        readItemLabelledForms(table, lines) ??
        readDeadlineHeadedRequirements(table, lines) ??
        readObligationsByParty(table, lines) ??
        readActionLabelledRecords(table) ??
        // Before the readers of labelled records: "Done:" written twice running marks items, not a record's field.
        readKindLabelledItems(table, lines) ??
        readInlineLabelledRecords(table) ??
        readLabelledItemsOverNames(table, lines) ??
        readSectionsNamingTheirLead(table, lines) ??
        unfoldPeriodGrid(table) ??
        readStageStatusGrid(table) ??
        readBracketedOwnerItems(table) ??
        // Items each closed by a "Status:" line are read whole, before the owner-led reader takes only those naming
        // an owner.
        (hasStatusLabelLines(table) ? readActionItemsWithStatusLines(table) : null) ??
        readOwnerColonItemsOverStatusLines(table) ??
        readItemsOverOwnerStatusLines(table) ??
        readListsUnderDeadlineLeadIns(table, joined) ??
        readActionListsBesideDecisions(table, lines) ??
        readDatedStepItems(table, lines) ??
        // Before the owner-led reader: "AP/3/1/RW R. Walsh will …" names its owner in its code, not its words.
        readOwnerCodedActionPoints(table, joined) ??
        readOwnerLedActionItems(table, joined) ??
        readBareActionMarks(joined) ??
        readPeopleDashLines(joined) ??
        readArrowTaskLines(joined) ??
        readMembersTaskedInMinutes(table, joined) ??
        readTaskListItems(table, joined) ??
        readRoleColonTaskLines(joined) ??
        readStatusIconItems(table, joined) ??
        readItemsUnderRunInLeads(table, lines) ??
        readScheduleDateLines(table, lines) ??
        readReportSectionLists(table, lines) ??
        readWorkLinesEndingInDates(table, lines) ??
        readCasesWithDatedUpdates(table, lines) ??
        readPeriodLabelledLists(table, lines) ??
        readPhasedWorkstreams(table, lines) ??
        readPhaseActivityLists(table, joined) ??
        readStatusSuffixedLists(table, joined) ??
        readBracketedStatusSteps(table, joined) ??
        readSlashJoinedActions(table, joined) ??
        readDashTaggedLines(table, joined) ??
        readIssueNumberedItems(table, joined) ??
        // Before the reader of items over progress lines: an id alone on its line opens each record.
        readMeetingIdRecords(table, joined) ??
        readItemsOverProgressLines(table, lines) ??
        readTasksUnderNumberedMilestones(table, joined) ??
        readRoadmapStages(table, joined) ??
        readNamedMilestoneLists(table, lines) ??
        readPlannedFixes(table, lines) ??
        readNumberedActionsWithSteps(table) ??
        readRefLineRecords(table, rowLines) ??
        readLabelledActionsUnderItems(table, lines) ??
        readKeyResultsUnderObjectives(table, lines) ??
        readPriorityTaggedKeyResults(table, lines) ??
        readTimelineSteps(table, lines) ??
        readIndentedOutline(table, rowLines) ??
        readBulletsOverIndentedNotes(table, rowLines) ??
        readIndentedSubLists(table, rowLines) ??
        readListsRestartingUnderGroups(table, joined) ??
        readRefLedLines(table, joined) ??
        readLabelledCells(table) ??
        readItemsUnderNumberedThemes(joined) ??
        readNumberedListsUnderHeadings(table) ??
        readNumberedHeadingsOverProse(table, taxonomy, joined) ??
        readRemedyHeadings(table, lines) ??
        readWorkListedInProse(table) ??
        readPromisedParagraphs(table, lines) ??
        // Read before its labels are split from their lines or joined to the lines below them.
        readLabelledRecommendation(filled, rowLinesAsWritten()) ??
        // Read before a step pads every row to the header's width: the objectives are the short rows.
        readShortChildRows(filled) ??
        readRestatedRecommendations(filled, rowLinesAsWritten()) ??
        readLabelledItemsOverProgress(table, joined) ??
        readObjectiveBlocks(table) ??
        readNumberSignLabels(table) ??
        readNestedCodedItems(table) ??
        readActionsUnderObjectiveRows(table) ??
        readHeadedSentences(table, lines) ??
        // Before the dated list: a club's minutes tag each point of work "(Action Ana)", whatever dates close the page.
        readActionTaggedLines(table, joined) ??
        readDatedListItems(table, rowLines) ??
        readCountedProgrammes(table) ??
        readListUnderLeadIn(table, lines) ??
        readPlansAfterReport(table, lines) ??
        readStepsToldInProse(table, lines) ??
        readIntentImplementationImpact(table) ??
        readActionItemsWithStatusLines(table) ??
        readLabelCellRecords(table) ??
        readListsUnderLabels(table) ??
        readMeansUnderObjectives(table, lines) ??
        readStepDateRows(table) ??
        readStackedTables(table, rowLines) ??
        readChildRowsInTrailingColumns(table) ??
        readListBesideSummaryTable(table) ??
        readDeliverablesUnderMilestones(table, lines) ??
        readStaggeredTickedList(table) ??
        readOwnerLabelledSections(table, rowLines) ??
        readObjectivesUnderNames(table, lines) ??
        readTasksUnderNameHeadings(table, joined) ??
        readTodoBlocksUnderNames(table, joined) ??
        readStepsUnderOwnerLines(table, joined) ??
        readTildeOwnerLines(table, joined) ??
        readStageLabelledLines(table, joined) ??
        readLinesEndingInOwners(table, joined) ??
        readParagraphsEndingInOwners(table, joined) ??
        readActionLogLines(table, joined) ??
        readMeetingNumberedActions(table) ??
        readSpacedActionPoints(table, joined) ??
        readTopicsWithLeads(table, lines) ??
        readHeadingsOverTimeframes(table, lines) ??
        readRecordsUnderFieldHeadings(table) ??
        readItemsUnderPeriodHeadings(table, lines) ??
        readTextRowsUnderFigures(table) ??
        readParentLinkedRows(table) ??
        readParallelNumberedLists(table, lines) ??
        // Work given by "will", "would", "was asked to" or a member's initials: after every reader of a more marked
        // layout (lines ending in their owner, numbered items), which such minutes may hold too.
        readMembersTaskedInMinutes(table, joined, 'any') ??
        readTopicUpdateLines(joined) ??
        readPromisesInMinutes(table, lines) ??
        // Notes with no roll, work taken on by name ("Nell will bake the scones"): last, as the least marked.
        readMembersTaskedInMinutes(table, joined, 'open') ??
        // A club's review of the business arising, numbered topics over dash notes: when nothing else reads the page.
        readBusinessArisingItems(joined))
      : null
  if (flattened !== null) {
    const { mergedRegions: _applied, ...rest } = options
    const inner = tableToPlan(
      flattened.rows,
      flattened.ordinaryTable === true ? rest : { ...rest, headerRow: flattened.headerRow },
    )
    return inSourceTerms(inner, flattened, issues, table)
  }

  const { legend, rows: legendRows, deadlineRow } = findDateLegend(table)

  if (canonicalIndex >= 0 && options.headerRow === undefined && options.columns === undefined) {
    return readCanonicalPlan(table, canonicalIndex, taxonomy, options, issues)
  }

  const foundHeader = findHeader(table, options, taxonomy)
  // A numbered list item ("Objective 1: Build …") alone on its row is an action, not a lone "Objective" header.
  const synonymHeader =
    foundHeader !== null &&
    options.headerRow === undefined &&
    filledCellCount(table[foundHeader.index]!) === 1 &&
    table[foundHeader.index]!.some((cell) => peelRef(cell) !== null)
      ? null
      : foundHeader !== null &&
          options.headerRow === undefined &&
          labelRepeatedOverLists(table, foundHeader.index)
        ? null
        : foundHeader
  // Only a side-by-side pillar grid is read from its header words alone; flag and year columns sit in an
  // ordinary table whose other columns the cells refine.
  const pillarLayout = synonymHeader !== null && synonymHeader.map.blocks.length > 0
  let header: { index: number; map: ColumnMap }
  let bodyRows: readonly (readonly string[])[] = table
  let listRows: ReadonlySet<number> = new Set()
  let ownerRows: ReadonlySet<number> = new Set()
  let grouped = false
  // The refs were peeled from an action written once over its deliverables: they number the actions.
  let groupNumbers = false
  let columnExplanations: readonly ColumnExplanation[]
  let headerRow: number | null
  let lateHeaderBodyStart: number | null = null
  if (synonymHeader !== null && pillarLayout) {
    // A side-by-side pillar grid is read from its header words alone.
    issues.push(...synonymHeader.issues)
    header = synonymHeader
    headerRow = synonymHeader.index + 1
    columnExplanations = explainColumnMap(synonymHeader.map)
  } else if (synonymHeader !== null) {
    // Header words name the columns; the cells refine it (the action column, refs typed into cells).
    issues.push(...synonymHeader.issues)
    const forcedColumns = options.columns !== undefined || options.headerRow !== undefined
    // Rows of the table above its header (the first page's header lost, the one after the page break kept): the
    // cells are read from them too, the header's own row left out.
    lateHeaderBodyStart = forcedColumns
      ? null
      : rowsAboveLateHeader(table, synonymHeader.index, synonymHeader.map, legendRows, taxonomy)
    const cellsFrom = lateHeaderBodyStart ?? synonymHeader.index + 1
    const cellRows =
      lateHeaderBodyStart === null
        ? table
        : table.map((row, index) => (index === synonymHeader.index ? row.map(() => '') : row))
    const refinedByWords = refineColumnMap(
      cellRows,
      cellsFrom,
      synonymHeader.map,
      taxonomy,
      explainColumnMap(synonymHeader.map),
      forcedColumns,
    )
    // "Proposed action: Refer to the Finance Committee": whoever takes each item on is its owner.
    const refined = forcedColumns ? refinedByWords : dispositionColumn(cellRows, cellsFrom, refinedByWords)
    const prepared = readRows(table, cellsFrom, refined)
    bodyRows = prepared.rows
    listRows = prepared.listRows
    ownerRows = prepared.ownerRows
    issues.push(...prepared.issues)
    grouped = refined.grouped
    groupNumbers = numbersGroups(refined, refined.map)
    header = { index: synonymHeader.index, map: withOwnersColumn(refined.map, prepared.ownersColumn) }
    headerRow = synonymHeader.index + 1
    columnExplanations = explainRestartedNumbering(
      explainOwnersColumn(refined.explanations, prepared.ownersColumn),
      prepared.restartedNumbering,
    )
  } else {
    const found = findTable(
      table,
      legendRows,
      options.headerRow === undefined ? undefined : options.headerRow - 1,
      taxonomy,
    )
    const byHeader = assignColumns(table, found.headerIndex, found.bodyStart, {
      taxonomy,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
    })
    // Rows of the table above a header found by its place (the first page's header lost, the one after the page
    // break kept), as for a header found by its words: the columns are read from them too, the header's own row
    // left out.
    lateHeaderBodyStart =
      found.headerIndex === null || options.headerRow !== undefined || options.columns !== undefined
        ? null
        : rowsAboveLateHeader(table, found.headerIndex, byHeader.map, legendRows, taxonomy)
    const headerAt = found.headerIndex
    const cellRows =
      lateHeaderBodyStart === null || headerAt === null
        ? table
        : table.map((row, index) => (index === headerAt ? row.map(() => '') : row))
    const cellsFrom = lateHeaderBodyStart ?? found.bodyStart
    const assigned =
      lateHeaderBodyStart === null
        ? byHeader
        : assignColumns(cellRows, found.headerIndex, cellsFrom, {
            taxonomy,
            headerCells: headerAt === null ? [] : (table[headerAt] ?? []),
          })
    const assignment =
      options.columns === undefined ? dispositionColumn(cellRows, cellsFrom, assigned) : assigned
    if (!assignment.map.fields.has('title')) {
      issues.push(
        createImportIssue(
          'header-not-found',
          'error',
          found.headerIndex === null ? null : found.headerIndex + 1,
          null,
          null,
          `This does not look like an action plan: no column holds action text, either by its header (such as "Action", "What we will do", "Planned activity") or by its cells (sentences, or items numbered "1.", "1.2"). Name the action column, or pass options.columns (e.g. { title: 2 }) and options.headerRow.`,
        ),
      )
      return buildPlan(emptyPlan(options, taxonomy, null, options.dateContext ?? {}), issues, options, {
        headerRow: found.headerIndex === null ? null : found.headerIndex + 1,
        columns: assignment.explanations,
        rows: [],
        actionCount: 0,
      })
    }
    const prepared = readRows(table, cellsFrom, assignment)
    bodyRows = prepared.rows
    listRows = prepared.listRows
    ownerRows = prepared.ownerRows
    issues.push(...prepared.issues)
    grouped = assignment.grouped
    groupNumbers = numbersGroups(assignment, assignment.map)
    header = { index: found.bodyStart - 1, map: withOwnersColumn(assignment.map, prepared.ownersColumn) }
    headerRow = found.headerIndex === null ? null : found.headerIndex + 1
    columnExplanations = explainRestartedNumbering(
      explainOwnersColumn(assignment.explanations, prepared.ownersColumn),
      prepared.restartedNumbering,
    )
    for (const column of assignment.explanations) {
      if (column.confidence >= 0.5 || column.field === 'extra') continue
      issues.push(
        createImportIssue(
          'low-confidence-column',
          'warning',
          headerRow,
          column.column,
          column.header || null,
          `Column ${column.column}${column.header ? ` ("${column.header}")` : ''} was read as ${column.field} with low confidence (${Math.round(column.confidence * 100)}%: ${column.evidence}). If that is wrong, force it with options.columns (e.g. { ${column.field}: ${column.column} }) or options.headerRow.`,
        ),
      )
    }
  }
  const structureRows: { row: number; kind: ImportRowKind }[] = []
  const headerIndexForTitle = headerRow === null ? header.index + 1 : header.index
  const planTitle = readPlanTitle(table, headerIndexForTitle)
  // The institution and period a reader finds in the title rows ("… Action Plan November 2018-20").
  // Without a header row, the lone lines above the first row of two or more cells are the title rows too.
  const firstWideRow = table.findIndex((row) => filledCellCount(row) >= 2)
  const headingEnd = headerRow === null ? Math.max(headerIndexForTitle, firstWideRow) : headerIndexForTitle
  const heading = readPlanHeading(
    table.slice(0, headingEnd).flatMap((row, index) => (legendRows.has(index) ? [] : row.filter(hasText))),
  )
  let dateContext: DateContext = options.dateContext ?? {}
  // A date setting the table itself gives (a reference date, an order of numbers): it dates every target below, and an
  // info issue says what was read and how to pass another.
  const readDateSetting = (
    setting: Partial<DateContext>,
    code: 'reference-date-read' | 'date-order-read',
    row: number | null,
    column: number | null,
    message: string,
  ): void => {
    dateContext = { ...dateContext, ...setting }
    issues.push(createImportIssue(code, 'info', row, column, null, message))
  }
  const foundLegend = legend
  if (foundLegend !== null) {
    const row = ([...legendRows][0] ?? deadlineRow ?? 0) + 1
    if (options.dateContext === undefined) {
      dateContext = applyDateLegend({}, foundLegend)
      issues.push(
        createImportIssue(
          'date-legend-read',
          'info',
          row,
          null,
          null,
          `Read the plan's date legend on row ${row}${describeLegend(foundLegend)}. To read the dates differently, pass options.dateContext.`,
        ),
      )
    } else {
      issues.push(
        createImportIssue(
          'date-legend-ignored',
          'info',
          row,
          null,
          null,
          `The plan has a date legend on row ${row}${describeLegend(foundLegend)}, but options.dateContext was given, so the legend was not used.`,
        ),
      )
    }
  }

  // A plan dated in its title ("… v9 February 2019") reads its relative targets ("next September") from then.
  // A title naming the plan's period ("… November 2018-20") or a date legend anchors the dates already.
  const titleDate =
    options.dateContext === undefined && foundLegend === null && heading.period === null
      ? readTitleDate(planTitle)
      : null
  if (titleDate !== null && dateContext.referenceDate === undefined) {
    readDateSetting(
      { referenceDate: titleDate },
      'reference-date-read',
      titleRow(table, headerIndexForTitle, planTitle),
      null,
      `Read targets such as "next September" from ${titleDate}, the date in the plan's title ("${planTitle}"). To read them from another date, pass options.dateContext.referenceDate.`,
    )
  }

  // A date column written month first, as US plans write it ("9/25/2017" beside "5/1/2017"): every numeric date of
  // the plan is read so, unless the caller gave the date context.
  const targetColumn = header.map.fields.get('target')
  const dateOrder =
    options.dateContext === undefined && targetColumn !== undefined
      ? readNumericDateOrder(bodyRows.slice(header.index + 1).map((row) => row[targetColumn] ?? ''))
      : null
  // A date column whose dates read either way ("5/7/08") beside notes that write "by 5/21": month first too.
  const otherCellsOrder =
    options.dateContext === undefined && targetColumn !== undefined && dateOrder === null
      ? monthFirstFromOtherCells(
          bodyRows.slice(header.index + 1).map((row) => row[targetColumn] ?? ''),
          bodyRows.flatMap((row, index) =>
            index === header.index
              ? []
              : row.filter((_, column) => index < header.index || column !== targetColumn),
          ),
        )
      : null
  // A plan whose dated targets all name one year ("March 2002", "June 2002") reads its year-less ones ("by 21
  // January") in that year.
  const targetYear =
    titleDate === null &&
    options.dateContext === undefined &&
    foundLegend === null &&
    heading.period === null &&
    targetColumn !== undefined &&
    dateContext.referenceDate === undefined
      ? referenceYearOfTargets(bodyRows.slice(header.index + 1).map((row) => row[targetColumn] ?? ''))
      : null
  if (targetYear !== null) {
    readDateSetting(
      { referenceDate: targetYear },
      'reference-date-read',
      headerRow,
      targetColumn! + 1,
      `Read targets with no year (such as "by 21 January") in ${targetYear.slice(0, 4)}, the one year every dated target in column ${targetColumn! + 1} names. To read them from another date, pass options.dateContext.referenceDate.`,
    )
  }
  // Targets that name months with no year at all ("By February 19: …"), under title lines naming one year ("… the
  // 2012 Work Plan:"), or list items so dated on a page whose other lines name one year, are read in that year.
  const titleColumn = header.map.fields.get('title')
  const pageYear =
    titleDate === null &&
    targetYear === null &&
    options.dateContext === undefined &&
    foundLegend === null &&
    heading.period === null &&
    dateContext.referenceDate === undefined
      ? targetColumn !== undefined
        ? referenceYearOfPage(
            table.slice(0, header.index).flatMap((row) => row.filter(hasText)),
            bodyRows.slice(header.index + 1).map((row) => row[targetColumn] ?? ''),
          )
        : titleColumn !== undefined && listRows.size > 0
          ? referenceYearOfPage(
              table.flatMap((row, index) => (listRows.has(index) ? [] : row.filter(hasText))),
              [...listRows].map((index) => bodyRows[index]?.[titleColumn] ?? ''),
            )
          : null
      : null
  if (pageYear !== null) {
    readDateSetting(
      { referenceDate: pageYear },
      'reference-date-read',
      headerRow,
      null,
      `Read targets with no year (such as "by 19 February") in ${pageYear.slice(0, 4)}, the one year the lines above the list name. To read them from another date, pass options.dateContext.referenceDate.`,
    )
  }
  // "Jun-16" beside "Jun-2" and "Sep-30" in a plan read in one year: the numbers after the months are days.
  const daysAfterMonths =
    options.dateContext === undefined &&
    targetColumn !== undefined &&
    dateContext.numberAfterMonth === undefined
      ? numberAfterMonthOfTargets(
          bodyRows.slice(header.index + 1).map((row) => row[targetColumn] ?? ''),
          dateContext.referenceDate,
        )
      : null
  if (daysAfterMonths !== null) {
    readDateSetting(
      { numberAfterMonth: daysAfterMonths },
      'date-order-read',
      headerRow,
      targetColumn! + 1,
      `Read the number after a month ("Jun-16") as a day of that month: the numbers after months in column ${targetColumn! + 1} spread over the days of a month, as a schedule's days do, not over a few years. To read them as years, pass options.dateContext (e.g. { numberAfterMonth: 'year' }).`,
    )
  }
  if (dateOrder !== null) {
    readDateSetting(
      { numericDates: dateOrder.order },
      'date-order-read',
      headerRow,
      targetColumn! + 1,
      `Read numeric dates month first, as US plans write them: ${dateOrder.onlyMonthFirst} dates in column ${targetColumn! + 1} can only be read that way ("${dateOrder.example}") and none only day first. To read them day first, pass options.dateContext (e.g. { numericDates: 'day-first' }).`,
    )
  }
  if (otherCellsOrder !== null) {
    readDateSetting(
      { numericDates: otherCellsOrder.order },
      'date-order-read',
      headerRow,
      targetColumn! + 1,
      `Read numeric dates month first, as US plans write them: the dates in column ${targetColumn! + 1} read either way, and ${otherCellsOrder.onlyMonthFirst} dates in the other cells can only be read month first ("${otherCellsOrder.example}") and none only day first. To read them day first, pass options.dateContext (e.g. { numericDates: 'day-first' }).`,
    )
  }

  // A task list exported from a scheduling tool prints each phase as a row whose dates span its tasks: read as a
  // section heading; a zero-length "Start" or "End" marker is no task.
  const startColumn =
    headerRow === null || targetColumn === undefined
      ? -1
      : (table[header.index] ?? []).findIndex(
          (cell, column) =>
            column !== targetColumn &&
            header.map.fields.get('title') !== column &&
            startDateHeader(normalizeHeader(cell)),
        )
  const gantt =
    startColumn >= 0 && targetColumn !== undefined && titleColumn !== undefined
      ? ganttSummaryRows(
          bodyRows,
          header.index + 1,
          {
            title: titleColumn,
            start: startColumn,
            end: targetColumn,
            ...(header.map.fields.has('ref') ? { ref: header.map.fields.get('ref')! } : {}),
          },
          dateContext,
        )
      : null
  if (gantt !== null && gantt.summaries.size > 0)
    bodyRows = bodyRows.map((row, index) =>
      gantt.summaries.has(index) ? row.map((cell, column) => (column === titleColumn ? cell : '')) : row,
    )
  // Numbered minutes beside an "Action" margin of initials: the minutes with no one in the margin record discussion.
  // Without a header row, a margin of initials alone beside numbered minutes is read the same way.
  const discussion = discussionBesideActionColumn(
    bodyRows,
    header.index,
    {
      ref: header.map.fields.get('ref'),
      title: titleColumn,
      owners: header.map.fields.get('owners'),
    },
    headerRow === null,
  )
  if (discussion !== null && discussion.owners.size > 0) {
    const ownersColumn = header.map.fields.get('owners')!
    bodyRows = bodyRows.map((row, index) => {
      const named = discussion.owners.get(index)
      return named === undefined ? row : row.map((cell, column) => (column === ownersColumn ? named : cell))
    })
  }
  for (const index of gantt?.markers ?? [])
    issues.push(
      createImportIssue(
        'list-not-actions',
        'info',
        index + 1,
        null,
        null,
        `Row ${index + 1} was not read as an action: a milestone of no length that marks where the project starts or ends.`,
      ),
    )

  // Each draft is built into its action as soon as readTableBody completes it, so drafts die young instead of
  // all living until the end (on a 100,000-row table, much of the garbage collector's work). The
  // building's issues are kept apart and listed after the body's, the order they always had.
  const buildIssues: ImportIssue[] = []
  // The legend's deadline for every action is used with the rest of the legend, unless the caller forces dates.
  const deadline = options.dateContext === undefined ? (foundLegend?.deadline ?? null) : null
  // A page naming its actions by a lead-in ("We will:"): lines outside those lists frame the plan.
  const outsideLists = headerRow === null ? rowsOutsideNamedActionLists(table, header.index + 1) : null
  const leadOwner = header.map.fields.has('owners')
    ? null
    : (leadInOwner(table) ??
      (headerRow === null ? null : leadInOwnerAbove(table, header.index)) ??
      (headerRow === null
        ? // "Lead offices: Estates, Finance" above the lead-in naming the actions owns them all.
          ((outsideLists === null ? null : ownerLabelAboveHeader(table, outsideLists.leadRow)) ??
          addresseesAboveList(table))
        : (ownerLabelAboveHeader(table, header.index) ?? addresseesAboveList(table))) ??
      // "By June 2031, the Parks Office, with the Water Board, will …": the sentence giving every action its deadline
      // names who does the work too.
      (deadline === null ? null : objectiveOwnerOnRow(table, deadlineRow)))
  const titleStatus =
    headerRow === null || header.map.fields.has('status') ? null : statusAboveHeader(table, header.index)
  // A page stamped "Last updated: 14/02/2031" above its table names its period headings without a year ("March &
  // April"): they are read in the stamp's year. The stamp dates the page, not the targets in its cells.
  const stampYear = dateContext.referenceDate === undefined ? yearOfPageStamp(table, header.index) : null
  const periodsAbove = createPeriodHeadingsAbove(
    stampYear === null ? dateContext : { ...dateContext, referenceDate: stampYear },
  )
  if (headerRow !== null) {
    const stamps = new Set(pageMetadataRows(table.slice(0, header.index), 0))
    const lines: { row: number; text: string }[] = []
    for (let index = 0; index < header.index; index++) {
      const text = loneText(table[index]!)
      if (
        text === null ||
        legendRows.has(index) ||
        stamps.has(index) ||
        collapseWhitespace(text) === planTitle
      )
        continue
      lines.push({ row: index + 1, text })
    }
    // Below the plan's own period ("2031/2032"), a quarter's heading still dates the section it stands over.
    periodsAbove.seeAboveHeader(lines, heading.period?.text ?? undefined)
  }
  const context = {
    taxonomy,
    dateContext,
    periodAbove: periodsAbove.periodAt,
    issues: buildIssues,
    deadline,
    leadOwner,
    titleStatus,
    headings: new Map(),
    ownerCells: new Map(),
    targetCells: new Map(),
    statusCells: new Map(),
    statusKey: readStatusKeyLines(table),
    // "Owen: Order the cables" under any agenda heading of notes listing Owen among those present: Owen's work.
    membersColonWork: headerRow === null && !header.map.fields.has('owners') && givesMembersColonWork(table),
    ...(headerRow === null && !header.map.fields.has('owners')
      ? { membersPresent: rollOfMinutes(table) }
      : {}),
  }
  const actions: Action[] = []
  // Per action, what is still needed of its draft once it is built: its row, and the id it asked for.
  const draftRows: number[] = []
  const givenIds: (string | null)[] = []
  const idCells = new Map<number, DraftCell>()
  // Without ids given in the table (no Id column: the usual case), each action gets its id and its numbering
  // check as it is built, while it is fresh in the CPU cache; given ids are assigned over the whole list after.
  const assigner = createIdAssigner([])
  // Each pair of actions whose numbers may skip: the issue is written once every structure row is known.
  const gaps: { before: Action; after: Action; from: number; row: number }[] = []
  // An action cell that is only a bulleted list is one action per bullet.
  const numberLettered = createLetteredRefNumberer()
  const numberGroupItems = groupNumbers ? createGroupItemNumberer() : (draft: ActionDraft) => draft
  const outsideDropped: number[] = []
  // "Completed tasks are shown by the completion date" above the table: the date column says when each was done.
  const completedOnDates = header.map.fields.has('target') && completionDateLegend(table, header.index)
  const addAction = (lettered: ActionDraft): void => {
    const draft = numberGroupItems(numberLettered(lettered))
    if (outsideLists?.rows.has(draft.row - 1) === true) {
      if (outsideDropped[outsideDropped.length - 1] !== draft.row - 1) {
        outsideDropped.push(draft.row - 1)
        structureRows.push({ row: draft.row, kind: 'skipped' })
      }
      return
    }
    const titleCell = draft.cells.get('title')
    if (!draft.verbatim && titleCell !== undefined && saysNoAction(titleCell.text)) {
      structureRows.push({ row: draft.row, kind: 'skipped' })
      buildIssues.push(
        createImportIssue(
          'no-action-row',
          'info',
          draft.row,
          titleCell.column + 1,
          titleCell.header || null,
          `Row ${draft.row} says there is no action ("${collapseWhitespace(titleCell.text)}"), so no action was read from it. If it is an action, write what is to be done.`,
        ),
      )
      return
    }
    const action = buildAction(draft, context)
    const revised = applyRevisedTarget(action, draft, dateContext)
    if (revised !== null) buildIssues.push(revised)
    if (completedOnDates) applyCompletionDate(action, draft, dateContext)
    const idCell = draft.cells.get('id')
    const given = idCell === undefined ? '' : collapseWhitespace(idCell.text)
    givenIds.push(given === '' ? null : given)
    if (idCell !== undefined) idCells.set(draftRows.length, idCell)
    if (given === '' && idCells.size === 0) {
      action.id = assigner.assign(action, actions.length)
    }
    const before = actions[actions.length - 1]
    if (before !== undefined) gaps.push({ before, after: action, from: draftRows.at(-1)!, row: draft.row })
    actions.push(action)
    draftRows.push(draft.row)
  }
  // Rows that are not actions (a law's duties quoted, a reference list, goals beside the named actions, notes below the table).
  const notActions = rowsNotActions(table, header.index + 1, header.map.fields.get('title'), filled)
  for (const row of notActions.rows) structureRows.push({ row: row + 1, kind: 'skipped' })
  append(issues, notActions.issues)
  // "April to May 2031 Project set up" beside what the stage did: the name after the period is the stage's title.
  const stages =
    targetColumn !== undefined && titleColumn !== undefined && !header.map.fields.has('description')
      ? stageNamesInDateColumn(bodyRows.slice(header.index + 1).map((row) => row[targetColumn] ?? ''))
      : null
  // A work list by person gives everyone a task some cells hold alone and others after a person's own work.
  const shared =
    titleColumn === undefined
      ? new Set<string>()
      : sharedTasks(bodyRows.slice(header.index + 1).map((row) => row[titleColumn] ?? ''))
  const body = readTableBody(
    bodyRows,
    lateHeaderBodyStart === null ? header.index : lateHeaderBodyStart - 1,
    header.map,
    {
      taxonomy,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
      fillDown:
        options.fillDown === undefined
          ? mergedColumns(bodyRows, header.index, header.map)
          : fillDownFields(options.fillDown),
      planTitle,
      firstSection: datedHeadingAbove(bodyRows, headerRow === null ? null : header.index, planTitle),
      skipRows:
        notActions.rows.size === 0 && (gantt?.markers.size ?? 0) === 0 && (discussion?.rows.size ?? 0) === 0
          ? legendRows
          : new Set([
              ...legendRows,
              ...notActions.rows,
              ...(gantt?.markers ?? []),
              ...(discussion?.rows ?? []),
            ]),
      listRows,
      groupLabels: grouped,
      onStructureRow: (row, kind) => {
        structureRows.push({ row, kind })
        if (kind === 'section') periodsAbove.see(row, headingText(bodyRows[row - 1] ?? []))
      },
    },
    (whole: ActionDraft) => {
      const staged =
        stages === null
          ? marginTitle(whole, discussion?.titles.get(whole.row - 1) ?? null)
          : stageTitle(whole, stages[whole.row - header.index - 2] ?? null)
      for (const dated of splitLinesBesideDates(staged))
        for (const paired of splitLinesBesideOwners(dated))
          for (const labelled of splitActionLabelLines(paired))
            for (const part of splitPairedParagraphs(leadAndDateCell(labelled)))
              for (const line of splitLinedAction(part))
                for (const item of splitNumberedItems(numberUnderRow(line)))
                  for (const bullet of splitBulletedAction(item))
                    for (const draft of splitOwnerLedSentences(bullet))
                      for (const task of splitSharedTask(draft, shared)) addAction(task)
    },
  )
  for (const index of ownerRows) structureRows.push({ row: index + 1, kind: 'owner' })
  append(issues, body.issues)
  if (outsideLists !== null && outsideDropped.length > 0)
    issues.push(notInActionListsIssue(outsideDropped, outsideLists))
  append(issues, buildIssues)
  if (idCells.size > 0) {
    const ids = assignGivenIds(actions, givenIds, draftRows, idCells, issues)
    // An action log's "Action ID" is how it cites the action: its ref, when no column gives one (after the ids
    // are settled, so a repeated ID still gets a fresh id of its own).
    const refFromId = !header.map.fields.has('ref')
    actions.forEach((action, i) => {
      action.id = ids[i]!
      if (refFromId) action.ref = refFromActionId(action.ref, givenIds[i] ?? '')
    })
  }
  append(issues, gapIssues(gaps, structureRows))
  // "Action 122 – ongoing": a review citing each earlier action by its number, then what has happened since.
  {
    const cited = citedActionNumbers(
      actions.map((action) => action.title),
      actions.map((action) => action.ref),
    )
    for (const [i, { ref, update }] of cited) {
      const action = actions[i]!
      action.ref = ref
      const said =
        action.status.state === 'unknown' && action.status.text === '' ? statusOfUpdate(update) : null
      if (said === null) continue
      action.status = parseStatus(said.status)
      // "will complete on 22 March 2031": the day the update promises is the action's target, when it has none.
      if (said.due !== undefined && action.target.due === null && action.target.text === '') {
        const due = parseTargetDate(said.due, dateContext)
        if (due.due !== null) action.target = due
      }
    }
  }
  // A status the item writes at its end ("(todo)") outranks one read from its wording ("now that we have wiped it").
  append(issues, statusAtEndOfTitles(actions, draftRows))
  append(issues, statusFromPastTense(actions, draftRows))
  append(issues, statusFromPresentPerfect(actions, draftRows))
  append(issues, statusFromPendingWork(actions, draftRows))
  append(issues, statusFromOutcomeSentence(actions, draftRows))
  append(issues, statusFromLeadInOverGroups(bodyRows, actions, draftRows))
  if (header.map.fields.has('owners')) ownersSeenAlone(actions)
  if (!header.map.fields.has('owners')) {
    append(issues, ownerNamedAgain(actions, draftRows))
    append(issues, ownersInitialledAtEnd(table, actions, draftRows))
    append(issues, ownersOpeningSeveralActions(actions, draftRows))
    append(issues, ownersOpeningStepLines(actions, draftRows))
    append(issues, ownersOfTaskHeading(actions, draftRows))
    append(issues, ownersInClosingRoundBrackets(actions, draftRows))
  }
  append(issues, statusFromStartedWork(actions, draftRows))
  if (actions.length === 0) {
    issues.push(
      createImportIssue(
        'no-actions',
        'warning',
        headerRow,
        null,
        null,
        headerRow === null
          ? 'No action rows were found: no header row names the columns and no rows look like actions. Pass options.headerRow and options.columns to say where the actions are.'
          : `The header on row ${headerRow} was found, but no action rows follow it. Check that the actions are below the header, in the same columns, or force them with options.columns.`,
      ),
    )
  }
  const title = options.title !== undefined ? options.title : planTitle
  const explanation: ImportExplanation = {
    headerRow,
    columns: columnExplanations,
    rows: explainRows(table, headerRow, header.index + 1, planTitle, legendRows, structureRows),
    mergedRegions: (options.mergedRegions ?? []).map((region) => ({
      ...region,
      text: table[region.firstRow - 1]?.[region.firstColumn - 1] ?? '',
    })),
    actionCount: actions.length,
    plan: explainPlan(title, options, heading, taxonomy, guess.evidence),
  }
  // Reading a plan against anything but the default is worth a word; the explanation names every guess.
  if (guess.evidence !== null && taxonomy.id !== technicianCommitment.id) {
    issues.push(
      createImportIssue(
        'taxonomy-guessed',
        'info',
        null,
        null,
        null,
        `Read as a ${taxonomy.name} plan: ${guess.evidence}. To read its pillars against another framework, pass options.taxonomy.`,
      ),
    )
  }
  const plan: Plan = {
    id: options.planId ?? planIdFrom(title, options.fileName, actions),
    institution: options.institution !== undefined ? options.institution : heading.institution,
    title,
    period: options.period ?? heading.period ?? { text: null, start: null, end: null },
    taxonomy: taxonomy.id,
    dateContext,
    actions,
  }
  return buildPlan(plan, issues, options, explanation)
}

/**
 * "Milestone 1 (2031/03/31)" alone on the row right above the header, the plan's title above it: the heading of the
 * rows under the header, as the same kind of heading further down is of the rows under it. Only a stage's label
 * with its period in brackets ({@link periodInHeadingBrackets}), over a header of two or more cells: the period is the
 * target of the rows below; a bare period there ("2031-32") is the plan's. Null otherwise.
 */
function datedHeadingAbove(
  rows: readonly (readonly string[])[],
  headerIndex: number | null,
  planTitle: string | null,
): string | null {
  if (headerIndex === null || headerIndex < 1 || filledCellCount(rows[headerIndex] ?? []) < 2) return null
  const above = rows[headerIndex - 1]!
  if (filledCellCount(above) !== 1) return null
  const text = collapseWhitespace(above.find(hasText)!)
  if (planTitle !== null && collapseWhitespace(planTitle) === text) return null
  return periodInHeadingBrackets(text, {}) !== null ? text : null
}

/** The 1-based row above the header that holds the plan's title, or null. */
function titleRow(
  table: readonly (readonly string[])[],
  headerIndex: number,
  title: string | null,
): number | null {
  if (title === null) return null
  const index = table
    .slice(0, headerIndex)
    .findIndex((row) => row.some((cell) => collapseWhitespace(cell).includes(title)))
  return index < 0 ? null : index + 1
}

/** The refs were peeled from the action written once over its deliverables: each numbers an action, not a deliverable. */
function numbersGroups(assignment: ColumnAssignment, map: ColumnMap): boolean {
  return (
    assignment.deliverables === true &&
    assignment.peelFrom !== null &&
    map.fields.get('section') === assignment.peelFrom &&
    map.fields.get('title') !== assignment.peelFrom
  )
}

/** `target.push(...items)` without the argument-count limit a spread hits on very long lists. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

function fillDownFields(option: TableToPlanOptions['fillDown']): ReadonlySet<ColumnField> {
  if (option === undefined || option === false) return new Set()
  if (option === true) return new Set<ColumnField>(['owners', 'target', 'status', 'pillars'])
  return new Set(option.filter((field) => columnFields.includes(field)))
}

/** A heading row's text: its filled cells, in order ("2018 Q3"; "2", "Stage two" → "2 Stage two"). */
function headingText(row: readonly string[]): string {
  return collapseWhitespace(row.filter(hasText).join(' '))
}

/** The numbering gaps between consecutive actions, each naming the rows between them read as structure (up to
 * six, found by binary search in the sorted structure rows, so a page of many gaps stays fast). */
function gapIssues(
  gaps: readonly { before: Action; after: Action; from: number; row: number }[],
  structureRows: readonly { row: number }[],
): ImportIssue[] {
  const structure = [...new Set(structureRows.map((entry) => entry.row))].sort((a, b) => a - b)
  const issues: ImportIssue[] = []
  for (const { before, after, from, row } of gaps) {
    let low = 0
    let high = structure.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (structure[mid]! <= from) low = mid + 1
      else high = mid
    }
    const between: number[] = []
    for (let i = low; i < structure.length && structure[i]! < row && between.length < 6; i++)
      between.push(structure[i]!)
    const issue = numberingGap(before, after, row, between)
    if (issue !== null) issues.push(issue)
  }
  return issues
}

/** A minute beside its margin's initials: the clause tasking them is the title, the whole minute the description. */
function marginTitle(draft: ActionDraft, clause: string | null): ActionDraft {
  const title = draft.cells.get('title')
  if (clause === null || title === undefined || draft.cells.has('description')) return draft
  const cells = new Map(draft.cells)
  cells.set('title', { ...title, text: clause })
  cells.set('description', title)
  return { ...draft, cells }
}

/** A stage's draft: the name after its period is the title, the period the target, the title cell what it did. */
function stageTitle(draft: ActionDraft, stage: StageInDateCell | null): ActionDraft {
  const target = draft.cells.get('target')
  const title = draft.cells.get('title')
  if (stage === null || target === undefined || title === undefined) return draft
  if (collapseWhitespace(target.text) !== `${stage.period} ${stage.name}`) return draft
  const cells = new Map(draft.cells)
  cells.set('title', { ...target, text: stage.name })
  cells.set('target', { ...target, text: stage.period })
  cells.set('description', title)
  return { ...draft, cells }
}
