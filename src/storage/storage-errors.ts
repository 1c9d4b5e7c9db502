import { errorName, WriteFailed } from './all-or-nothing';

function isQuotaError(error: unknown): boolean {
  if (error instanceof WriteFailed) return isQuotaError(error.cause);
  return (
    error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
  );
}

/** A sentence a user can act on, for a write that failed. `what` says what was being saved. */
export function describeWriteFailure(what: string, error: unknown): string {
  if (isQuotaError(error)) {
    return `Could not save ${what}: this browser's storage for Previously is full. It stays on screen until you reload; free some space (or export a backup) and try again.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not save ${what} (${detail}). It stays on screen until you reload; try again.`;
}

/** A sentence for a write that was all or nothing (an import, a restore) and changed nothing. */
export function describeUnchangedAfterFailure(what: string, error: unknown): string {
  if (isQuotaError(error)) {
    return `Could not store ${what}: this browser's storage for Previously is full. Nothing was changed; free some space and try again.`;
  }
  if (error instanceof WriteFailed) {
    // Only the kind of error: a browser's message may quote the value it could not store.
    const kind = errorName(error.cause) ?? 'an error';
    return `Could not store ${what}: ${error.step} failed (${kind}). Nothing was changed.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not store ${what} (${detail}). Nothing was changed; try again.`;
}
