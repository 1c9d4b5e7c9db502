import type { NewsNotice } from '../../domain/pages/news-page';
import { isolated } from '../../domain/isolated';
import { LoadingState } from '../shared/loading-state';

/** Stands for a show whose news cannot be listed yet, or at all; nothing of it is listed meanwhile. */
export function NewsNoticeLine({ notice }: { notice: NewsNotice }) {
  if (notice.status === 'loading') {
    return <LoadingState>{`Loading the news of ${isolated(notice.show.title)}…`}</LoadingState>;
  }
  return (
    <p className="problem">
      The saved news of <bdi>{notice.show.title}</bdi> could not be read, so it stays covered.
      Import its recap pack again to use it; your progress and reveals are kept.
    </p>
  );
}
