import { IsolatedText } from './isolated-text';

/** What went wrong, a line an item; each line may quote a title or a file name, kept apart. */
export function ProblemLines({ lines }: { lines: readonly string[] }) {
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>
          <IsolatedText text={line} />
        </li>
      ))}
    </ul>
  );
}
