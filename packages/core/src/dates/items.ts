import type { DatePrecision } from '../model/targetDate'
import type { Token } from './tokenize'

// What the grammar finds in a cell, before the assembler decides what the cell means as a whole.

/** A dated window the grammar recognised. */
export interface Span {
  start: string
  end: string
  precision: DatePrecision
  confidence: number
  warnings: string[]
  /** The text named a range itself ("2018-20", "(Y1-3)"). */
  range: boolean
  /** Other readings of the same words, most likely first. */
  alternatives: Span[]
}

/**
 * A span with every field set in one fixed order. Spans are built on the hot path: one object shape keeps V8
 * fast, and object spread (`{ ...window, precision }`) measured about ten times slower than this.
 */
export function makeSpan(
  window: { start: string; end: string },
  precision: DatePrecision,
  confidence: number,
  warnings: string[],
  range = false,
): Span {
  return { start: window.start, end: window.end, precision, confidence, warnings, range, alternatives: [] }
}

/** A month, day or season written without a year; the assembler gives it one. */
export interface Yearless {
  unit: 'month' | 'day' | 'season'
  month: number
  day?: number
  /** Display name for messages ("June", "Summer"). */
  name: string
  warnings: string[]
}

/** Word classes the assembler cares about. */
export type WordClass =
  | 'ongoing'
  | 'started'
  | 'from'
  | 'recurring'
  | 'completed'
  | 'unknown'
  | 'before'
  | 'between'
  | 'range'
  | 'list'
  | 'slash'
  | 'superseded'

export type Item =
  | { type: 'date'; span: Span; from: number; to: number }
  | { type: 'partial'; partial: Yearless; from: number; to: number }
  | {
      type: 'invalid'
      warnings: string[]
      alternatives: Span[]
      from: number
      to: number
      /** A month or season with no year to place it in (still fine for "Annually in June"). */
      yearless?: boolean
    }
  | { type: 'word'; word: WordClass; from: number; to: number }
  | { type: 'break'; from: number; to: number }

export type Tokens = readonly Token[]

export const isWord = (t: Token | undefined, word: string): boolean => t?.kind === 'word' && t.lower === word
export const isPunct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.lower === p
export const isNum = (t: Token | undefined): t is Token => t?.kind === 'num'
/** Two tokens written together with no space ("June19", "Q2"). */
export const glued = (t: Token | undefined): boolean => t !== undefined && !t.spaceBefore
