import { useRef, useState, type ReactNode } from 'react';
import { Button } from '@/ui/button';

export type FilesDropProps = {
  /** Words inside the zone ("Drop answers files here, or"). */
  prompt: ReactNode;
  /** The button that opens the file picker; also the accessible name of the hidden input. */
  buttonLabel: string;
  accept?: string;
  busy?: boolean;
  onFiles: (files: File[]) => void;
};

/** A drop zone for several files at once, with a keyboard-accessible button that opens the file picker. */
export function FilesDrop({ prompt, buttonLabel, accept, busy = false, onFiles }: FilesDropProps) {
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
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
        const files = [...event.dataTransfer.files];
        if (files.length > 0 && !busy) onFiles(files);
      }}
    >
      <p>{prompt}</p>
      <Button variant="secondary" busy={busy} onClick={() => input.current?.click()}>
        {buttonLabel}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept={accept}
        aria-label={buttonLabel}
        tabIndex={-1}
        className="visually-hidden"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
