import type { Action, ExtraField } from '../model/action'
import type { Status, StatusState } from '../model/status'
import { parseTargetDate } from '../dates/parseTargetDate'
import type { DateContext, TargetDate } from '../model/targetDate'
import type { Taxonomy } from '../model/taxonomySchema'
import { parseOwners } from '../owners/parseOwners'
import { parseStatus } from '../status/parseStatus'
import { iconKey } from './readStatusKeyLines'
import { type ResolvedPillars, resolvePillars } from '../taxonomy/resolvePillars'
import { cleanCellText, collapseWhitespace, hasText } from '../text/cleanCellText'
import type { ColumnField } from './columnSynonyms'
import { combineTargetParts } from './combineTargetParts'
import type { LeadInOwner } from './leadInOwner'
import { ownerLine } from './ownerLine'
import { isUnfinishedLead } from './isUnfinishedLead'
import { ownerNamedAsAgent } from './ownerNamedAsAgent'
import { ownerInOpeningBracket, roleInOpeningBracket } from './ownerInOpeningBracket'
import { handlesAtEnd } from './handlesAtEnd'
import { handlesOpeningItem } from './handlesOpeningItem'
import { membersOpeningItem } from './membersOpeningItem'
import { ownersNamedAsSubject } from './ownersNamedAsSubject'
import { ownerLabelOpeningActionItem, ownersOpeningActionItem } from './ownersOpeningActionItem'
import { ownersInClosingBracket } from './ownerAfterAction'
import { ownerThenProgress } from './ownerThenProgress'
import { type HeadedCell, statusFromYearColumns } from './statusFromYearColumns'
import { ownerAfterLastColon } from './ownerAfterLastColon'
import { ownerBeforeColon } from './ownerBeforeColon'
import { agencyColumnOwners } from './agencyColumnOwners'
import { contributorsInBrackets } from './contributorsInBrackets'
import { labelledRefCell } from './labelledRefCell'
import { peelRef } from './peelRef'
import { readDisposition } from './readDisposition'
import { readOwnerCell } from './readOwnerCell'
import { statusFromHeading } from './statusFromHeading'
import { saysWorkUnderWay } from './saysWorkUnderWay'
import { statusFromLeadIn } from './statusFromLeadIn'
import { statusAtEnd } from './statusAtEnd'
import type { StatusAboveHeader } from './statusAboveHeader'
import { statusFromRoadmapStage } from './statusFromRoadmapStage'
import { stripFootnoteMarkers } from './stripFootnoteMarkers'
import { dropTightBullet } from './dropTightBullet'
import { statusFromProse } from './statusFromProse'
import { struckThrough } from './struckThrough'
import { statusFromReport } from './statusFromReport'
import { statusFromPerfectPassive } from './statusFromPerfectPassive'
import { ownersAfterRecordedDate } from './ownersAfterRecordedDate'
import { isDateAlone } from './isDateAlone'
import { ownersInClosingSentence } from './ownersInClosingSentence'
import { statusWordInNotes } from './statusWordInNotes'
import { statusInOtherColumn } from './statusInOtherColumn'
import { statusChecklistInCell } from './statusChecklistInCell'
import { statusFromPercentColumn } from './statusFromPercentColumn'
import { financialYearUnderHeader } from './financialYearUnderHeader'
import { ragFromColourColumn } from './ragFromColourColumn'
import { statusFromTargetsMet } from './statusFromTargetsMet'
import { statusOfStackedLines } from './statusOfStackedLines'
import { ownerOfLaterSentence } from './ownerOfLaterSentence'
import { ownerAfterActionLabel } from './ownerAfterActionLabel'
import { targetFromProse } from './targetFromProse'
import { targetFromStatusCell } from './targetFromStatusCell'
import { timingHeaderNamesProgress } from './timingHeaderNamesProgress'
import { peelQuotedName } from './peelQuotedName'
import { peelPriorityLabel } from './peelPriorityLabel'
import { peelResponseVerdict } from './peelResponseVerdict'
import { headerHoldsTarget } from './headerHoldsTarget'
import { periodInHeadingBrackets } from './periodInHeadingBrackets'
import { deadlineInHeading } from './deadlineInHeading'
import { actionCellPeriod, headingPeriod, periodAtStart } from './headingPeriod'
import { yearLedSentence } from './yearLedSentence'
import { createImportIssue } from './createImportIssue'
import type { ImportIssue } from '../model/importIssue'
import { cellText, type DraftCell, type DraftCells } from './readDraftCells'
import { ITEM_NUMBER } from './itemMark'
import { statusFromQuestionColumn } from './statusFromQuestionColumn'

/** A target cell under a year column. */
export interface DraftYearCell {
  readonly label: string
  readonly year: number | null
  readonly text: string
  readonly column: number
}

/** Everything read for one action before its fields are parsed. */
export interface ActionDraft {
  /** 1-based row the action starts on. */
  readonly row: number
  /** Canonical layout: cells are taken exactly as written, with no tidying. */
  readonly verbatim: boolean
  readonly section: string | null
  /** The mapped fields' cells (continuation rows append to them). */
  readonly cells: DraftCells
  readonly flags: { readonly header: string; value: string; readonly column: number }[]
  readonly years: DraftYearCell[]
  readonly extra: { readonly name: string; value: string; readonly column: number }[]
  /** The pillar of the grid block the action sat in. */
  readonly blockPillar: { readonly code: string; readonly header: string } | null
  /** No pillar column: read pillars from the description's prose (a "Rationale" column). */
  readonly pillarsFromDescription: boolean
}

/** What {@link buildAction} needs besides the draft. */
export interface BuildActionContext {
  readonly taxonomy: Taxonomy
  readonly dateContext: DateContext
  /** Where problems go; past its cap they are only counted. */
  readonly issues: ImportIssue[]
  /** The deadline the plan's notes give every action ("by the end of 2022"), for actions with no target column. */
  readonly deadline?: string | null
  /** The owner a list's lead-in names ("The superintendent will …:"), for actions with no owners column. */
  readonly leadOwner?: LeadInOwner | null
  /** The state the title lines above a table with no status column report for all its actions ("Actions completed in 2024"). */
  readonly titleStatus?: StatusAboveHeader | null
  /** The period a heading heading the whole page states ("2018 Q3" over the objectives), for the rows below it. */
  readonly periodAbove?: (row: number) => TargetDate | null
  /** What each heading says (its status, its pillar), read once per import however many actions sit under it. */
  readonly headings?: Map<string, HeadingReading>
  /** Who each owners cell names, read once per import however many actions repeat the cell ("HR", "Estates"). */
  readonly ownerCells?: Map<string, readonly string[]>
  /** The date each target cell reads as, parsed once per import however many actions repeat it ("Ongoing"). */
  readonly targetCells?: Map<string, TargetDate>
  /** The state each status cell reads as under its header, read once per import ("Complete", "In progress"). */
  readonly statusCells?: Map<string, Status>
  /** The page gives its listed members work as "Name: instruction" lines under any heading ("Owen: Order the cables"). */
  readonly membersColonWork?: boolean
  /** The first names on the roll of minutes without a header row (lower-cased), who may open an item as its subject. */
  readonly membersPresent?: ReadonlySet<string>
  /** The page's key to its status icons ("✅ Done", "🔄 In progress"): icon → state. */
  readonly statusKey?: ReadonlyMap<string, StatusState>
}

