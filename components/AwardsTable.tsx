/**
 * A vendor's awards: a sortable table (award, agency, amount, first and last action, description,
 * reseller), totals by fiscal year and by agency with direct and resold apart, the period covered, and a
 * CSV of these awards. Award descriptions are USAspending's own words (English), marked so.
 */
import { useMemo, useState } from 'react';
import { awardRows, periodText, sortAwards, totalsByAgency, totalsByFiscalYear, type AwardSort, type Totals } from '@/data/model/awards';
import type { MatchResult } from '@/data/model/result';
import { useI18n } from './i18n';

const SHOWN = 200;

export function AwardsTable({ result, onExport }: { result: MatchResult; onExport: (csvName: string) => void }) {
  const { t, fmt } = useI18n();
  const i18n = useI18n();
  const all = useMemo(() => awardRows(result), [result]);
  const [by, setBy] = useState<AwardSort>('amount');
  const [desc, setDesc] = useState(true);
  const [more, setMore] = useState(false);
  const sorted = useMemo(() => sortAwards(all, by, desc), [all, by, desc]);
  if (!all.length) return null;
  const head = (key: AwardSort, text: string) => (
    <th aria-sort={by === key ? (desc ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="link"
        data-testid={`award-sort-${key}`}
        onClick={() => (by === key ? setDesc(!desc) : (setBy(key), setDesc(key === 'amount')))}
      >
        {text}
        {by === key ? (desc ? ' ↓' : ' ↑') : ''}
      </button>
    </th>
  );
  const totals = (rows: Totals[], what: string, testid: string) => (
    <table className="totals" data-testid={testid}>
      <thead>
        <tr>
          <th>{what}</th>
          <th>{t('awards.direct')}</th>
          <th>{t('awards.resold')}</th>
          <th>{t('awards.count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.key || t('awards.undated')}</td>
            <td className="num">{fmt.usd(r.directUsd)}</td>
            <td className="num">{r.resoldUsd ? fmt.usd(r.resoldUsd) : '—'}</td>
            <td className="num">{fmt.number(r.awards)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section className="awards-table" data-testid="awards-table">
      <h3>{t('awards.heading', { count: all.length })}</h3>
      <p className="muted" data-testid="awards-period">
        {t('awards.period', { period: periodText(all, i18n) })}
      </p>
      <div className="totals-row">
        {totals(totalsByFiscalYear(all), t('awards.fiscalYear'), 'totals-fy')}
        {totals(totalsByAgency(all), t('awards.agency'), 'totals-agency')}
      </div>
      <p className="muted">{t('awards.fyNote')}</p>
      <button type="button" data-testid="export-awards" onClick={() => onExport(`${result.company.id}-awards.csv`)}>
        {t('awards.export')}
      </button>
      <div className="table-scroll">
        <table className="awards-list">
          <thead>
            <tr>
              {head('award', t('awards.award'))}
              {head('agency', t('awards.agency'))}
              {head('amount', t('awards.amount'))}
              {head('first', t('awards.first'))}
              {head('last', t('awards.last'))}
              <th>{t('awards.description')}</th>
              {head('reseller', t('awards.reseller'))}
            </tr>
          </thead>
          <tbody>
            {(more ? sorted : sorted.slice(0, SHOWN)).map((a) => (
              <tr key={`${a.url}|${a.reseller ?? ''}|${a.agency}`} data-testid="award-row">
                <td>
                  <a href={a.url} target="_blank" rel="noopener noreferrer" data-testid="award-link">
                    {a.awardId}
                  </a>
                </td>
                <td>{a.agency}</td>
                <td className="num">{fmt.usd(a.amountUsd)}</td>
                <td>{fmt.date(a.firstDate)}</td>
                <td>{fmt.date(a.lastDate)}</td>
                <td lang="en">{a.description ?? ''}</td>
                <td lang="en">{a.reseller ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > SHOWN && !more && (
        <button type="button" onClick={() => setMore(true)}>
          {t('awards.showAll', { count: sorted.length })}
        </button>
      )}
    </section>
  );
}
