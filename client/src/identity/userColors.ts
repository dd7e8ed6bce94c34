/** Caret and presence colours; each has at least 4.5:1 contrast with white label text. */
export const userColors = [
  '#b3261e',
  '#1a5fb4',
  '#1e6b52',
  '#7b3fa0',
  '#a0430a',
  '#00677f',
  '#8a4f00',
  '#c2185b',
  '#3d5a99',
  '#5b6b00',
] as const;
