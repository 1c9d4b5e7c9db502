import { useEffect, useState } from 'react';
import { peeksCovered, usePeekEndsAt } from '../../stores/peek-actions';
import './peek.css';

/** Whole seconds left, counted down at each second before the end, never shown as 0. */
function secondsLeft(endsAt: number, now: number): number {
  return Math.max(1, Math.ceil((endsAt - now) / 1000));
}

/**
 * Above an item shown for a timed peek: "Peeking · 5", counted down in text each second, and
 * "Cover now" to end it early. The peeks store ends the peek when its time is up. Items peeked at
 * together (a placeholder that stands for several) share one countdown.
 */
export function PeekCountdown({
  showId,
  peekKeys,
}: {
  showId: string;
  peekKeys: readonly [string, ...string[]];
}) {
  const endsAt = usePeekEndsAt(showId, peekKeys[0]);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (endsAt === undefined) return;
    const untilNextSecond = (endsAt - Date.now()) % 1000 || 1000;
    const timer = setTimeout(() => setNow(Date.now()), untilNextSecond);
    return () => clearTimeout(timer);
  }, [endsAt, now]);
  if (endsAt === undefined) return null;
  return (
    <p className="peek-countdown">
      <span role="timer">Peeking · {secondsLeft(endsAt, now)}</span>{' '}
      <button type="button" className="button-quiet" onClick={() => peeksCovered(showId, peekKeys)}>
        Cover now
      </button>
    </p>
  );
}
