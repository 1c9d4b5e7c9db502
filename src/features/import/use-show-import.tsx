import { useRef, useState } from 'react';
import { bodiesWithMarkup } from '../../domain/body-markup';
import type { Pack } from '../../domain/pack';
import { isShowInLibrary, showImported } from '../../stores/show-import';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { isolated } from '../../domain/isolated';
import { describeImport, type ImportOrigin } from './describe-import';

export type ImportReport =
  | { origin: ImportOrigin; tone: 'info'; lines: string[] }
  | { origin: ImportOrigin; tone: 'done'; lines: string[]; showId: string; title: string }
  | { origin: ImportOrigin; tone: 'problem'; heading: string; lines: string[] };

interface Pending {
  pack: Pack;
  origin: ImportOrigin;
  invisibleRemoved: readonly string[];
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

  async function stored({ pack, origin, invisibleRemoved }: Pending) {
    const title = isolated(pack.show.title);
    setReport({ origin, tone: 'info', lines: [`Saving ${title}…`] });
    const outcome = await showImported(pack, { keepStoredEntries: origin === 'refresh' });
    setReport(
      outcome.ok
        ? {
            origin,
            tone: 'done',
            lines: describeImport(
              outcome,
              origin,
              bodiesWithMarkup(pack.entries),
              invisibleRemoved,
            ),
            showId: outcome.showId,
            title: outcome.title,
          }
        : {
            origin,
            tone: 'problem',
            heading: `${title} was not saved, and nothing was changed:`,
            lines: outcome.problems,
          },
    );
  }

  /**
   * Imports a validated pack, asking first when it would replace a show in the library.
   * `invisibleRemoved` names the titles and names validation cleaned, for the report.
   */
  function offered(
    pack: Pack,
    origin: ImportOrigin,
    trigger: HTMLElement | null,
    invisibleRemoved: readonly string[] = [],
  ) {
    triggerRef.current = trigger;
    if (origin !== 'refresh' && isShowInLibrary(pack.show.id)) {
      setReport(null);
      setPending({ pack, origin, invisibleRemoved });
    } else {
      void stored({ pack, origin, invisibleRemoved });
    }
  }

  const dialog = pending ? (
    <ConfirmDialog
      question={`Replace “${isolated(pending.pack.show.title)}”?`}
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
        void stored(pending);
      }}
      onCancel={() => {
        setPending(null);
        setReport({
          origin: pending.origin,
          tone: 'info',
          lines: [`${isolated(pending.pack.show.title)} was left as it was.`],
        });
      }}
      returnFocusTo={triggerRef}
    />
  ) : null;

  return { offered, report, setReport, dialog };
}
