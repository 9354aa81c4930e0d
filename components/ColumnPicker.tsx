import type { Role } from '@/data/model/list-input';

export interface ColumnPickerProps {
  header: string[] | null;
  preview: string[][];
  roles: Role[];
  onChange: (roles: Role[]) => void;
}

const ROLE_LABELS: Record<Role, string> = { name: 'Company name', email: 'Email address', website: 'Website', ignore: 'Ignore' };

/** Which columns to check, and as what: the first rows of the list under a choice per column. */
export function ColumnPicker({ header, preview, roles, onChange }: ColumnPickerProps) {
  return (
    <div className="table-scroll">
      <table className="columns" data-testid="column-picker">
        <thead>
          <tr>
            {roles.map((r, i) => (
              <th key={i}>
                <div>{header?.[i] ?? `Column ${i + 1}`}</div>
                <select
                  aria-label={`Use of ${header?.[i] ?? `column ${i + 1}`}`}
                  data-testid={`role-${i}`}
                  value={r}
                  onChange={(e) => onChange(roles.map((x, j) => (j === i ? (e.target.value as Role) : x)))}
                >
                  {(Object.keys(ROLE_LABELS) as Role[]).map((k) => (
                    <option key={k} value={k}>
                      {ROLE_LABELS[k]}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row, i) => (
            <tr key={i}>
              {roles.map((_, j) => (
                <td key={j}>{row[j] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
