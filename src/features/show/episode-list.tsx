import { useId, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { EpisodeListView, SeasonView } from '../../domain/pages/episode-rows';
import { seasonWatched } from '../../stores/progress-marks';
import { EpisodeRowView } from './episode-row';
import { SeasonStripView } from './season-strip';

/** Below this every row is in the page, so find-in-page sees them; above it only visible rows are. */
const VIRTUALISE_ABOVE = 150;

interface ListProps {
  showId: string;
  list: EpisodeListView;
}

export function EpisodeList(props: ListProps) {
  return (
    <>
      {props.list.total > VIRTUALISE_ABOVE ? (
        <VirtualEpisodeList {...props} />
      ) : (
        <FullEpisodeList {...props} />
      )}
      {props.list.moreHidden ? (
        <p className="hint">More episodes are hidden in strict mode.</p>
      ) : null}
    </>
  );
}

function EpisodeRowAt({
  element,
  position,
  showId,
  list,
}: ListProps & { element: 'li' | 'div'; position: number }) {
  const row = list.rowAt(position);
  if (!row) return null;
  return (
    <EpisodeRowView
      element={element}
      showId={showId}
      order={list.order}
      code={row.code}
      label={row.label}
      synopsis={row.synopsis}
      coveredDetails={row.coveredDetails}
      revealKey={row.revealKey}
      hideKey={row.hideKey}
      peeked={row.peeked}
      watched={row.watched}
    />
  );
}

function SeasonHeader({
  showId,
  list,
  season,
  headingId,
}: ListProps & { season: SeasonView; headingId?: string }) {
  return (
    <div className="season-header">
      <h3 id={headingId}>{season.label}</h3>
      <SeasonStripView season={season} />
      <button
        type="button"
        className="button-quiet"
        onClick={() => seasonWatched(showId, list.order, season.season)}
      >
        Mark {season.label} watched
      </button>
    </div>
  );
}

function FullEpisodeList(props: ListProps) {
  return (
    <div className="seasons">
      {props.list.seasons.map((season) => (
        <SeasonSection key={season.start} season={season} {...props} />
      ))}
    </div>
  );
}

function SeasonSection({ season, ...props }: ListProps & { season: SeasonView }) {
  const headingId = useId();
  const positions = Array.from({ length: season.count }, (_, offset) => season.start + offset);
  return (
    <section className="season" aria-labelledby={headingId}>
      <SeasonHeader {...props} season={season} headingId={headingId} />
      <ol className="episode-rows">
        {positions.map((position) => (
          <EpisodeRowAt key={position} element="li" position={position} {...props} />
        ))}
      </ol>
    </section>
  );
}

type ListItem = { kind: 'season'; season: SeasonView } | { kind: 'episode'; position: number };

/**
 * The virtual list's items, each season's header followed by its rows, found by index: a list of
 * them all would be 15,000 objects built before the first row shows.
 */
function listItems(seasons: readonly SeasonView[]) {
  const headerAt: number[] = [];
  let count = 0;
  for (const season of seasons) {
    headerAt.push(count);
    count += 1 + season.count;
  }
  const headers = new Set(headerAt);
  return {
    count,
    isHeader: (index: number) => headers.has(index),
    itemAt(index: number): ListItem | null {
      let low = 0;
      let high = headerAt.length - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if ((headerAt[middle] ?? 0) <= index) low = middle;
        else high = middle - 1;
      }
      const season = seasons[low];
      const offset = index - (headerAt[low] ?? 0);
      if (!season || offset < 0 || offset > season.count) return null;
      return offset === 0
        ? { kind: 'season', season }
        : { kind: 'episode', position: season.start + offset - 1 };
    },
  };
}

/** For shows with thousands of episodes: only the rows in view are built at all. */
function VirtualEpisodeList(props: ListProps) {
  const { seasons, total, moreHidden } = props.list;
  const items = useMemo(() => listItems(seasons), [seasons]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- rows are rendered from its output each time, never memoised against it
  const virtualizer = useVirtualizer({
    count: items.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items.isHeader(index) ? 88 : 64),
    overscan: 8,
  });
  return (
    <div
      ref={scrollRef}
      className="episode-scroller"
      role="region"
      aria-label={moreHidden ? 'Episodes so far' : `Episodes, ${total} in all`}
      tabIndex={0}
    >
      <div className="virtual-space" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtualItem) => {
          const item = items.itemAt(virtualItem.index);
          if (!item) return null;
          return (
            <div
              key={virtualItem.key}
              ref={virtualizer.measureElement}
              data-index={virtualItem.index}
              className="virtual-item"
              style={{ transform: `translateY(${virtualItem.start}px)` }}
            >
              {item.kind === 'season' ? (
                <SeasonHeader {...props} season={item.season} />
              ) : (
                <EpisodeRowAt element="div" position={item.position} {...props} />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
