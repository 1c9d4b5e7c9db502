import { IsolatedText } from './isolated-text';

/** What is loading, in the app's words; a show's title in it is set apart by `isolated()`. */
export function LoadingState({ children }: { children: string }) {
  return (
    <p className="loading" role="status">
      <IsolatedText text={children} />
    </p>
  );
}