/**
 * A cell's reading once per distinct key of an import's memo (read every time when the import keeps none); each
 * action gets its own copy, so no action can change what the next one reads.
 */
function readOnce<Reading, Copy>(
  memo: Map<string, Reading> | undefined,
  key: string,
  read: () => Reading,
  copy: (reading: Reading) => Copy,
): Copy {
  const known = memo?.get(key)
  if (known !== undefined) return copy(known)
  const reading = read()
  memo?.set(key, reading)
  return copy(reading)
}

/** {@link readOwnerCell} once per distinct text of an import; each action gets its own copy of the names. */
function ownersOfCell(text: string, context: BuildActionContext): string[] {
  return readOnce(
    context.ownerCells,
    text,
    () => readOwnerCell(text),
    (owners) => [...owners],
  )
}

/** {@link parseTargetDate} once per distinct target text of an import (its date context is fixed); each action gets its own copy. */
function targetOfCell(text: string, context: BuildActionContext): TargetDate {
  return readOnce(
    context.targetCells,
    text,
    () => parseTargetDate(text, context.dateContext),
    (target) => ({ ...target }),
  )
}

/** {@link readStatusCell} once per distinct status cell (its text, header and column) of an import; each action gets its own copy. */
function statusOfCell(text: string, cell: DraftCell | undefined, context: BuildActionContext): Status {
  // The header's length makes the key unambiguous whatever the header and the text hold.
  const header = cell?.header ?? ''
  const key = `${cell?.column ?? ''}:${header.length}:${header}${text}`
  return readOnce(
    context.statusCells,
    key,
    () => statusThroughKey(text, context.statusKey) ?? readStatusCell(text, cell),
    (status) => ({ ...status }),
  )
}

/** A status cell holding only an icon the page's key explains ("🔄" under "🔄 In progress"): the key's state. */
function statusThroughKey(text: string, key: ReadonlyMap<string, StatusState> | undefined): Status | null {
  if (key === undefined || key.size === 0 || text.length > 12) return null
  const state = key.get(iconKey(text))
  return state === undefined ? null : { ...parseStatus(''), text, state }
}

/** What a status cell says, as a careful reader reads it under its header. */
function readStatusCell(text: string, cell: DraftCell | undefined): Status {
  let status = parseStatus(text)
  // An update written as prose in the status column: read as a careful reader reads it.
  if (status.state === 'unknown') status = statusFromProse(text) ?? status
  // A roadmap's stage written in the status column ("Future", "Preview", "Released"), as its headings name them.
  if (status.state === 'unknown') status = statusFromRoadmapStage(text) ?? status
  // What the report says happened: stopped for good, or the event held.
  status = statusFromReport(text, status)
  status = statusFromPerfectPassive(text, status)
  // "Completed" over a date, "Delivered Yes/No" over "Yes", "Open or Closed" over "Open": the header asks, the cell answers.
  status = statusFromQuestionColumn(cell?.header ?? '', text, status)
  // "Progress %" over bare figures ("75"): the status column is the percentage column.
  if (cell !== undefined && status.state === 'unknown')
    status = statusFromPercentColumn([{ name: cell.header, value: text, column: cell.column }], status).status
  // "Completed⏎On target⏎On target": one status a stacked milestone, some done, the action under way.
  return statusOfStackedLines(text, status)
}

/** What a heading above actions reports for all of them. */
interface HeadingReading {
  readonly status: Status | null
  /** The one pillar the heading names, with the text that reads back as it; null when it names none or several. */
  readonly pillar: { readonly code: string; readonly text: string } | null
  /** The period the heading is, when it is nothing else ("Fall 2019"): the target of the tasks below it. */
  readonly period: TargetDate | null
  /** The deadline a goal heading states ("… before May 2021. We will publish:"): the target of its deliverables. */
  readonly deadline: TargetDate | null
}

function readHeading(heading: string, context: BuildActionContext): HeadingReading {
  const known = context.headings?.get(heading)
  if (known !== undefined) return known
  const codes = resolvePillars(heading.slice(0, 400), context.taxonomy).codes
  const reading = {
    status: statusFromHeading(heading) ?? statusFromLeadIn(heading) ?? statusFromRoadmapStage(heading),
    pillar: codes.length === 1 ? { code: codes[0]!, text: readableText(codes, heading, context).text } : null,
    period:
      headingPeriod(heading, context.dateContext) ?? periodInHeadingBrackets(heading, context.dateContext),
    deadline: deadlineInHeading(heading, context.dateContext),
  }
  context.headings?.set(heading, reading)
  return reading
}

/**
 * Turns a draft into an action by handing each cell to its parser: `parseTargetDate` with the plan's date
 * context (and the year column's label), `parseStatus`, `parseOwners` and `resolvePillars`. Every parsed field
 * keeps its text. Problems a reader should fix (an unreadable date, an unknown pillar) are added to
 * `context.issues` as warnings. The id is left empty for `tableToPlan` to fill in once every action's ref is
 * known (ids are unique over the whole plan); it is the first key so the finished action has the model's key
 * order without being copied.
 *
 * @example
 * buildAction(draft, { taxonomy: technicianCommitment, dateContext: {}, issues: [] }).title
 */
