import type { MenuNote } from '@/hooks/useMenuSetting';
import { useI18n } from './i18n';

export interface MenuSwitchProps {
  on: boolean;
  note: MenuNote;
  onChange: (on: boolean) => void;
  disabled?: boolean;
}

/** The switch for the opt-in right-click menu (off by default), what it does, and a refusal or failure. */
export function MenuSwitch({ on, note, onChange, disabled = false }: MenuSwitchProps) {
  const { t } = useI18n();
  return (
    <div className="menu-setting" data-testid="menu-setting">
      <label>
        <input
          type="checkbox"
          data-testid="menu-switch"
          checked={on}
          disabled={disabled}
          aria-describedby="menu-switch-why"
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {t('options.menus.label')}
      </label>
      <p className="muted" id="menu-switch-why">
        {t('options.menus.why')}
      </p>
      <p role="status" data-testid="menu-note">
        {note?.kind === 'denied'
          ? t('options.menus.denied')
          : note?.kind === 'failed'
            ? t('options.menus.failed', { error: note.error })
            : ''}
      </p>
    </div>
  );
}
