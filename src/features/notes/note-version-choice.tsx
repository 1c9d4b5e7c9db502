import { useId } from 'react';
import type { NoteVersionView } from '../../domain/pages/notes-view';
import { Markdown } from '../shared/markdown';
import '../shared/placeholder.css';

/**
 * The versions of a note edited on two devices, each with a button that keeps it. A covered
 * version says only when it opens, and its button names it by its number, so a screen reader
 * tells the buttons apart without meeting anything of it.
 */
export function NoteVersionChoice({
  versions,
  headingLevel,
  onKeep,
}: {
  versions: readonly NoteVersionView[];
  /** Of each version's heading; a version's title is one level below. */
  headingLevel: 4 | 5;
  onKeep: (rev: string) => void;
}) {
  const introId = useId();
  if (versions.length === 0) return null;
  const VersionHeading = headingLevel === 4 ? 'h4' : 'h5';
  return (
    <div className="note-versions" role="group" aria-labelledby={introId}>
      <p id={introId}>Changed on two devices. Choose the version to keep.</p>
      <ol className="note-version-list">
        {versions.map((version, index) => (
          <li key={version.rev} className="note-version">
            <VersionHeading>Version {index + 1}</VersionHeading>
            <VersionContent version={version} titleLevel={headingLevel === 4 ? 5 : 6} />
            <button type="button" className="button-quiet" onClick={() => onKeep(version.rev)}>
              Keep version {index + 1}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

function VersionContent({ version, titleLevel }: { version: NoteVersionView; titleLevel: 5 | 6 }) {
  if (version.state === 'covered') {
    return (
      <p className="placeholder-text">
        Opens after {version.opensAfter ?? 'an episode this show does not list'}
      </p>
    );
  }
  if (version.state === 'deleted') {
    return <p>Deleted. Keeping this version deletes the note on every device.</p>;
  }
  const Title = titleLevel === 5 ? 'h5' : 'h6';
  return (
    <>
      <p className="entry-kind">
        {version.episodeCode === null ? 'Spoils nothing' : `Spoils ${version.episodeCode}`}
      </p>
      {version.title ? <Title className="entry-title">{version.title}</Title> : null}
      <Markdown source={version.body} />
    </>
  );
}
