/** Which step of an all-or-nothing write failed, naming records by kind and place only. */
export class WriteFailed extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`${step} failed`);
    this.name = 'WriteFailed';
  }
}

/** Queues one write, named for the message should it fail ("writing note 3 of 5"). */
export type QueueWrite = (step: string, write: () => Promise<unknown>) => void;

/** "writing note 3 of 5": which write failed, by kind and place, never by what it holds. */
export const writing = (kind: string, index: number, all: readonly unknown[]) =>
  `writing ${kind} ${index + 1} of ${all.length}`;

interface WriteTransaction {
  abort(): void;
  readonly done: Promise<void>;
}

/** An error's name ("DataCloneError"); a DOMException from another realm is no `instanceof Error`. */
export function errorName(error: unknown): string | undefined {
  const name: unknown = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Queues writes in an open readwrite transaction and waits for it to commit; any failure aborts
 * it whole. put() throws at once on a value it cannot clone (an array nested 200,000 deep), after
 * the writes before it were queued: left alone, the transaction would commit those. A request
 * that fails later aborts the transaction by itself. Either way this throws only once the abort
 * is complete, so the caller can truthfully say nothing was changed.
 *
 * `queueWrites` must queue every write synchronously: none can then commit before an abort.
 */
export async function writeAllOrNothing(
  transaction: WriteTransaction,
  queueWrites: (write: QueueWrite) => void,
): Promise<void> {
  let firstFailure: WriteFailed | undefined;
  const write: QueueWrite = (step, request) => {
    try {
      request().catch((error: unknown) => {
        // The other writes fail with AbortError only because the transaction was aborted.
        if (errorName(error) !== 'AbortError') firstFailure ??= new WriteFailed(step, error);
      });
    } catch (error) {
      throw new WriteFailed(step, error);
    }
  };
  try {
    queueWrites(write);
  } catch (error) {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    throw error;
  }
  try {
    await transaction.done;
  } catch (error) {
    throw firstFailure ?? error;
  }
}