export function buildAction(draft: ActionDraft, context: BuildActionContext): Action {
  const description = nullable(multiLine(draft, 'description'))
  const sectionCell = draft.cells.has('section') ? nullable(oneLine(draft, 'section')) : null
  const titleCell = readTitleCell(draft)
  // "~~Publish the roadmap~~": an item crossed off is done; its title is the text between the marks.
  const struck = draft.verbatim ? null : struckThrough(titleCell.title)
  if (struck !== null) titleCell.title = struck
  // "P0 - @ana - Publish …": the priority and the owner's handle opening a key result are not its title.
  const priority = draft.verbatim ? null : peelPriorityLabel(titleCell.title)
  if (priority !== null) titleCell.title = priority.rest
  // "Management agrees with this recommendation. The guidance will be rewritten.": the verdict is a note, the
  // planned action the title.
  const verdict = draft.verbatim ? null : peelResponseVerdict(titleCell.title)
  if (verdict !== null) titleCell.title = verdict.rest
  const pillars = readPillars(draft, description, context)
  let ownersText: string
  let owners: string[]
  let statusText: string
  let status: Status
  if (draft.verbatim) {
    ownersText = cellText(draft.cells, 'owners')
    owners = ownersText === '' ? [] : parseOwners(ownersText).owners
    statusText = cellText(draft.cells, 'status')
    status = parseStatus(statusText)
  } else {
    ownersText = cleanCellText(cellText(draft.cells, 'owners'))
    owners = ownersText === '' ? [] : ownersOfCell(ownersText, context)
    // "FaCSIA (DoHA)" under "Lead Agency (Contributing agencies)"; an "Agency" column beside the ministers.
    owners = contributorsInBrackets(draft.cells.get('owners')?.header ?? '', owners)
    if (draft.cells.has('owners')) owners = [...new Set([...owners, ...agencyColumnOwners(draft.extra)])]
    statusText = cleanCellText(cellText(draft.cells, 'status'))
    status = statusOfCell(statusText, draft.cells.get('status'), context)
    // "Owner and progress to date": the name, then the state and its note, in one cell.
    const both =
      statusText === '' ? ownerThenProgress(draft.cells.get('owners')?.header ?? '', ownersText) : null
    if (both !== null) {
      owners = ownersOfCell(both.owners, context)
      statusText = both.status.text
      status = both.status
    }
    // "Refer to the Finance Committee", "Enquiry not to be pursued": the item handed to its new owner, or dropped.
    const disposition = ownersText === '' ? null : readDisposition(ownersText)
    if (disposition !== null) {
      owners = disposition.kind === 'handed-over' ? ownersOfCell(disposition.to, context) : []
      if (disposition.kind === 'dropped' && statusText === '') {
        statusText = ownersText
        status = { ...parseStatus(''), state: 'cancelled', text: ownersText }
      }
    }
  }
  // No owners column: an action that opens with who does it ("HR to review …") names its owners.
  if (!draft.verbatim && !draft.cells.has('owners')) {
    // A page's addressees ("To: the Council and the Police") own its recommendations, whatever each "should" names.
    owners = priority === null ? [] : [...priority.owners]
    // "… the invoice is paid. ACTION: HARBOURSIGNS": the label closing the point names who acts, whoever its sentences name.
    const tagged = owners.length === 0 ? ownerAfterActionLabel(titleCell.title) : null
    if (tagged !== null) {
      owners = tagged.owners
      titleCell.title = tagged.rest
    }
    if (owners.length === 0)
      owners = ownersNamedAsSubject(titleCell.title, { should: context.leadOwner == null })
    if (owners.length === 0) owners = ownerNamedAsAgent(titleCell.title)
    if (owners.length === 0) owners = ownerInOpeningBracket(titleCell.title)
    // "(Project Manager) Book the room": the role in brackets owns the work written after it, the title.
    const role = owners.length === 0 ? roleInOpeningBracket(titleCell.title) : null
    if (role !== null) {
      owners = ownersOfCell(role.owner, context)
      titleCell.title = role.rest
    }
    if (owners.length === 0) owners = ownerBeforeColon(titleCell.title)
    // With no header row, the heading above the items says whether they are a meeting's task list.
    const titleHeader = draft.cells.get('title')?.header ?? ''
    if (owners.length === 0)
      owners = ownersOpeningActionItem(
        titleCell.title,
        titleHeader.trim() === '' ? (draft.section ?? '') : titleHeader,
      )
    // "Priya: Book the room" under a meeting's action items: Priya's, titled by the work after the colon.
    const labelled =
      owners.length === 0
        ? ownerLabelOpeningActionItem(
            titleCell.title,
            draft.cells.get('title')?.header ?? '',
            context.membersColonWork === true,
          )
        : null
    if (labelled !== null) {
      owners = labelled.owners
      titleCell.title = labelled.rest
    }
    if (owners.length === 0) owners = ownersAfterRecordedDate(titleCell.title)
    if (owners.length === 0) owners = ownerAfterLastColon(titleCell.title)
    if (owners.length === 0) owners = handlesAtEnd(titleCell.title)
    // "@raj Fix the door sensor": the handles opening a task name who takes it on.
    if (owners.length === 0) owners = handlesOpeningItem(titleCell.title)
    if (owners.length === 0) owners = ownerOfLaterSentence(titleCell.title)
    // "Programs. Ana Lee and Tom Ode.": a closing sentence that is only names says who leads the item.
    if (owners.length === 0) owners = ownersInClosingSentence(titleCell.title)
    // "Publish the outline [Allan drafted the circular]": the note closing the item names who took it on.
    if (owners.length === 0) owners = ownersInClosingBracket(titleCell.title)
    // "Jonas kauft die Farbe" in minutes listing Jonas as present: the member opening the item does the work.
    if (owners.length === 0 && context.membersPresent !== undefined)
      owners = membersOpeningItem(titleCell.title, context.membersPresent)
    if (owners.length > 0) ownersText = owners.join(', ')
  }
  // A last line of the action cell naming its lead ("LEAD: Equality Advisor") owns it when no owner is given;
  // otherwise the line stays in the title, so nothing written is lost.
  if (titleCell.lead !== null) {
    if (owners.length === 0 && !hasText(ownersText)) {
      ownersText = titleCell.lead.owners
      owners = ownersOfCell(ownersText, context)
    } else titleCell.title = `${titleCell.title} ${titleCell.lead.line}`
  }
  // Still no owner, no owners column: the lead-in above the list ("The superintendent will …:") names it.
  const leadOwner = context.leadOwner ?? null
  if (leadOwner !== null && owners.length === 0 && !draft.verbatim && !draft.cells.has('owners')) {
    owners = ownersOfCell(leadOwner.owner, context)
    ownersText = leadOwner.owner
    context.issues.push(
      createImportIssue(
        'owners-from-lead-in',
        'info',
        draft.row,
        null,
        null,
        `The table has no owners column, so the action on row ${draft.row} takes the owner the list's lead-in on row ${leadOwner.row + 1} names ("${leadOwner.owner}"). If that is wrong, add an owners column, or force one with options.columns (e.g. { owners: 3 }).`,
      ),
    )
  }
  const successText = multiLine(draft, 'successMeasures')
  const target = readProseTarget(draft, successText, description, context) ?? readTarget(draft, context)
  if (!draft.verbatim)
    status = readPercentColumn(draft, readProseStatus(draft, status, target, context), context)
  // Crossed off means done, whatever stage the item was listed under, unless the plan says it was dropped.
  if (struck !== null && status.state !== 'complete' && status.state !== 'cancelled')
    status = { ...parseStatus('Done'), text: 'struck through' }

  if (target.kind === 'unknown' && hasText(target.text)) {
    const where = targetCellPlace(draft)
    context.issues.push(
      createImportIssue(
        'unreadable-date',
        'warning',
        draft.row,
        where.column,
        where.header,
        `The target "${clip(target.text)}" is not a date techcommit can read, so the action counts as not dated. Write it like "March 2020", "Q2 2020", "By end of June 2019" or "On-going" (the text is kept as written).`,
      ),
    )
  }
  if (status.state === 'unknown' && hasText(statusText)) {
    const cell = draft.cells.get('status')!
    context.issues.push(
      createImportIssue(
        'unreadable-status',
        'info',
        draft.row,
        cell.column + 1,
        cell.header,
        `The status "${clip(statusText)}" was not recognised, so its state is "unknown". Words like "Not started", "In progress", "Complete (16/04/18)" or "On hold" are read.`,
      ),
    )
  }

  const extra: ExtraField[] = []
  for (const item of draft.extra) {
    const value = draft.verbatim ? item.value : item.value.trim()
    if (value !== '') extra.push({ column: item.name, value })
  }
  // The priority peeled from the item's opening ("P0 - @ana - …") is kept, as nothing written is lost.
  if (priority !== null) extra.push({ column: 'Priority', value: priority.priority })

  // "1.1." in a ref column is the ref 1.1, as peelRef reads it at the start of a cell: the dot is punctuation.
  // A ref cell of several lines whose first line is the ref ("1.1.1⏎PRIORITY ACTION"): the ref is that line; the
  // other lines are kept in extra under the ref column's header.
  const refLines = draft.verbatim ? [] : multiLine(draft, 'ref').split('\n')
  const multiLineRef = refLines.length >= 2 && refLike.test(refLines[0]!)
  if (multiLineRef) {
    const cell = draft.cells.get('ref')!
    extra.push({ column: cell.header || `Column ${cell.column + 1}`, value: refLines.slice(1).join('\n') })
  }
  const refText = multiLineRef ? refLines[0]! : oneLine(draft, 'ref')
  let ref = nullable(draft.verbatim ? refText : refText.replace(refClosedByDot, '$1'))
  // "Action 2" in an "Action #" column: the ref is the number.
  if (ref !== null && !draft.verbatim) ref = labelledRefCell(ref) ?? ref
  // Without a ref of its own, a catalogue number in brackets ending the action ("… recruitment (#76-79)") is
  // its ref, cut from the title.
  const catalogue = ref === null && !draft.verbatim ? catalogueRef.exec(titleCell.title) : null
  if (catalogue !== null) {
    ref = catalogue[1]!.replace('–', '-')
    titleCell.title = titleCell.title.slice(0, catalogue.index).trim()
  }
  // A catalogue code closing the action after its full stop ("… al Cloud della PA. LA05") is its ref too; a period
  // so written ("… by the year end. FY24") is not.
  const code = ref === null && !draft.verbatim ? catalogueCode.exec(titleCell.title) : null
  if (code !== null && parseTargetDate(code[2]!, {}).due === null) {
    ref = code[2]!
    titleCell.title = titleCell.title.slice(0, code.index + code[1]!.length).trim()
  }
  // Without a ref column, a ref with a lettered part opening the action ("1.3(b) Keep applying …") is its ref,
  // even on the only numbered row: no count or amount is written that way.
  const opening = ref === null && !draft.verbatim && !draft.cells.has('ref') ? peelRef(titleCell.title) : null
  if (opening !== null && partRef.test(opening.ref)) {
    ref = opening.ref
    titleCell.title = opening.rest
  }
  // "'A supported workforce' - Following …": the quoted name is the title, the text after the dash its description.
  const named = description === null && !draft.verbatim ? peelQuotedName(titleCell.title) : null
  if (named !== null) titleCell.title = named.name
  // "June 2020: Cabinet paper - …" with no target column: the period read as the target is not part of the title.
  const dated =
    draft.verbatim || draft.cells.has('target') ? null : periodAtStart(titleCell.title, actionCellPeriod)
  if (dated !== null && target.text.includes(dated.period)) titleCell.title = dated.rest
  return {
    id: '',
    ref,
    title: draft.verbatim ? titleCell.title : dropTightBullet(stripFootnoteMarkers(titleCell.title)),
    description: named?.rest ?? description,
    section: sectionCell ?? titleCell.label ?? draft.section,
    pillars: pillars.codes,
    pillarsText: pillars.text,
    owners,
    ownersText,
    target,
    successMeasures: splitLines(successText),
    status,
    notes: withVerdict(verdict?.verdict ?? null, nullable(multiLine(draft, 'notes'))),
    updates: [],
    extra,
  }
}

