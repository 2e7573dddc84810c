import { Button } from '@fluentui/react-components';
import { useRef, type ReactElement, type ReactNode } from 'react';

interface Props {
  /** MIME types and extensions the system file dialog offers. */
  accept: string;
  /** Names the hidden file input, which tests and assistive technology can reach directly. */
  inputLabel: string;
  icon: ReactElement;
  children: ReactNode;
  onFile: (file: File) => Promise<void>;
}

/** A button that opens the system file dialog; the same file can be chosen again right after. */
export const FilePickerButton = ({ accept, inputLabel, icon, children, onFile }: Props) => {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        hidden
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) await onFile(file);
        }}
      />
      <Button icon={icon} onClick={() => input.current?.click()}>
        {children}
      </Button>
    </>
  );
};
