import { useId } from 'react';
import { Link } from 'react-router';
import { IsolatedText } from './isolated-text';
import { stageLine, type PipelineFlow, type PipelineState } from './pipeline-state';
import { ProblemLines } from './problem-lines';
import './pipeline-report.css';

/**
 * Where an import or a restore reports on its run (pipeline-state.ts): the stage in a polite
 * status region that is always present, with a progress bar and Cancel while it runs if the flow
 * has them; success there too, and problems as an alert listing each one. `origin`: of a state
 * shared by several parts of a page, the part this view reports on.
 */
export function PipelineReportView<Origin extends string, Checked>({
  state,
  origin,
  flow,
  onCancel,
}: {
  state: PipelineState<Origin, Checked>;
  origin: Origin;
  flow: PipelineFlow<Origin, Checked, never>;
  onCancel?: () => void;
}) {
  const barId = useId();
  const mine = state?.origin === origin ? state : null;
  const report = mine?.phase === 'ended' ? mine.report : null;
  const stage = stageLine(flow, mine);
  const lines = stage ? [stage] : report && report.tone !== 'problem' ? report.lines : [];
  return (
    <>
      <div role="status" className="import-status">
        {lines.map((line) => (
          <p key={line}>
            <IsolatedText text={line} />
          </p>
        ))}
        {report?.tone === 'done' && report.opens ? (
          <p>
            <Link to={report.opens.path}>
              Open <bdi>{report.opens.title}</bdi>
            </Link>
          </p>
        ) : null}
      </div>
      {mine?.phase === 'running' && flow.progress ? (
        <div className="import-progress">
          <label htmlFor={barId}>{flow.progress.label}</label>
          <progress
            id={barId}
            max={100}
            value={mine.percent ?? undefined}
            aria-valuetext={mine.percent === null ? mine.stage : `${mine.stage}: ${mine.percent}%`}
          />
          <button type="button" onClick={onCancel} disabled={mine.cancelling}>
            {flow.progress.cancel}
          </button>
        </div>
      ) : null}
      {report?.tone === 'problem' ? (
        <div role="alert" className="problem import-problems">
          <p>
            <IsolatedText text={report.heading} />
          </p>
          <ProblemLines lines={report.lines} />
        </div>
      ) : null}
    </>
  );
}