/**
 * With no target column (and no year columns), the dates written in the action's evidence, description or
 * title are its target, with a warning: the reader should check the guess or add a target column.
 */
function readProseTarget(
  draft: ActionDraft,
  successText: string,
  description: string | null,
  context: BuildActionContext,
): TargetDate | null {
  if (draft.verbatim || draft.cells.has('target') || draft.years.length > 0 || draft.blockPillar !== null) {
    return null
  }
  const finished = targetFromStatusCell(draft, context)
  if (finished !== null) return finished
  // Milestones split off into a column of their own ("Milestones: …" written in each action cell) are still the
  // action's milestones.
  const milestoneColumn = draft.extra.find(isMilestoneColumn)
  const title = oneLine(draft, 'title')
  const found = targetFromProse(
    {
      successMeasures: successText,
      description: description ?? '',
      title:
        milestoneColumn === undefined || milestoneColumn.value.trim() === ''
          ? title
          : `${title} Milestones: ${milestoneColumn.value}`,
    },
    context.dateContext,
    headerHoldsTarget(draft.cells.get('title')?.header ?? ''),
  )
  // A heading that is only a period ("Fall 2019") dates the tasks below it; a date in the task's own prose wins
  // only when it falls inside that period (a year in a document's name, "the 2017 assessment", does not).
  // "Key Actions (2018-19)" over the action column: the period of every action under that header.
  const period =
    (draft.section === null ? null : readHeading(draft.section, context).period) ??
    periodInHeadingBrackets(draft.cells.get('title')?.header ?? '', context.dateContext) ??
    // "2018 Q3" over "Objective: …" over the key results: the period above the group heading.
    context.periodAbove?.(draft.row) ??
    null
  // "In 2031, the council will open the new library." below a lead-in for 2032 or a heading's "by 2033": a
  // milestone dated by the year it opens with, not by the heading or lead-in above it.
  const ownYear = period === null && draft.section === null ? null : yearLedSentence(title)
  const ownPeriod = ownYear === null ? null : headingPeriod(ownYear, context.dateContext)
  if (ownPeriod !== null) return ownPeriod
  if (period !== null && (found === null || !within(found.target, period)))
    return targetFromHeading(draft, context, period, 'the period of the heading above it')
  const deadline =
    found === null && draft.section !== null ? readHeading(draft.section, context).deadline : null
  if (deadline !== null)
    return targetFromHeading(draft, context, deadline, 'the deadline the heading above it states')
  if (found === null) return readPlanDeadline(draft, context)
  const cell = draft.cells.get(found.field)
  context.issues.push(
    createImportIssue(
      'target-from-prose',
      'warning',
      draft.row,
      cell ? cell.column + 1 : null,
      cell?.header ?? null,
      `The table has no target column, so the date${found.target.parts.length > 1 ? 's' : ''} in the ${found.field === 'successMeasures' ? 'success measures' : found.field} ("${clip(found.target.text)}") ${found.target.parts.length > 1 ? 'were' : 'was'} read as the action's target (due ${found.target.due}). If that is wrong, add a target column, or force one with options.columns (e.g. { target: 4 }).`,
    ),
  )
  return found.target
}

