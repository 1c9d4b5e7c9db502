import type { StartState } from '../../stores/start-state';

/** Says in plain words which step of the start failed, with a way to try it again. */
export function StartProblem({ failure }: { failure: Extract<StartState, { status: 'failed' }> }) {
  return (
    <div className="start-problem">
      <p className="problem" role="alert">
        {failure.problem}
      </p>
      <button type="button" onClick={() => void failure.retry()}>
        Retry
      </button>
    </div>
  );
}
