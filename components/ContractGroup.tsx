import type { ContractView } from '@/data/model/result';
import { agencyLabel, awardAmount, contractTotals } from '@/data/model/describe';
import { SourceLinks } from './SourceLinks';
import { ReportLink } from './ReportLink';
import { useI18n } from './i18n';
import { ConflictLines, Provenance } from './Provenance';
import type { Conflict } from '@/data/model/conflict';

const SHOWN_AWARDS = 5;

/** One agency's contract ties: the matched company's and its owners', each labelled with whose it is. */
export function ContractGroup({
  ties,
  labelCompanies,
  expanded = false,
  conflicts = [],
}: {
  ties: readonly ContractView[];
  labelCompanies: boolean;
  expanded?: boolean;
  /** Where a list the user added says otherwise about these ties or their agency. */
  conflicts?: readonly Conflict[];
}) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const agency = ties[0]!.agency;
  const aboutAgency = conflicts.filter((x) => x.kind === 'agency' && x.agencyId === agency.id);
  return (
    <li className="note note-contract" data-testid="note" data-kind="contract">
      <h3>{agencyLabel(agency, i18n)}</h3>
      <ConflictLines conflicts={aboutAgency} />
      {ties.map((c) => (
        <div className="tie" key={c.id}>
          {labelCompanies && <p className="whose">{c.company.name}</p>}
          {c.awards.length > 0 && <p className="tie-total">{contractTotals(c, i18n)}</p>}
          {c.summary && (
            <p className="summary" lang="en">
              {c.summary}
            </p>
          )}
          {c.awards.length > 0 && (
            <details className="awards" open={expanded || c.awards.length <= 2}>
              <summary>
                {!expanded && c.awards.length > SHOWN_AWARDS
                  ? t('contract.awardsLargest', { shown: SHOWN_AWARDS, count: c.awards.length })
                  : t('contract.awardsAll', { count: c.awards.length })}
              </summary>
              <ul>
                {(expanded ? c.awards : c.awards.slice(0, SHOWN_AWARDS)).map((a) => (
                  <li key={a.url + (a.reseller ?? '')}>
                    <a href={a.url} target="_blank" rel="noopener noreferrer" data-testid="award-link">
                      {a.awardId}
                    </a>{' '}
                    {awardAmount(a.amountUsd, i18n)}
                    {a.startDate ? ` · ${fmt.dateRange(a.startDate, a.endDate)}` : ''}
                    {a.reseller ? ` · ${t('contract.boughtThrough', { reseller: a.reseller })}` : ''}
                    {a.description ? (
                      <span className="award-desc" lang="en">
                        {' '}
                        — {a.description}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <SourceLinks sources={c.sources} />
          <Provenance list={c.list} />
          <ConflictLines conflicts={conflicts.filter((x) => x.noteId === c.id)} />
          <ReportLink noteId={c.id} />
        </div>
      ))}
    </li>
  );
}