/** A column split off for the action's milestones ("Milestones", "Key milestones"). */
function isMilestoneColumn(cell: { readonly name: string }): boolean {
  return /^(?:key )?milestones?$/i.test(cell.name.trim())
}

/** The heading's period or deadline is the action's target; an info issue says so. */
function targetFromHeading(
  draft: ActionDraft,
  context: BuildActionContext,
  target: TargetDate,
  what: string,
): TargetDate {
  context.issues.push(
    createImportIssue(
      'target-from-heading',
      'info',
      draft.row,
      null,
      null,
      `The table has no target column, so the action on row ${draft.row} takes ${what} ("${clip(target.text)}", due ${target.due}). If that is wrong, add a target column, or force one with options.columns (e.g. { target: 4 }).`,
    ),
  )
  return target
}

/** Whether a date read from prose falls inside a heading's period (both ISO days, compared as text). */
function within(target: TargetDate, period: TargetDate): boolean {
  return (
    target.due !== null &&
    period.start !== null &&
    period.due !== null &&
    target.due >= period.start &&
    target.due <= period.due
  )
}

/**
 * With no target column and no date in its own text, an action takes the deadline the plan's notes give every
 * action ("The measures are to be implemented by the end of 2022"), with a warning.
 */
function readPlanDeadline(draft: ActionDraft, context: BuildActionContext): TargetDate | null {
  if (context.deadline === undefined || context.deadline === null) return null
  const target = parseTargetDate(context.deadline, context.dateContext)
  if (target.due === null) return null
  context.issues.push(
    createImportIssue(
      'target-from-plan-deadline',
      'warning',
      draft.row,
      null,
      null,
      `The table has no target column, so the action on row ${draft.row} takes the deadline the plan's notes give every action ("${clip(context.deadline)}", due ${target.due}). If that is wrong, add a target column, or force one with options.columns (e.g. { target: 4 }).`,
    ),
  )
  return target
}

/**
 * With no status column, an update written as prose in the notes column ("Progress update": "Work is in progress:
 * the group has met twice") gives the status, the prose kept whole as its note, with an issue saying so.
 */
function readProseStatus(
  draft: ActionDraft,
  status: Status,
  target: TargetDate,
  context: BuildActionContext,
): Status {
  // "Deploy the service | … | (empty) | In progress": a stray empty cell pushed the status one column on, past the
  // header, into a column with no header of its own.
  if (draft.cells.has('status') && !hasText(status.text)) {
    const shifted = readShiftedStatus(draft, context)
    if (shifted !== null) return shifted
  }
  // An empty status cell says nothing: the update beside it (a status column of icons lost in the export,
  // beside a "Latest note" of prose), else the heading above, may still.
  if (draft.cells.has('status') && hasText(status.text)) {
    // A status cell of prose that names no state, RAG or percentage ("Surveyor is in post") leaves "Completed" in
    // the target cell to say it; the prose is kept as the status note.
    const saysNothing = status.state === 'unknown' && status.reportedRag === null && status.percent === null
    const done = saysNothing ? statusFromTarget(draft, target, context, status.text) : null
    return done ?? status
  }
  if (draft.cells.has('status') && !draft.cells.has('notes')) return readHeadingStatus(draft, status, context)
  const emptyStatusCell = draft.cells.has('status')
  const done = emptyStatusCell
    ? null
    : (statusFromYearColumns(yearColumnCells(draft)) ?? statusFromTarget(draft, target, context))
  if (done !== null) return done
  if (!draft.cells.has('notes'))
    return readOtherColumnStatus(draft, context) ?? readHeadingStatus(draft, status, context)
  const text = multiLine(draft, 'notes')
  const reported = statusFromReport(text, status)
  const read =
    statusFromTargetsMet(text, multiLine(draft, 'successMeasures')) ??
    statusFromProse(text) ??
    (reported.state === 'unknown' ? null : reported) ??
    statusWordInNotes(text)
  if (read === null)
    return (
      (emptyStatusCell ? null : readOtherColumnStatus(draft, context)) ??
      readHeadingStatus(draft, status, context)
    )
  const cell = draft.cells.get('notes')!
  context.issues.push(
    createImportIssue(
      'status-from-prose',
      'info',
      draft.row,
      cell.column + 1,
      cell.header,
      `${emptyStatusCell ? `The status cell on row ${draft.row} is empty` : 'The table has no status column'}, so the words of the update in "${cell.header}" on row ${draft.row} were read as the status "${read.state}" (the update is kept as the status note and in notes). If that is wrong, add a status column, or force one with options.columns (e.g. { status: ${cell.column + 1} }).`,
    ),
  )
  return read
}

/**
 * A "% Complete" column beside the status: its figure is the percent, and the state where the status says none; a
 * colour column beside it gives the colour the authors rated it.
 */
function readPercentColumn(draft: ActionDraft, status: Status, context: BuildActionContext): Status {
  const read = statusFromPercentColumn(draft.extra, status)
  if (read.decided && read.cell !== null) {
    context.issues.push(
      createImportIssue(
        'status-from-percent',
        'info',
        draft.row,
        read.cell.column + 1,
        read.cell.name || null,
        `The status on row ${draft.row} names no state, or is a report the figure corrects, so "${read.cell.value.trim()}" in "${read.cell.name}" was read as the status "${read.status.state}". If that is wrong, write the state in the status column.`,
      ),
    )
  }
  return ragFromColourColumn(draft.extra, read.status)
}

/**
 * An empty status cell, and a cell past it in a column with no header that is wholly a status: a row of a Markdown
 * or CSV table with a stray empty cell ("Deploy the service,Move it to production,,In progress" under "Task,
 * Description,Status") has its status one column on. That cell is the status, with an issue.
 */
