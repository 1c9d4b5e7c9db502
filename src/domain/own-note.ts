import type { Entry } from './pack';

/** One of the user's own notes: an entry of kind "note" that belongs to one show. */
export type OwnNote = Entry & { readonly showId: string; readonly updatedAt: number };
