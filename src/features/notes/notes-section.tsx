export function NotesSection(_props: { showId: string; code: string }) {
  return null;
}
