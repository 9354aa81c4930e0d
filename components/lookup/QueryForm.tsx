import type { FormEvent } from 'react';

export interface QueryFormProps {
  query: string;
  onChange: (query: string) => void;
  onSubmit: (query: string) => void;
}

/** The lookup page's search: a company name, domain, URL or email address. */
export function QueryForm({ query, onChange, onSubmit }: QueryFormProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(query);
  };
  return (
    <form className="search big" role="search" onSubmit={submit}>
      <label htmlFor="q">Company name, domain, URL or email address</label>
      <div className="row">
        <input
          id="q"
          data-testid="lookup-input"
          value={query}
          onChange={(e) => onChange(e.target.value)}
          placeholder="e.g. Salesforce Inc, slack.com or jane@slack.com"
          autoFocus
        />
        <button type="submit" data-testid="lookup-submit">
          Look up
        </button>
      </div>
    </form>
  );
}
