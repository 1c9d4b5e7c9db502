import { useId, useState, type DragEvent } from 'react';
import { PipelineReportView } from '../shared/pipeline-report';
import { IMPORT_FLOW } from './import-state';
import type { useShowImport } from './use-show-import';
import { JsonFileInput } from '../shared/json-file-input';

type Importer = ReturnType<typeof useShowImport>;

/**
 * A recap pack from a file, chosen or dropped: refused by size before it is read, then read,
 * checked whole against pack-format.md and saved off the page's thread, before anything is stored.
 */
export function PackFileImport({ importer }: { importer: Importer }) {
  const headingId = useId();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  function chosen(file: File, trigger: HTMLElement | null) {
    importer.chosen('file', file.name, trigger);
    importer.started({ kind: 'file', file });
  }

  function dropped(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    const [file] = files;
    if (!file || files.length > 1) {
      importer.refused('file', 'Nothing was imported:', [
        files.length > 1
          ? 'Drop one recap pack at a time.'
          : 'What was dropped is not a file. Drop a recap pack (.json) file.',
      ]);
      return;
    }
    chosen(file, document.getElementById(inputId));
  }

  return (
    <section
      className={`panel drop-zone${dragging ? ' drop-zone-active' : ''}`}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={dropped}
    >
      <h2 id={headingId}>From a recap pack file</h2>
      <p className="hint">
        A recap pack is a .json file holding one show: its episodes, characters and recaps, and
        perhaps notes. It is checked in full before anything is saved. You can also drop the file
        anywhere in this box.
      </p>
      <label htmlFor={inputId}>Import recap pack</label>
      <JsonFileInput id={inputId} onFile={(file, input) => Promise.resolve(chosen(file, input))} />
      <PipelineReportView
        state={importer.state}
        origin="file"
        flow={IMPORT_FLOW}
        onCancel={importer.cancelled}
      />
    </section>
  );
}
