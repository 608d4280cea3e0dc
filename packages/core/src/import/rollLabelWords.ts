/**
 * The words that label minutes' roll of who came, as a regular-expression alternation (no group, case to be
 * ignored by the caller): "Present", "Attendees", "Attending", "In attendance", "Roll call", and the same label in
 * the languages minutes come in (French "Présents", German "Anwesend", Spanish "Asistentes", Czech "Přítomni",
 * Norwegian and Danish "Til stede", Dutch "Aanwezig"). One list for every
 * reader of a roll, so a label added for one is read by all; each reader adds its own separators and the labels
 * only it reads ("Members present", "Apologies").
 *
 * @example
 * new RegExp(`^(?:${ROLL_LABEL_WORDS})\\s{0,3}:`, 'i').test('Roll call: Ana, Tom') // true
 */
export const ROLL_LABEL_WORDS =
  'present|attendees|attending|in\\s{1,3}attendance|roll\\s{1,3}call|présents?|présentes|anwesend|anwesende|asistentes|asistencia|přítomni|přítomní|til\\s{1,3}stede|tilstede|aanwezig|aanwezigen'