function readShiftedStatus(draft: ActionDraft, context: BuildActionContext): Status | null {
  const statusCell = draft.cells.get('status')!
  const found = statusInOtherColumn(
    draft.extra
      .filter((item) => item.column > statusCell.column && item.name === `Column ${item.column + 1}`)
      .map((item) => ({ text: item.value, column: item.column, header: item.name })),
  )
  if (found === null) return null
  return statusReadFrom(
    found,
    null,
    draft,
    context,
    `The status cell on row ${draft.row} is empty, so "${found.status.text}" in column ${found.cell.column + 1}, which has no header, was read as the status "${found.status.state}" (a stray empty cell may have pushed it there). If that is wrong, remove the cell in column ${found.cell.column + 1}.`,
  )
}

/** With no status column, a cell of another column that is wholly a status ("DONE" under "Issue"), with an issue. */
function readOtherColumnStatus(draft: ActionDraft, context: BuildActionContext): Status | null {
  const description = draft.cells.get('description')
  const others = [
    ...(description === undefined ? [] : [description]),
    ...draft.extra.map((item) => ({ text: item.value, column: item.column, header: item.name })),
  ]
  const found = statusInOtherColumn(others) ?? statusChecklistInCell(others)
  if (found === null) return null
  const header = found.cell.header || `column ${found.cell.column + 1}`
  return statusReadFrom(
    found,
    found.cell.header || null,
    draft,
    context,
    `The table has no status column, so "${found.status.text}" in "${header}" on row ${draft.row} was read as the status "${found.status.state}". If that is wrong, add a status column, or force one with options.columns (e.g. { status: ${found.cell.column + 1} }).`,
  )
}

/** A status read from a cell outside the status column: said as a `status-from-prose` issue at that cell. */
function statusReadFrom(
  found: NonNullable<ReturnType<typeof statusInOtherColumn>>,
  header: string | null,
  draft: ActionDraft,
  context: BuildActionContext,
  message: string,
): Status {
  context.issues.push(
    createImportIssue('status-from-prose', 'info', draft.row, found.cell.column + 1, header, message),
  )
  return { ...found.status }
}

/**
 * With no status column, or a status cell of prose that names no state (`statusProse`, kept as the note), a target
 * cell that says the action is finished ("Completed", "Done", "Achieved 2019") answers "what state is it in" as
 * well as "when": the action is complete, with an issue saying so. A timescale word such as "Ongoing" says how long
 * the work runs, not that it has started, so it gives no status, unless the column's header names progress as well
 * as timing ("Timeline/Progress"): there "Ongoing" or "In progress" is the state it names.
 */
function statusFromTarget(
  draft: ActionDraft,
  target: TargetDate,
  context: BuildActionContext,
  statusProse: string | null = null,
): Status | null {
  // "January 1, 2012 [COMPLETED]⏎On-going compliance": finished on that day, kept up since; the work is complete.
  const finished =
    target.kind === 'multiple' &&
    target.parts.length >= 2 &&
    target.parts[0]!.kind === 'completed' &&
    target.parts.slice(1).every((part) => part.kind === 'ongoing')
  const where = targetCellPlace(draft)
  let read: Status
  let why: string
  let what: string
  if (target.kind === 'ongoing' && statusProse === null) {
    // "Ongoing" under "Timeline/Progress": a column headed for progress as well as timing gives the state it names.
    if (!timingHeaderNamesProgress(where.header)) return null
    read = parseStatus(target.text)
    if (read.state !== 'ongoing' && read.state !== 'in-progress') return null
    why = 'The table has no status column'
    what = `in "${where.header}" on row ${draft.row}, a column headed for progress as well as timing,`
  } else {
    if (target.kind !== 'completed' && !finished) return null
    // The prose joins the finished word as one status text ("Completed: Surveyor is in post", the prose its note),
    // which reads back the same from an export.
    read = parseStatus(statusProse === null ? target.text : `${target.text}: ${statusProse}`)
    if (read.state !== 'complete') return null
    why =
      statusProse === null
        ? 'The table has no status column'
        : `The status cell on row ${draft.row} ("${clip(statusProse)}") names no state`
    what = `in the target on row ${draft.row}`
  }
  context.issues.push(
    createImportIssue(
      'status-from-target',
      'info',
      draft.row,
      where.column,
      where.header,
      `${why}, so "${clip(target.text)}" ${what} was read as the status "${read.state}" as well. If that is wrong, add a status column, or force one with options.columns.`,
    ),
  )
  return read
}

/** The cells under the action's year-headed columns, wherever they were mapped (target, year or extra). */
function yearColumnCells(draft: ActionDraft): HeadedCell[] {
  const target = draft.cells.get('target')
  return [
    ...(target === undefined ? [] : [{ header: target.header, text: target.text, column: target.column }]),
    ...draft.years.map((year) => ({ header: year.label, text: year.text, column: year.column })),
    ...draft.extra.map((item) => ({ header: item.name, text: item.value, column: item.column })),
  ]
}

/**
 * With no status of its own, an action under a heading that reports a state for everything below it ("Year 1
 * Goals Complete", "Completed actions") takes that state, with an issue saying so.
 */
function readHeadingStatus(draft: ActionDraft, status: Status, context: BuildActionContext): Status {
  const heading = draft.section === null ? null : readHeading(draft.section, context).status
  // No heading of its own that reports a state: the title lines above the table may report one for all.
  const above = heading === null ? (context.titleStatus ?? null) : null
  if (heading === null && above === null) return status
  // "Register the area – Completed" under "Started June 2031": an item marking its own status off keeps it (read
  // from its title later), whatever the heading or the title lines report for the rest.
  const title = draft.cells.get('title')?.text ?? ''
  if (
    status.state === 'unknown' &&
    status.text === '' &&
    statusAtEnd(title.slice(0, 2000), 'marker') !== null
  )
    return status
  // "Our lab is reevaluating …" under "… has made the following changes:": this one is still under way.
  if (heading?.state === 'complete' && saysWorkUnderWay(title)) return parseStatus('In progress')
  // Each action its own copy: a plan's actions share no objects.
  const read = { ...(heading ?? above!.status) }
  const where =
    heading === null
      ? `the title line on row ${above!.row + 1}`
      : `the heading above it ("${clip(draft.section!)}")`
  context.issues.push(
    createImportIssue(
      'status-from-heading',
      'info',
      draft.row,
      null,
      null,
      `The action on row ${draft.row} has no status of its own, so it takes the status "${read.state}" from ${where}. If that is wrong, add a status column, or force one with options.columns.`,
    ),
  )
  return read
}

/** Where an issue about the action's target points: its target cell, or its first year column, as 1-based column. */
function targetCellPlace(draft: ActionDraft): { column: number | null; header: string | null } {
  const cell = draft.cells.get('target') ?? draft.years[0]
  if (cell === undefined) return { column: null, header: null }
  return { column: cell.column + 1, header: 'header' in cell ? cell.header : cell.label }
}

