/**
 * The longest line, in characters, read as a heading over a list or a section of a one-column page ("Action
 * items", "Growing the team", "Plan 2024", "Phase 2: Build"): a heading names its part of the page in a few words,
 * so a longer line is a sentence of the page's prose or an item, not a heading. A reader that takes a line of
 * another kind as a heading keeps its own cap and says why there.
 */
export const MAX_HEADING_LENGTH = 80
