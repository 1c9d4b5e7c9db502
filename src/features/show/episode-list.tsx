import { useId, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { seasonLabel } from '../../domain/episode-code';
import { episodeOrder } from '../../domain/episode-order';
import type { Gate } from '../../domain/gate';
import type { Episode } from '../../domain/pack';
import { episodeRow, seasonGroups, seasonStrip, type SeasonGroup } from '../../domain/views';
import { seasonWatched, useWatched } from '../../stores/progress-store';
import { useGate } from '../../stores/use-gate';
import { coveredEpisodeDetails } from '../shared/episode-details';
import { EpisodeRowView } from './episode-row';
import { SeasonStripView } from './season-strip';

/** Below this every row is in the page, so find-in-page sees them; above it only visible rows are. */
const VIRTUALISE_ABOVE = 150;

interface ListProps {
  showId: string;
  episodes: readonly Episode[];
  groups: readonly SeasonGroup[];
  gate: Gate;
  watched: ReadonlySet<string>;
}

export function EpisodeList({
  showId,
  episodes,
}: {
  showId: string;
  episodes: readonly Episode[];
}) {
  const gate = useGate(showId);
  const watched = useWatched(showId);
  const groups = useMemo(() => seasonGroups(episodes), [episodes]);
  const props = { showId, episodes, groups, gate, watched };
  return episodes.length > VIRTUALISE_ABOVE ? (
    <VirtualEpisodeList {...props} />
  ) : (
    <FullEpisodeList {...props} />
  );
}

function EpisodeRowAt({
  element,
  position,
  showId,
  episodes,
  gate,
  watched,
}: Omit<ListProps, 'groups'> & { element: 'li' | 'div'; position: number }) {
  const episode = episodes[position];
  if (!episode) return null;
  const row = episodeRow(gate, episode, watched);
  return (
    <EpisodeRowView
      element={element}
      showId={showId}
      episodes={episodes}
      code={row.code}
      label={row.label}
      synopsis={row.synopsis}
      coveredDetails={coveredEpisodeDetails(episode, row)}
      watched={row.watched}
    />
  );
}

function SeasonHeader({
  showId,
  episodes,
  group,
  gate,
  watched,
  headingId,
}: {
  showId: string;
  episodes: readonly Episode[];
  group: SeasonGroup;
  gate: Gate;
  watched: ReadonlySet<string>;
  headingId?: string;
}) {
  const strip = useMemo(() => seasonStrip(gate, group, watched), [gate, group, watched]);
  const season = seasonLabel(group.season);
  return (
    <div className="season-header">
      <h3 id={headingId}>{season}</h3>
      <SeasonStripView strip={strip} />
      <button
        type="button"
        className="button-quiet"
        onClick={() => seasonWatched(showId, episodeOrder(episodes), group.season)}
      >
        Mark {season} watched
      </button>
    </div>
  );
}

function FullEpisodeList(props: ListProps) {
  return (
    <div className="seasons">
      {props.groups.map((group) => (
        <SeasonSection key={group.start} group={group} {...props} />
      ))}
    </div>
  );
}

function SeasonSection({ group, ...props }: ListProps & { group: SeasonGroup }) {
  const headingId = useId();
  const positions = Array.from({ length: group.count }, (_, offset) => group.start + offset);
  return (
    <section className="season" aria-labelledby={headingId}>
      <SeasonHeader {...props} group={group} headingId={headingId} />
      <ol className="episode-rows">
        {positions.map((position) => (
          <EpisodeRowAt key={position} element="li" position={position} {...props} />
        ))}
      </ol>
    </section>
  );
}

type ListItem = { kind: 'season'; group: SeasonGroup } | { kind: 'episode'; position: number };

/** For shows with thousands of episodes: only the rows in view are built at all. */
function VirtualEpisodeList(props: ListProps) {
  const { groups, episodes } = props;
  const items = useMemo(
    () =>
      groups.flatMap((group): ListItem[] => [
        { kind: 'season', group },
        ...Array.from({ length: group.count }, (_, offset) => ({
          kind: 'episode' as const,
          position: group.start + offset,
        })),
      ]),
    [groups],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- rows are rendered from its output each time, never memoised against it
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (items[index]?.kind === 'season' ? 88 : 64),
    overscan: 8,
  });
  return (
    <div
      ref={scrollRef}
      className="episode-scroller"
      role="region"
      aria-label={`Episodes, ${episodes.length} in all`}
      tabIndex={0}
    >
      <div className="virtual-space" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtualItem) => {
          const item = items[virtualItem.index];
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
                <SeasonHeader {...props} group={item.group} />
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
