import type { FormEvent } from 'react';
import { useI18n } from '../i18n';

export interface QueryFormProps {
  query: string;
  onChange: (query: string) => void;
  onSubmit: (query: string) => void;
}

/** The lookup page's search: a company name, domain, URL or email address. */
export function QueryForm({ query, onChange, onSubmit }: QueryFormProps) {
  const { t } = useI18n();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(query);
  };
  return (
    <form className="search big" role="search" onSubmit={submit}>
      <label htmlFor="q">{t('lookup.queryLabel')}</label>
      <div className="row">
        <input
          id="q"
          data-testid="lookup-input"
          value={query}
          maxLength={10_000}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t('lookup.queryPlaceholder')}
          autoFocus
        />
        <button type="submit" data-testid="lookup-submit">
          {t('lookup.submit')}
        </button>
      </div>
    </form>
  );
}
