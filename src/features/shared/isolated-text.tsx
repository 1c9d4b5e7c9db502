import { isolatedParts } from '../../domain/isolated';

/** A sentence of the app's own, with the text `isolated()` marked in it set apart in <bdi>. */
export function IsolatedText({ text }: { text: string }) {
  return isolatedParts(text).map((part, index) =>
    index % 2 === 1 ? <bdi key={index}>{part}</bdi> : part,
  );
}
