import { useEffect, useId, useRef, type ComponentType } from 'react';
import { Link } from 'react-router';
import { isolated } from '../../domain/isolated';
import type { SyncedShow } from '../../domain/sync-shows';
import { useShowSummaries } from '../../stores/library-store';
import { noticeShown } from '../../stores/notices-store';
import { useShowsElsewhere } from '../../stores/sync-store';
import { AddBuiltInAgain } from './add-built-in-again';

/** What adds a TVmaze show by its id: the import feature's, given by src/app. */
export type AddFromTvmazeControl = ComponentType<{ tvmazeId: number; title: string }>;

/**
 * A show that leaves the list because it arrived here is said in a notice: the row that said how
 * it goes, and its status line, leave with it.
 */
function useArrivalsSaid(shows: readonly SyncedShow[]) {
  const here = useShowSummaries();
  const listed = useRef(shows);
  useEffect(() => {
    const arrived = listed.current.filter(
      ({ showId }) =>
        Object.hasOwn(here, showId) && !shows.some((still) => still.showId === showId),
    );
    listed.current = shows;
    arrived.forEach((show) =>
      noticeShown(`${isolated(show.title)} is in your library now.`, 'info'),
    );
  }, [shows, here]);
}

function HowToGetIt({
  show,
  AddFromTvmaze,
}: {
  show: SyncedShow;
  AddFromTvmaze: AddFromTvmazeControl;
}) {
  switch (show.source.kind) {
    case 'built-in':
      return <AddBuiltInAgain title={show.title} />;
    case 'tvmaze':
      return <AddFromTvmaze tvmazeId={show.source.tvmazeId} title={show.title} />;
    case 'pack':
      return (
        <p>
          Import its recap pack file (show id “<bdi>{show.showId}</bdi>”) on{' '}
          <Link to="/add">Add a show</Link>.
        </p>
      );
  }
}

/**
 * The shows this profile follows on another device that this one lacks, each with how to get it
 * here: sync carries which shows a profile follows, never their content.
 */
export function ShowsElsewhereSection({ AddFromTvmaze }: { AddFromTvmaze: AddFromTvmazeControl }) {
  const headingId = useId();
  const shows = useShowsElsewhere();
  useArrivalsSaid(shows);
  if (shows.length === 0) return null;
  return (
    <section className="shows-elsewhere" aria-labelledby={headingId}>
      <h2 id={headingId}>On your other devices</h2>
      <p className="hint">
        This profile follows these shows on another device. Sync brings your marks, reveals and
        notes, never the shows themselves: add each one here from where it came.
      </p>
      <ul className="elsewhere-list">
        {shows.map((show) => (
          <li key={show.showId}>
            <h3>
              <bdi>{show.title}</bdi>
            </h3>
            <HowToGetIt show={show} AddFromTvmaze={AddFromTvmaze} />
          </li>
        ))}
      </ul>
    </section>
  );
}
