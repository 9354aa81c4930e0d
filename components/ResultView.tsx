import type { ContractView, ContextView, LaborView, MatchResult } from '@/data/model/result';
import { matchExplanation } from '@/data/model/describe';
import { ContractGroup } from './ContractGroup';
import { NoteCard } from './NoteCard';
import { SourceLinks } from './SourceLinks';
import { useI18n } from './i18n';

/** Labor actions shown before the rest are folded away (newest first). */
const FIRST_LABOR = 8;

function byAgency(ties: ContractView[]): ContractView[][] {
  const groups = new Map<string, ContractView[]>();
  for (const t of ties) groups.set(t.agency.id, [...(groups.get(t.agency.id) ?? []), t]);
  return [...groups.values()];
}

/** A company's result: who it is, how the site matched, and its notes grouped by kind. */
/** `expanded` opens every award list in full (the lookup page and the printed report); the popup shows the largest. */
export function ResultView({ result, expanded = false }: { result: MatchResult; expanded?: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const contracts = result.notes.filter((n): n is ContractView => n.kind === 'contract');
  const labor = result.notes.filter((n): n is LaborView => n.kind === 'labor');
  const context = result.notes.filter((n): n is ContextView => n.kind === 'context');
  const label = result.via.length > 0;
  return (
    <article className="result">
      <header>
        <h2 data-testid="company-name">{result.company.name}</h2>
        <p className="how" data-testid="match-explanation">
          {result.domain
            ? matchExplanation(result, i18n)
            : result.via.length
              ? t('result.ownedByChain', { owner: result.via[0]!.name }) +
                result.via
                  .slice(1)
                  .map((v) => t('common.ownedBy', { owner: v.name }))
                  .join('')
              : ''}
        </p>
        {result.via.map((o) => (
          <details key={o.id} className="ownership">
            <summary>{t('result.ownershipSource', { owner: o.name })}</summary>
            <SourceLinks sources={o.sources} />
          </details>
        ))}
      </header>
      {result.notes.length === 0 && <p className="muted">{t('result.nothingRecorded')}</p>}
      {contracts.length > 0 && (
        <section>
          <h2 className="section">{t('result.contracts')}</h2>
          <ul className="notes">
            {byAgency(contracts).map((g) => (
              <ContractGroup key={g[0]!.agency.id} ties={g} labelCompanies={label} expanded={expanded} />
            ))}
          </ul>
        </section>
      )}
      {labor.length > 0 && (
        <section>
          <h2 className="section">{t('result.laborHeading', { count: labor.length })}</h2>
          <ul className="notes">
            {labor.slice(0, FIRST_LABOR).map((n) => (
              <NoteCard key={n.id} note={n} labelCompany={label} />
            ))}
          </ul>
          {labor.length > FIRST_LABOR && (
            // Still in the page (and counted), folded away so a long history stays glanceable.
            <details className="more" open={expanded}>
              <summary>{t('result.showEarlierLabor', { count: labor.length - FIRST_LABOR })}</summary>
              <ul className="notes">
                {labor.slice(FIRST_LABOR).map((n) => (
                  <NoteCard key={n.id} note={n} labelCompany={label} />
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
      {context.length > 0 && (
        <section>
          <h2 className="section">{t('result.context')}</h2>
          <ul className="notes">
            {context.map((n) => (
              <NoteCard key={n.id} note={n} labelCompany={label} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
