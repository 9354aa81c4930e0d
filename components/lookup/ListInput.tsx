import { useState, type DragEvent } from 'react';
import { useI18n } from '../i18n';

export interface ListInputProps {
  onText: (text: string) => void;
  onFile: (file: File) => void;
}

/** A list to screen: pasted, dropped or chosen as a file. */
export function ListInput({ onText, onFile }: ListInputProps) {
  const { t } = useI18n();
  const [paste, setPaste] = useState('');
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
  return (
    <div className="drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <textarea
        data-testid="paste"
        rows={6}
        value={paste}
        aria-label={t('list.pasteLabel')}
        onChange={(e) => setPaste(e.target.value)}
        placeholder={'Donor,Email\nAcme Foundation,info@acme.example'}
      />
      <div className="row">
        <button type="button" data-testid="read-paste" onClick={() => onText(paste)}>
          {t('list.readPaste')}
        </button>
        <label className="file">
          {t('list.chooseFile')}{' '}
          <input
            type="file"
            data-testid="file-input"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) onFile(f);
            }}
          />
        </label>
      </div>
    </div>
  );
}
