import { useState } from 'react';
import { builtInShowAddedAgain } from '../../stores/built-in-show-added';

type Adding = { status: 'idle' } | { status: 'adding' } | { status: 'failed'; problem: string };

/** Stores the built-in show again, as the first start did; the status line says how it goes. */
export function AddBuiltInAgain({ title }: { title: string }) {
  const [adding, setAdding] = useState<Adding>({ status: 'idle' });

  async function added() {
    setAdding({ status: 'adding' });
    const problem = await builtInShowAddedAgain();
    // Once stored, the show leaves this list for the library above.
    setAdding(problem === null ? { status: 'idle' } : { status: 'failed', problem });
  }

  return (
    <>
      <button type="button" disabled={adding.status === 'adding'} onClick={() => void added()}>
        Add <bdi>{title}</bdi> again
      </button>
      <p role="status" className="status">
        {adding.status === 'adding' ? (
          <>
            Adding <bdi>{title}</bdi>…
          </>
        ) : adding.status === 'failed' ? (
          adding.problem
        ) : null}
      </p>
    </>
  );
}
