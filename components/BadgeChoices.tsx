import { TIE_KINDS, type TieKind, type TiePrefs } from '@/data/model/headline';
import type { MessageKey } from '@/data/model/i18n';
import { useI18n } from './i18n';

const KIND_LABELS: Record<TieKind, Extract<MessageKey, `choices.kind.${string}`>> = {
  contract: 'choices.kind.contract',
  resold: 'choices.kind.resold',
  labor: 'choices.kind.labor',
  context: 'choices.kind.context',
};

export interface BadgeChoicesProps {
  prefs: TiePrefs;
  /** The agencies the data covers (and any the user muted that it no longer does). */
  agencies: readonly { id: string; acronym: string; name: string }[];
  onKind: (kind: TieKind, on: boolean) => void;
  onAgency: (agencyId: string, on: boolean) => void;
  disabled?: boolean;
}

/** Which kinds of line and which agencies light the badge and lead the popup. */
export function BadgeChoices({ prefs, agencies, onKind, onAgency, disabled = false }: BadgeChoicesProps) {
  const { t } = useI18n();
  return (
    <div className="choices" data-testid="badge-choices">
      <fieldset>
        <legend>{t('choices.kinds')}</legend>
        {TIE_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              data-testid={`kind-${k}`}
              checked={prefs.kinds.includes(k)}
              disabled={disabled}
              onChange={(e) => onKind(k, e.target.checked)}
            />{' '}
            {t(KIND_LABELS[k])}
          </label>
        ))}
      </fieldset>
      {agencies.length > 0 && (
        <fieldset>
          <legend>{t('choices.agencies')}</legend>
          {agencies.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                data-testid={`agency-${a.id}`}
                checked={!prefs.mutedAgencies.includes(a.id)}
                disabled={disabled}
                onChange={(e) => onAgency(a.id, e.target.checked)}
              />{' '}
              {a.name} ({a.acronym})
            </label>
          ))}
        </fieldset>
      )}
      <p className="muted">{t('choices.note')}</p>
    </div>
  );
}
