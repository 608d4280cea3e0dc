import type { ListUnderLeadIn } from './listsUnderLeadIns'

/**
 * "Agenda", "AGENDA:", "Meeting agenda", "Agenda items": a label naming a meeting's agenda, or the word for it in the
 * languages minutes are written in (German "Tagesordnung", French "Ordre du jour", Spanish "Orden del día", Italian
 * "Ordine del giorno", Danish and Norwegian "Dagsorden" or "Sakliste", Swedish "Dagordning"). Anchored both ends,
 * bounded.
 */
const agendaLabel =
  /^(?:(?:(?:meeting|today[’']?s|draft|proposed)\s{1,3})?agenda(?:\s{1,3}items?)?|tagesordnung|ordre\s{1,3}du\s{1,3}jour|orden\s{1,3}del\s{1,3}d[ií]a|ordine\s{1,3}del\s{1,3}giorno|dagsorden|dagordning|sakliste)\s{0,3}:?$/i

/**
 * True when a list is a meeting's agenda: the topics it discussed ("1. Editor onboarding", "2. Bot issues"), listed
 * under a label "Agenda". Minutes set their agenda above or below the action items; the topics are what was talked
 * about, not work anyone took on.
 *
 * @example
 * isAgendaList({ leadRow: 0, lead: 'AGENDA', heading: null, rows: [1], items: ['Budget review'] }) // true
 * isAgendaList({ leadRow: 0, lead: 'Actions', heading: null, rows: [1], items: ['Send the budget'] }) // false
 */
export function isAgendaList(list: ListUnderLeadIn): boolean {
  return list.lead.length <= 40 && agendaLabel.test(list.lead)
}
