import type { ContractView } from '@/data/model/result';
import { agencyLabel } from '@/data/model/result';
import { contractTotals } from '@/data/model/describe';
import { formatDateRange, formatUsd } from '@/data/model/format';
import { SourceLinks } from './SourceLinks';

const SHOWN_AWARDS = 5;

/** One agency's contract ties: the matched company's and its owners', each labelled with whose it is. */
export function ContractGroup({
  ties,
  labelCompanies,
  expanded = false,
}: {
  ties: readonly ContractView[];
  labelCompanies: boolean;
  expanded?: boolean;
}) {
  const agency = ties[0]!.agency;
  return (
    <li className="note note-contract" data-testid="note" data-kind="contract">
      <h3>{agencyLabel(agency)}</h3>
      {ties.map((t) => (
        <div className="tie" key={t.id}>
          {labelCompanies && <p className="whose">{t.company.name}</p>}
          {t.awards.length > 0 && <p className="tie-total">{contractTotals(t)}</p>}
          {t.summary && <p className="summary">{t.summary}</p>}
          {t.awards.length > 0 && (
            <details className="awards" open={expanded || t.awards.length <= 2}>
              <summary>
                Awards
                {!expanded && t.awards.length > SHOWN_AWARDS
                  ? ` (largest ${SHOWN_AWARDS} of ${t.awards.length})`
                  : ` (${t.awards.length}, largest first)`}
              </summary>
              <ul>
                {(expanded ? t.awards : t.awards.slice(0, SHOWN_AWARDS)).map((a) => (
                  <li key={a.url + (a.reseller ?? '')}>
                    <a href={a.url} target="_blank" rel="noopener noreferrer" data-testid="award-link">
                      {a.awardId}
                    </a>{' '}
                    {formatUsd(a.amountUsd)}
                    {a.startDate ? ` · ${formatDateRange(a.startDate, a.endDate)}` : ''}
                    {a.reseller ? ` · bought through ${a.reseller}` : ''}
                    {a.description ? <span className="award-desc"> — {a.description}</span> : null}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <SourceLinks sources={t.sources} />
          {t.list && <p className="list">From list: {t.list}</p>}
        </div>
      ))}
    </li>
  );
}
