import { useEffect, useReducer, useRef } from 'react';
import { isolated } from '../../domain/isolated';
import { activeProfileId } from '../../stores/active-profile';
import { isShowInLibrary, showImportStored } from '../../stores/show-import';
import { ConfirmDialog } from '../shared/confirm-dialog';
import type { ImportOrigin } from './describe-import';
import type { ImportEvent, ImportSource } from './import-pipeline';
import { startImport, type RunningImport } from './import-runner';
import { importReducer } from './import-state';

const SOURCE_NAMES: Record<ImportOrigin, string> = {
  tvmaze: 'TVmaze',
  file: 'the file',
  refresh: 'TVmaze',
};

/**
 * The one way a show enters the library from the Add a show page: its source is read, checked
 * and saved by the import pipeline, a show already in the library is only replaced after the user
 * says so, and every event of it moves one report.
 */
export function useShowImport() {
  const [state, dispatch] = useReducer(importReducer, null);
  const running = useRef<RunningImport | null>(null);
  /** The running import until the user's go: leaving the page before it drops the import. */
  const unconfirmed = useRef<RunningImport | null>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  useEffect(() => () => unconfirmed.current?.cancel(), []);

  function confirm(profileId: string) {
    running.current?.confirm(profileId);
    unconfirmed.current = null;
  }

  /** A source is chosen: for TVmaze, `started` follows once it answered. */
  function chosen(origin: ImportOrigin, name: string, trigger: HTMLElement | null) {
    running.current?.cancel();
    running.current = unconfirmed.current = null;
    triggerRef.current = trigger;
    dispatch({ type: 'source chosen', origin, name });
  }

  /** The chosen source could not be had; nothing was started. */
  function refused(origin: ImportOrigin, heading: string, problems: string[]) {
    running.current?.cancel();
    running.current = unconfirmed.current = null;
    dispatch({ type: 'source refused', origin, heading, problems });
  }

  function started(source: ImportSource) {
    const origin: ImportOrigin =
      source.kind === 'file' ? 'file' : source.refresh ? 'refresh' : 'tvmaze';
    let current: RunningImport | null = null;
    const heard = async (event: ImportEvent) => {
      // A save that committed reaches the stores and other tabs even when another import began.
      if (event.type === 'done') await showImportStored(event.outcome);
      if (running.current !== current) return;
      if (event.type === 'pack checked') {
        const replaces = origin !== 'refresh' && isShowInLibrary(event.pack.showId);
        dispatch({ type: 'checked', checked: event.pack, replaces });
        if (!replaces) confirm(activeProfileId());
        return;
      }
      dispatch(event);
      if (event.type !== 'progress') running.current = unconfirmed.current = null;
    };
    try {
      current = startImport(source, (event) => void heard(event));
    } catch (error) {
      // Storage is gone or newer in another tab: nothing was started.
      const detail = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'failed', stage: 'check', problems: [`The import stopped (${detail}).`] });
      return;
    }
    running.current = current;
    unconfirmed.current = current;
  }

  function cancelled() {
    running.current?.cancel();
    dispatch({ type: 'cancel requested' });
    // Cancel goes once the import ends: focus waits where the import was started.
    triggerRef.current?.focus();
  }

  const pending = state?.phase === 'confirming' ? state : null;
  const dialog = pending ? (
    <ConfirmDialog
      question={`Replace “${isolated(pending.checked.title)}”?`}
      details={
        pending.checked.recaps > 0 ? (
          <p>
            Your library already has this show. Its episodes, characters and recaps will be replaced
            by the ones from {SOURCE_NAMES[pending.origin]}. Your progress, reveals and notes on it
            are kept.
          </p>
        ) : (
          <p>
            Your library already has this show. Its episodes and characters will be replaced by the
            ones from {SOURCE_NAMES[pending.origin]}, and its recaps removed, since this has none.
            To pick up new episodes and keep its recaps, use Refresh instead. Your progress, reveals
            and notes on it are kept.
          </p>
        )
      }
      confirmLabel="Replace"
      onConfirm={() => {
        dispatch({ type: 'replace confirmed' });
        confirm(activeProfileId());
      }}
      onCancel={() => {
        running.current?.cancel();
        running.current = unconfirmed.current = null;
        dispatch({ type: 'replace declined' });
      }}
      returnFocusTo={triggerRef}
    />
  ) : null;

  return { state, chosen, refused, started, cancelled, dialog };
}