function multiLine(draft: ActionDraft, field: ColumnField): string {
  const text = cellText(draft.cells, field)
  return draft.verbatim || text === '' ? text : cleanCellText(text)
}

// Without a tag or an entity, tidying a cell and then collapsing it is the same as collapsing it.
const markup = /[<&]/

/** "1.1.1", "2.3a", "V3": a ref alone on its line. */
const refLike = new RegExp(String.raw`^[A-Za-z]{0,3}${ITEM_NUMBER}(?:\.\d{1,3}){0,3}[a-z]?\.?$`)

/** "12.", "1.2.", "1200.": a ref closed by a full stop, the stop not part of it. */
const refClosedByDot = new RegExp(String.raw`^(${ITEM_NUMBER}(?:\.\d{1,3}){0,3})\.$`)

/** "1.3(b)", "2(a)": a ref with a lettered part in brackets. */
const partRef = new RegExp(String.raw`^[A-Za-z]?${ITEM_NUMBER}(?:\.\d{1,3}){0,3}\([a-z]{1,4}\)$`)

/** "(#59)", "(#6-7)", "(No. 12)" at the very end of an action's title. */
const catalogueRef = /\s?\((?:#|no\.?\s?)(\d{1,4}(?:[-–]\d{1,4})?)\)\.?$/i

/** "… della PA. LA05": two to four capitals glued to two or three digits after the sentence's full stop, ending
 * the title. Anchored at the end and bounded. */
const catalogueCode = /([.!?;]["”’)]?)\s{1,3}([A-Z]{2,4}\d{2,3})$/

/** "Progress update:", "Principle:": a short label line with nothing after its colon. */
const emptyLabelLine = /^[^:\n]{1,60}:$/

/**
 * The action cell's title. Non-verbatim cells are read as a careful reader would: a first line that is only a
 * short label ("Environment & Culture:", or "STAFF & STUDENTS" in capitals) above the action's own lines is the
 * label (returned apart, the action's section when it has none), empty form labels at the end ("Progress update:") are dropped, and a
 * last line naming the lead ("LEAD: Equality Advisor") is returned apart (the action's owners when none is given).
 */
function readTitleCell(draft: ActionDraft): {
  title: string
  readonly label: string | null
  readonly lead: { readonly line: string; readonly owners: string } | null
} {
  if (draft.verbatim) return { title: oneLine(draft, 'title'), label: null, lead: null }
  const text = multiLine(draft, 'title')
  if (!text.includes('\n')) return { title: collapseWhitespace(text), label: null, lead: null }
  const lines = text.split('\n').map(collapseWhitespace).filter(hasText)
  while (lines.length >= 2 && emptyLabelLine.test(lines[lines.length - 1]!) && wordCount(lines.at(-1)!) <= 4)
    lines.pop()
  // "LEAD: Strategic OD HR" on the last line, below the action: who owns it, not part of its title.
  const named = lines.length >= 2 ? ownerLine.exec(lines.at(-1)!) : null
  const lead = named === null ? null : { line: lines.pop()!, owners: named[1]!.trim() }
  let label: string | null = null
  // On a numbered row ("b) Share with key stakeholders:" above the list of them), the line after the number
  // is the item itself leading into its details, not a label above it.
  const numbered = hasText(cellText(draft.cells, 'ref'))
  // A lead-in its list finishes ("Embedded new framework of:" over "• Copyright", "• Research") is the action itself.
  if (
    !numbered &&
    lines.length >= 2 &&
    emptyLabelLine.test(lines[0]!) &&
    wordCount(lines[0]!) <= 10 &&
    !isUnfinishedLead(lines[0]!)
  ) {
    label = lines.shift()!.slice(0, -1).trim()
  } else if (lines.length >= 2 && isCapitalsLabel(lines[0]!) && /[a-z]/.test(lines[1]!)) {
    // "STAFF & STUDENTS" in capitals above the action's own sentence: a group label, as a heading is.
    label = lines.shift()!
  } else if (
    lines.length >= 2 &&
    !hasText(draft.cells.get('title')?.header ?? '') &&
    actionHeader.test(draft.cells.get('owners')?.header ?? '') &&
    isTopicLine(lines[0]!) &&
    wordCount(lines[1]!) >= minSentenceWords
  ) {
    // "Water troughs" over "RB to ask the council …" in an unheaded column beside the minutes' "Action" column:
    // the minute's topic, a heading over the minute, not the start of the work.
    label = lines.shift()!
  }
  return { title: lines.join(' '), label, lead }
}

/** "Action", "Actions", "Action by": a minutes table's header over the initials of whoever acts on each minute. */
const actionHeader = /^\s{0,3}actions?(?: by)?\s{0,3}$/i

/** A minute's next line is a sentence of at least this many words. */
const minSentenceWords = 4

/** "Hedges", "Open day": a topic of a few words heading a minute, no punctuation, no digit. */
function isTopicLine(line: string): boolean {
  return wordCount(line) <= 3 && /^[A-Z][a-z]{1,20}(?: [A-Za-z]{1,20}){0,2}$/.test(line)
}

/** A short line in capitals only ("STAFF & STUDENTS", "GOVERNANCE"): a label, not a sentence. */
function isCapitalsLabel(line: string): boolean {
  return wordCount(line) <= 6 && /[A-Z]{2}/.test(line) && !/[a-z]/.test(line)
}

function wordCount(text: string): number {
  return text.split(' ').length
}

function oneLine(draft: ActionDraft, field: ColumnField): string {
  const text = cellText(draft.cells, field)
  if (draft.verbatim) return text
  return collapseWhitespace(markup.test(text) ? cleanCellText(text) : text)
}

function splitLines(text: string): string[] {
  if (text === '') return []
  if (!text.includes('\n')) return hasText(text) ? [text] : []
  return text.split('\n').filter(hasText)
}

/** Target cells are tidied without HTML decoding; one shared options object rather than one per cell. */
const noHtml = { html: false } as const

function nullable(text: string): string | null {
  return text === '' ? null : text
}

function readPillars(
  draft: ActionDraft,
  description: string | null,
  context: BuildActionContext,
): { codes: string[]; text: string } {
  let resolved: ResolvedPillars | null = null
  if (draft.cells.has('pillars')) {
    let text: string
    if (draft.verbatim) {
      text = cellText(draft.cells, 'pillars')
      if (!hasText(text)) return { codes: [], text }
      resolved = resolvePillars(text, context.taxonomy)
    } else {
      text = cleanCellText(cellText(draft.cells, 'pillars'))
      if (!hasText(text)) return { codes: [], text }
      resolved = resolvePillars(text, context.taxonomy)
    }
    const { unresolved } = resolved
    if (unresolved.length > 0) {
      const cell = draft.cells.get('pillars')!
      context.issues.push(
        createImportIssue(
          'unresolved-pillar',
          'warning',
          draft.row,
          cell.column + 1,
          cell.header,
          `"${clip(unresolved.join(', '))}" is not a pillar of ${context.taxonomy.name}. Use the pillar names or codes (${context.taxonomy.pillars.map((p) => `${p.code} ${p.name}`).join(', ')}), or pass a taxonomy that has it.`,
        ),
      )
    }
    return { codes: resolved.codes, text }
  }
  if (draft.blockPillar) {
    return readableText([draft.blockPillar.code], draft.blockPillar.header, context)
  }
  if (draft.flags.length > 0) {
    const flags = draft.flags.map((flag) => ({ header: flag.header, value: flag.value.trim() }))
    if (flags.every((flag) => flag.value === '')) return { codes: [], text: '' }
    resolved = resolvePillars(flags, context.taxonomy)
    const { unresolved } = resolved
    if (unresolved.length > 0) {
      const first = draft.flags[0]!
      context.issues.push(
        createImportIssue(
          'unresolved-pillar',
          'warning',
          draft.row,
          first.column + 1,
          first.header,
          `The pillar flags "${clip(unresolved.join('; '))}" were not read as ticks. Mark a pillar with "Y", "x" or "✓" and leave the others empty.`,
        ),
      )
    }
    return readableText(resolved.codes, resolved.text, context)
  }
  if (draft.pillarsFromDescription && description !== null) {
    resolved = resolvePillars(description, context.taxonomy)
    return { codes: resolved.codes, text: resolved.codes.length > 0 ? description : '' }
  }
  // With no pillar of its own, an action under a heading or statement that names exactly one pillar ("We
  // ensure … the contribution of technicians is visible …") belongs to that pillar.
  if (!draft.verbatim && draft.section !== null && !draft.cells.has('section')) {
    const { pillar } = readHeading(draft.section, context)
    if (pillar !== null) return { codes: [pillar.code], text: pillar.text }
  }
  return { codes: [], text: '' }
}

// pillarsText must read back as the same codes, or the canonical export would not re-import to the same plan;
// when a summary (of odd flags) reads differently, the codes themselves are the text.
function readableText(
  codes: string[],
  text: string,
  context: BuildActionContext,
): { codes: string[]; text: string } {
  const again = resolvePillars(text, context.taxonomy).codes
  const same = again.length === codes.length && again.every((code, i) => code === codes[i])
  return { codes, text: same ? text : codes.join(', ') }
}

function readTarget(draft: ActionDraft, context: BuildActionContext): TargetDate {
  if (draft.years.length > 0) {
    const filled = draft.years.filter((cell) => cell.text.trim() !== '')
    if (filled.length === 0) return parseTargetDate('', context.dateContext)
    const parts = filled.map((cell) => {
      const text = draft.verbatim ? cell.text : cleanCellText(cell.text, noHtml)
      return readUnderColumn(text, cell.label, cell.year, context)
    })
    if (parts.length === 1) return parts[0]!
    return combineTargetParts(
      parts.map((part) => part.text).join(' / '),
      filled.map((cell) => cell.label).join(' / '),
      parts,
    )
  }
  const targetText = cellText(draft.cells, 'target')
  const columnText = cellText(draft.cells, 'targetColumn')
  const column = draft.verbatim ? columnText : collapseWhitespace(columnText)
  const text = draft.verbatim ? targetText : cleanCellText(targetText, noHtml)
  if (column === '') {
    // "July - September" under a row that is only "2015": the months of that year.
    const year = yearOfSection(draft.section, text)
    if (year !== null)
      return parseTargetDate(text, { ...context.dateContext, referenceDate: `${year}-01-01` })
    // "5/7/08" on a row of its own over steps whose date cells are empty: the day the steps below fall on.
    const day = text === '' ? dayOfSection(draft.section, context) : null
    if (day !== null) return day
    // "16/17" under "Relevant FY": the financial year, read as "FY 16/17" is, its text kept as written.
    const read = financialYearUnderHeader(draft.cells.get('target')?.header ?? '', text)
    if (read === text) return targetOfCell(text, context)
    return { ...targetOfCell(read, context), text }
  }
  // The canonical export writes a multi-column target as "Q2 / Q.E" under "Year 1 / Year 2".
  const texts = text.split(' / ')
  const columns = column.split(' / ')
  if (texts.length > 1 && texts.length === columns.length) {
    return combineTargetParts(
      text,
      column,
      texts.map((part, i) => readUnderColumn(part, columns[i]!, null, context)),
    )
  }
  return readUnderColumn(text, column, null, context)
}

const calendarYear = /^(?:19|20)\d{2}$/
/** "2015", "2015:": a section heading that is only a year. */
const yearHeading = /^\s{0,8}((?:19|20)\d{2})\s{0,3}:?\s{0,8}$/
/** A year, or a numeric date, written in a target cell: the cell dates itself. */
const writtenYear = /\d{4}|\d[/.]\d/

/**
 * The year of the section heading above a target cell that names no year of its own ("July - September" under a
 * row that is only "2015", as a timeline groups its month ranges under year rows), else null. Only the reference
 * year of the cell's months: the cell is still read as written.
 */
function yearOfSection(section: string | null, text: string): string | null {
  if (section === null || text.trim() === '' || writtenYear.test(text)) return null
  return yearHeading.exec(section)?.[1] ?? null
}

function readUnderColumn(
  text: string,
  label: string,
  year: number | null,
  build: BuildActionContext,
): TargetDate {
  const context: DateContext = { ...build.dateContext, column: label }
  const fixedYear = year ?? (calendarYear.test(label) ? Number(label) : null)
  if (fixedYear !== null) context.yearLabels = { ...build.dateContext.yearLabels, [label]: fixedYear }
  return { ...parseTargetDate(text, context), column: label }
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat
}

/** The notes with a response's verdict peeled from the title ("Management agrees") written first. */
function withVerdict(verdict: string | null, notes: string | null): string | null {
  if (verdict === null) return notes
  return notes === null ? `${verdict}.` : `${verdict}.\n${notes}`
}

/**
 * The date a section row that is only a date ("5/7/08", "14 March 2031") gives the steps under it whose own date
 * cells are empty, as a checklist or a run sheet groups its steps by the day they fall on; null when the section is
 * anything else or reads as no one due date.
 */
/** A day heading read with a two-digit year ("5/7/08") is still read: its confidence is a little under 0.9. */
const minDayConfidence = 0.8

function dayOfSection(section: string | null, context: BuildActionContext): TargetDate | null {
  if (section === null || section.length > 40 || !isDateAlone(section.trim())) return null
  const target = targetOfCell(section.trim(), context)
  return target.kind === 'due' && target.due !== null && target.confidence >= minDayConfidence ? target : null
}
