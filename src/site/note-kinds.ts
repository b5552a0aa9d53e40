/** The kinds of `<Note kind>` (docs/CONTRACTS.md §2): the one list that Note.astro and the content check use. */
export const NOTE_KINDS = ['myth', 'tip', 'warning'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
