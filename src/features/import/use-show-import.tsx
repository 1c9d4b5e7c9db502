import { useRef, useState } from 'react';
import { bodiesWithMarkup } from '../../domain/body-markup';
import type { Pack } from '../../domain/pack';
import { isShowInLibrary, showImported } from '../../stores/show-import';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { describeImport, type ImportOrigin } from './describe-import';

export type ImportReport =
  | { origin: ImportOrigin; tone: 'info'; lines: string[] }
  | { origin: ImportOrigin; tone: 'done'; lines: string[]; showId: string; title: string }
  | { origin: ImportOrigin; tone: 'problem'; heading: string; lines: string[] };

interface Pending {
  pack: Pack;
  origin: ImportOrigin;
}

const SOURCE_NAMES: Record<ImportOrigin, string> = {
  tvmaze: 'TVmaze',
  file: 'the file',
  refresh: 'TVmaze',
};

/**
 * The one way a validated pack enters the library from the Add a show page: a show already in
 * the library is only replaced after the user says so, and every outcome becomes a report.
 */
export function useShowImport() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const triggerRef = useRef<HTMLElement | null>(null);

  async function stored(pack: Pack, origin: ImportOrigin) {
    setReport({ origin, tone: 'info', lines: [`Saving ${pack.show.title}…`] });
    const outcome = await showImported(pack, { keepStoredEntries: origin === 'refresh' });
    setReport(
      outcome.ok
        ? {
            origin,
            tone: 'done',
            lines: describeImport(outcome, origin, bodiesWithMarkup(pack.entries)),
            showId: outcome.showId,
            title: outcome.title,
          }
        : {
            origin,
            tone: 'problem',
            heading: `${pack.show.title} was not saved, and nothing was changed:`,
            lines: outcome.problems,
          },
    );
  }

  /** Imports a validated pack, asking first when it would replace a show in the library. */
  function offered(pack: Pack, origin: ImportOrigin, trigger: HTMLElement | null) {
    triggerRef.current = trigger;
    if (origin !== 'refresh' && isShowInLibrary(pack.show.id)) {
      setReport(null);
      setPending({ pack, origin });
    } else {
      void stored(pack, origin);
    }
  }

  const dialog = pending ? (
    <ConfirmDialog
      question={`Replace “${pending.pack.show.title}”?`}
      details={
        pending.pack.entries.some((entry) => entry.kind !== 'note') ? (
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
        setPending(null);
        void stored(pending.pack, pending.origin);
      }}
      onCancel={() => {
        setPending(null);
        setReport({
          origin: pending.origin,
          tone: 'info',
          lines: [`${pending.pack.show.title} was left as it was.`],
        });
      }}
      returnFocusTo={triggerRef}
    />
  ) : null;

  return { offered, report, setReport, dialog };
}
