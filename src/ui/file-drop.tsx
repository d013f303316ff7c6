import { useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';

export type FileDropProps = {
  /** Words inside the zone ("Drop a file here, or"). */
  prompt: ReactNode;
  /** The button that opens the file picker; also the accessible name of the hidden input. */
  buttonLabel: string;
  accept?: string;
  onFile: (file: File) => void;
};

/** A drop zone for one file, with a keyboard-accessible button that opens the file picker. */
export function FileDrop({ prompt, buttonLabel, accept, onFile }: FileDropProps) {
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  return (
    <div
      className={active ? 'file-drop file-drop--active' : 'file-drop'}
      onDragEnter={(event) => {
        event.preventDefault();
        setActive(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setActive(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setActive(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p>{prompt}</p>
      <Button variant="secondary" onClick={() => input.current?.click()}>
        {buttonLabel}
      </Button>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept={accept}
        aria-label={buttonLabel}
        tabIndex={-1}
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
