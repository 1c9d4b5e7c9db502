import { TvmazeError, fetchTvmazeShow } from './tvmaze-client';
import type { ImportOrigin } from './describe-import';
import type { useShowImport } from './use-show-import';

/**
 * Asks TVmaze for one show and hands its answer to the import; if TVmaze cannot answer, the import
 * is refused under `failedHeading`, with what went wrong (`describe`, TvmazeError's own words by
 * default).
 */
export async function tvmazeShowFetched(
  importer: ReturnType<typeof useShowImport>,
  tvmazeId: number,
  how: {
    origin: ImportOrigin;
    title: string;
    button: HTMLButtonElement;
    failedHeading: string;
    refresh: boolean;
    describe?: (error: unknown) => string;
  },
): Promise<void> {
  const describe =
    how.describe ??
    ((error: unknown) => (error instanceof TvmazeError ? error.message : String(error)));
  importer.chosen(how.origin, how.title, how.button);
  let answer: unknown;
  try {
    answer = await fetchTvmazeShow(tvmazeId);
  } catch (error) {
    importer.refused(how.origin, how.failedHeading, [describe(error)]);
    return;
  }
  importer.started({ kind: 'tvmaze', answer, refresh: how.refresh });
}
