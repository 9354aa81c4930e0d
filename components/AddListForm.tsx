import { useState, type FormEvent } from 'react';
import { useI18n } from './i18n';

export interface AddListFormProps {
  /** Returns a reason the list cannot be added, or null. */
  check: (url: string, publicKey: string) => string | null;
  /** Called inside the submit event, so a permission prompt counts as the user's gesture. */
  onAdd: (url: string, publicKey: string) => Promise<void>;
  disabled: boolean;
}

export function AddListForm({ check, onAdd, disabled }: AddListFormProps) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = check(url, key);
    setError(problem);
    if (problem) return;
    onAdd(url, key).then(
      () => {
        setUrl('');
        setKey('');
      },
      (err: unknown) => setError(String(err)),
    );
  };
  return (
    <form className="add-list" onSubmit={submit}>
      <label>
        {t('lists.url')}{' '}
        <input
          data-testid="list-url"
          type="url"
          required
          placeholder={t('lists.urlPlaceholder')}
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label>
        {t('lists.key')}{' '}
        <input
          data-testid="list-key"
          required
          placeholder={t('lists.keyPlaceholder')}
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
      </label>
      <button type="submit" disabled={disabled}>
        {t('lists.add')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
