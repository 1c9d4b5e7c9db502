import type { ReactNode } from 'react';
import { useDocumentTitle } from '../shared/use-page-title';
import { useLibraryLoaded, useUnreadableShowIds } from '../../stores/library-store';
import { useLibraryPage } from '../../stores/page-views/library';
import { useStartState } from '../../stores/start-state';
import { LoadingState } from '../shared/loading-state';
import { StartProblem } from '../shared/start-problem';
import { ShowTile } from './show-tile';
import './library.css';

/** `elsewhere`: the shows this profile follows on other devices, composed in by src/app. */
export function LibraryPage({ elsewhere }: { elsewhere: ReactNode }) {
  const view = useLibraryPage();
  useDocumentTitle(view.documentTitle);
  const loaded = useLibraryLoaded();
  const unreadableShowIds = useUnreadableShowIds();
  const start = useStartState();
  const tiles = view.tiles;
  return (
    <>
      <h1>Your shows</h1>
      {start.status === 'failed' && tiles.length === 0 ? (
        <StartProblem failure={start} />
      ) : !loaded ? (
        <LoadingState>Loading your shows…</LoadingState>
      ) : start.status === 'adding-built-in-show' && tiles.length === 0 ? (
        <LoadingState>Loading Ballard…</LoadingState>
      ) : tiles.length === 0 && unreadableShowIds.length === 0 ? (
        <p>No shows yet. Add a show from its recap pack to start.</p>
      ) : (
        <ul className="show-list">
          {tiles.map((tile) => (
            <ShowTile key={tile.showId} tile={tile} />
          ))}
          {unreadableShowIds.map((showId) => (
            <li key={showId} className="show-tile is-unreadable">
              <h2>{showId}</h2>
              <p className="problem">
                This show&rsquo;s saved copy could not be read, so everything in it stays covered.
                If reloading does not help, import its recap pack again: a damaged copy was kept
                aside unchanged.
              </p>
            </li>
          ))}
        </ul>
      )}
      {elsewhere}
    </>
  );
}
