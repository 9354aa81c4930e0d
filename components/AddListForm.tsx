import { useState, type FormEvent } from 'react';

export interface AddListFormProps {
  /** Returns a reason the list cannot be added, or null. */
  check: (url: string, publicKey: string) => string | null;
  /** Called inside the submit event, so a permission prompt counts as the user's gesture. */
  onAdd: (url: string, publicKey: string) => Promise<void>;
  disabled: boolean;
}

export function AddListForm({ check, onAdd, disabled }: AddListFormProps) {
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
        List URL{' '}
        <input
          data-testid="list-url"
          type="url"
          required
          placeholder="https://lists.example.org/tieline/"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label>
        Public key{' '}
        <input
          data-testid="list-key"
          required
          placeholder="base64 Ed25519 public key"
          value={key}
          onChange={(e) => setKey(e.target.value)}
        />
      </label>
      <button type="submit" disabled={disabled}>
        Add list
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
