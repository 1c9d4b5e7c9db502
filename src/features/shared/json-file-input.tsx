import { forwardRef } from 'react';

interface JsonFileInputProps {
  id: string;
  /** Handles the chosen file; the input is cleared afterwards, so the same file can be chosen again. */
  onFile: (file: File, input: HTMLInputElement) => Promise<unknown>;
}

/** A file input for one .json file. */
export const JsonFileInput = forwardRef<HTMLInputElement, JsonFileInputProps>(
  function JsonFileInput({ id, onFile }, ref) {
    return (
      <input
        ref={ref}
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) void onFile(file, input).finally(() => (input.value = ''));
        }}
      />
    );
  },
);
