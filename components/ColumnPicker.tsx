/**
 * Which columns to check, and as what: the first rows of the list under a choice per column. At most
 * PICKER_COLUMNS columns are drawn (those the reader has a use for first); any other is found by its name
 * or number and added, so a list of 600,000 columns draws 40 menus, not 600,000.
 */
import { useState, type FormEvent } from 'react';
import type { Role } from '@/data/model/list-input';
import { PICKER_COLUMNS } from '@/data/model/screen-protocol';
import { useI18n } from './i18n';

export interface ColumnPickerProps {
  header: string[] | null;
  preview: string[][];
  roles: Role[];
  onChange: (roles: Role[]) => void;
}

const ROLES: Role[] = ['name', 'email', 'website', 'ignore'];
const ROLE_KEYS = { name: 'columns.name', email: 'columns.email', website: 'columns.website', ignore: 'columns.ignore' } as const;
/** Cells in the preview are cut: a 200 KB cell must not become a 200 KB table cell. */
const cut = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

export function ColumnPicker({ header, preview, roles, onChange }: ColumnPickerProps) {
  const { t, fmt } = useI18n();
  // The columns shown: the first ones, any the reader found by name, and every column already in use.
  const [added, setAdded] = useState<number[]>([]);
  const [find, setFind] = useState('');
  const [notFound, setNotFound] = useState(false);
  const used = roles.flatMap((r, i) => (r !== 'ignore' && i >= PICKER_COLUMNS ? [i] : []));
  const shown = [
    ...new Set([
      ...Array.from({ length: Math.min(roles.length, PICKER_COLUMNS) }, (_, i) => i),
      ...used.slice(0, PICKER_COLUMNS),
      ...added,
    ]),
  ];
  const name = (i: number) => header?.[i] ?? t('columns.column', { number: i + 1 });
  const onFind = (e: FormEvent) => {
    e.preventDefault();
    const q = find.trim().toLowerCase();
    if (!q) return;
    let at = /^\d+$/.test(q) && Number(q) >= 1 && Number(q) <= roles.length ? Number(q) - 1 : -1;
    if (at < 0 && header) {
      at = header.findIndex((h) => h.trim().toLowerCase() === q);
      if (at < 0) at = header.findIndex((h) => h.toLowerCase().includes(q));
    }
    setNotFound(at < 0);
    if (at >= 0 && !shown.includes(at)) setAdded([...added, at]);
  };
  return (
    <div>
      {roles.length > PICKER_COLUMNS && (
        <form className="find-column" onSubmit={onFind}>
          <p className="muted" data-testid="columns-hidden">
            {t('columns.hidden', { count: roles.length, shown: fmt.number(PICKER_COLUMNS) })}
          </p>
          <label>
            {t('columns.find')} <input data-testid="find-column" value={find} onChange={(e) => setFind(e.target.value)} />
          </label>{' '}
          <button type="submit">{t('columns.show')}</button>
          {notFound && <span className="error"> {t('columns.notFound', { name: find.trim() })}</span>}
        </form>
      )}
      <div className="table-scroll">
        <table className="columns" data-testid="column-picker">
          <thead>
            <tr>
              {shown.map((i) => (
                <th key={i}>
                  <div>{cut(name(i))}</div>
                  <select
                    aria-label={t('columns.use', { column: cut(name(i)) })}
                    data-testid={`role-${i}`}
                    value={roles[i]}
                    onChange={(e) => onChange(roles.map((x, j) => (j === i ? (e.target.value as Role) : x)))}
                  >
                    {ROLES.map((k) => (
                      <option key={k} value={k}>
                        {t(ROLE_KEYS[k])}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.map((row, r) => (
              <tr key={r}>
                {shown.map((i) => (
                  <td key={i}>{cut(row[i] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
