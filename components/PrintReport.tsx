/**
 * The printable report ("Save as PDF"), for a board: page one is the summary — rows checked, matched,
 * needing review, and the matched rows with their company, relation, agencies and amounts, heaviest first;
 * then one short section per company with its headline ties and sources; the full award lists in an
 * appendix. Every page carries the list, the date of the check, the dataset version and its date.
 */
import type { ActiveDataset } from '@/data/model/state';
import type { MatchResult } from '@/data/model/result';
import { ownershipPhrase } from '@/data/model/describe';
import type { ReportEntry } from '@/data/model/report';
import { headlines } from '@/data/model/headline';
import { awardRows, periodText, shortAwardId } from '@/data/model/awards';
import { affiliateLabel, STATE_KEYS } from '@/data/model/screen-words';
import { useI18n } from './i18n';

export interface PrintReportProps {
  entries: ReportEntry[];
  /** Full results of the entries' companies, heaviest first. */
  companies: MatchResult[];
  counts: { rows: number; match: number; review: number; none: number };
  dataset: ActiveDataset | undefined;
  listName: string;
  /** When the list was checked (ISO). */
  checkedAt: string;
}

export function PrintReport({ entries, companies, counts, dataset, listName, checkedAt }: PrintReportProps) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const datasetLine = dataset
    ? t('report.dataset', { version: dataset.version, date: fmt.date(dataset.generatedAt.slice(0, 10)) })
    : t('report.datasetUnknown');
  const running = t('report.running', {
    list: listName || t('report.pastedList'),
    date: fmt.date(checkedAt.slice(0, 10)),
    dataset: datasetLine,
  });
  return (
    <article className="print-report" data-testid="print-report">
      {/* Repeated on every printed page (a fixed element prints on each page). */}
      <div className="report-running" data-testid="report-running">
        {running}
      </div>
      <section className="report-summary" data-testid="report-summary">
        <h1>{t('report.title')}</h1>
        <p>{running}</p>
        <p data-testid="report-counts">
          {t('report.counts', {
            count: counts.rows,
            match: fmt.number(counts.match),
            review: fmt.number(counts.review),
            none: fmt.number(counts.none),
          })}
        </p>
        <p className="coverage" data-testid="report-coverage">
          {t('report.coverage')}
        </p>
        {entries.length ? (
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('report.row')}</th>
                <th>{t('report.input')}</th>
                <th>{t('report.company')}</th>
                <th>{t('report.agencies')}</th>
                <th className="num">{t('report.direct')}</th>
                <th className="num">{t('report.resold')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.row} data-testid="report-entry">
                  <td>{e.row + 1}</td>
                  <td>{e.input}</td>
                  <td>
                    <strong lang="en">{e.company.name}</strong>
                    {e.affiliate ? <span> ({affiliateLabel(e.affiliate, e.company.name, i18n)})</span> : null}
                    {e.company.via.length ? <span> ({ownershipPhrase(e.company.via, i18n)})</span> : null}
                    {e.state === 'review' ? <em> — {t(STATE_KEYS.review)}</em> : null}
                  </td>
                  <td>{e.company.agencies.map((a) => a.acronym).join(', ') || '—'}</td>
                  <td className="num">{e.company.directUsd ? fmt.usd(e.company.directUsd) : '—'}</td>
                  <td className="num">{e.company.resoldUsd ? fmt.usd(e.company.resoldUsd) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('report.noneMatched')}</p>
        )}
      </section>

      <section className="report-companies">
        <h2>{t('report.companies')}</h2>
        {companies.map((m) => {
          const { lines, more } = headlines(m, i18n);
          return (
            <section key={m.company.id} className="report-company" data-testid="report-company">
              <h3 data-testid="company-name" lang="en">
                {m.company.name}
                {m.via.length ? <span className="muted"> ({ownershipPhrase(m.via, i18n)})</span> : null}
              </h3>
              <ul>
                {lines.map((l) => (
                  <li key={l.noteIds.join(' ')}>
                    <span {...(l.lang ? { lang: l.lang } : {})}>{l.text}</span>
                    <span className="report-source">
                      {' '}
                      — {l.source.publisher}
                      {l.source.date ? `, ${fmt.date(l.source.date)}` : ''}: {l.source.url}
                    </span>
                  </li>
                ))}
                {more > 0 && <li>{t('report.moreNotes', { count: more })}</li>}
                {!m.notes.length && <li>{t('result.nothingRecorded', { company: m.company.name })}</li>}
              </ul>
            </section>
          );
        })}
      </section>

      <section className="report-appendix">
        <h2>{t('report.appendix')}</h2>
        {companies.map((m) => {
          const awards = awardRows(m).sort((a, b) => b.amountUsd - a.amountUsd || a.awardId.localeCompare(b.awardId));
          if (!awards.length) return null;
          return (
            <section key={m.company.id} className="appendix-company">
              <h3 lang="en">
                {m.company.name} — {t('awards.heading', { count: awards.length })}, {periodText(awards, i18n)}
              </h3>
              <p className="muted">{t('report.appendixNote')}</p>
              <ol className="appendix-awards">
                {awards.map((a) => (
                  <li key={`${a.url}|${a.reseller ?? ''}|${a.agency}`}>
                    {shortAwardId(a.awardId)} · {a.agency} · {fmt.usd(a.amountUsd)}
                    {a.firstDate ? ` · ${fmt.dateRange(a.firstDate, a.lastDate)}` : ''}
                    {a.reseller ? ` · ${t('contract.boughtThrough', { reseller: a.reseller })}` : ''}
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </section>
    </article>
  );
}
