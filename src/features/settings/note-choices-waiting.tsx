import { useNoteChoices } from '../../stores/sync-store';

/**
 * How many of the profile's notes wait for a choice of version, and where: only a count, since a
 * title here could be one the gate covers on its episode's page.
 */
export function NoteChoicesWaiting() {
  const count = useNoteChoices().length;
  if (count === 0) return null;
  return (
    <p>
      {count === 1
        ? '1 note was changed on two devices. It waits on its episode’s page for you to choose the version to keep.'
        : `${count} notes were changed on two devices. Each waits on its episode’s page for you to choose the version to keep.`}
    </p>
  );
}
