import { useId, useState, type DragEvent } from 'react';
import { ImportReportView } from './import-report';
import { packFromFile } from './pack-file';
import type { TextFile } from '../shared/read-text-file';
import type { useShowImport } from './use-show-import';
import { isolated } from '../../domain/isolated';
import { JsonFileInput } from '../shared/json-file-input';

type Importer = ReturnType<typeof useShowImport>;

/**
 * A recap pack from a file, chosen or dropped: refused by size before it is read, then checked
 * whole against pack-format.md before anything is stored.
 */
export function PackFileImport({ importer }: { importer: Importer }) {
  const headingId = useId();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  async function chosen(file: TextFile, trigger: HTMLElement | null) {
    const name = isolated(file.name);
    importer.setReport({ origin: 'file', tone: 'info', lines: [`Reading ${name}…`] });
    const result = await packFromFile(file);
    if (!result.ok) {
      importer.setReport({
        origin: 'file',
        tone: 'problem',
        heading: `${name} was not imported, and nothing was changed:`,
        lines: result.problems,
      });
      return;
    }
    importer.offered(result.pack, 'file', trigger, result.invisibleRemoved);
  }

  function dropped(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    const [file] = files;
    if (!file || files.length > 1) {
      importer.setReport({
        origin: 'file',
        tone: 'problem',
        heading: 'Nothing was imported:',
        lines: [
          files.length > 1
            ? 'Drop one recap pack at a time.'
            : 'What was dropped is not a file. Drop a recap pack (.json) file.',
        ],
      });
      return;
    }
    void chosen(file, document.getElementById(inputId));
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
      <JsonFileInput id={inputId} onFile={chosen} />
      <ImportReportView report={importer.report} origin="file" />
    </section>
  );
}
