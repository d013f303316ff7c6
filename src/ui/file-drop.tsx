import { useId, useRef, useState, type ReactNode } from 'react';
import { Button } from './button';

type FileDropBase = {
  /** Words inside the zone ("Drop a file here, or"). */
  prompt: ReactNode;
  /** The button that opens the file picker; also the accessible name of the hidden input. */
  buttonLabel: string;
  accept?: string;
  /** While true, the button shows it is working and drops are ignored. */
  busy?: boolean;
};

export type FileDropProps = FileDropBase &
  ({ multiple?: false; onFile: (file: File) => void } | { multiple: true; onFiles: (files: File[]) => void });

/** A drop zone for one file (or several), with a keyboard-accessible button that opens the file picker. */
export function FileDrop(props: FileDropProps) {
  const { prompt, buttonLabel, accept, busy = false } = props;
  const [active, setActive] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const promptId = useId();
  const take = (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0 || busy) return;
    if (props.multiple) props.onFiles(files);
    else if (files[0]) props.onFile(files[0]);
  };
  return (
    <div
      role="group"
      aria-labelledby={promptId}
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
        take(event.dataTransfer.files);
      }}
    >
      <p id={promptId}>{prompt}</p>
      <Button variant="secondary" busy={busy} onClick={() => input.current?.click()}>
        {buttonLabel}
      </Button>
      <input
        ref={input}
        type="file"
        multiple={props.multiple === true}
        accept={accept}
        aria-label={buttonLabel}
        tabIndex={-1}
        className="visually-hidden"
        onChange={(event) => {
          const files = event.target.files;
          take(files);
          event.target.value = '';
        }}
      />
    </div>
  );
}
