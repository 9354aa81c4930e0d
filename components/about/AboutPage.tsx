import type { ActiveDataset } from '@/data/model/state';
import { coverageSentence, type LaborSource } from '@/data/model/coverage';
import { fiscalYears } from '@/data/model/headline';
import type { MessageKey } from '@/data/model/i18n';
import { useI18n } from '../i18n';

interface Credit {
  id: 'usaspending' | LaborSource;
  name: string;
  url: string;
  /** What the source is, in the reader's language. */
  what: Extract<MessageKey, `about.credit.${string}`>;
  /** How its authors ask to be cited, verbatim where they give a form. */
  cite?: string;
}

// Each source's own page; the citations are the ones their authors ask for.
const CREDITS: Credit[] = [
  { id: 'usaspending', name: 'USAspending.gov', url: 'https://www.usaspending.gov/', what: 'about.credit.usaspending' },
  {
    id: 'cait',
    name: 'Collective Action in Tech',
    url: 'https://data.collectiveaction.tech',
    what: 'about.credit.cait',
    cite: 'JS Tan and Nataliya Nedzhvetskaya. (2021). Collective Action In Tech. https://data.collectiveaction.tech',
  },
  { id: 'nlrb', name: 'National Labor Relations Board (NLRB)', url: 'https://www.nlrb.gov/', what: 'about.credit.nlrb' },
  {
    id: 'lat',
    name: 'Labor Action Tracker',
    url: 'https://striketracker.ilr.cornell.edu/',
    what: 'about.credit.lat',
    cite: 'Kallas, Iyer & Friedman, Labor Action Tracker (Cornell University ILR School and University of Illinois LER)',
  },
];

const year = (d: string) => d.slice(0, 4);
const years = (first: string, last: string) => (year(first) === year(last) ? year(first) : `${year(first)}–${year(last)}`);

/** The about and methodology page, props in: the data in use (null while it loads). */
export function AboutPage({ dataset, error }: { dataset: ActiveDataset | null; error: string | null }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const cov = dataset?.coverage;
  const inData = (id: Credit['id']) => {
    if (!cov) return null;
    if (id === 'usaspending')
      return cov.contracts
        ? t('about.inData', { count: cov.contracts.count, years: fiscalYears(cov.contracts.first, cov.contracts.last, i18n) })
        : t('about.notInData');
    const l = cov.labor.find((x) => x.source === id);
    return l ? t('about.inData', { count: l.count, years: years(l.first, l.last) }) : t('about.notInData');
  };
  return (
    <main className="page about">
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      {error && (
        <p className="error" role="alert">
          {t('common.loadFailed', { error })}
        </p>
      )}

      <section id="coverage" aria-labelledby="coverage-h">
        <h2 id="coverage-h">{t('coverage.link')}</h2>
        <p data-testid="coverage">{dataset ? coverageSentence(cov, i18n) : t('common.loading')}</p>
        {cov && cov.agencies.length > 0 && (
          <>
            <h3>{t('about.agencies')}</h3>
            <ul>
              {cov.agencies.map((a) => (
                <li key={a.id}>
                  {a.name} ({a.acronym})
                </li>
              ))}
            </ul>
          </>
        )}
        <p>{t('about.notCovered')}</p>
      </section>

      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{t('about.sourcesHeading')}</h2>
        <ul className="credits">
          {CREDITS.map((c) => (
            <li key={c.id} data-testid={`credit-${c.id}`}>
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c.name}
              </a>
              : {t(c.what)} {inData(c.id)}
              {c.cite && (
                <>
                  <br />
                  <span className="muted">
                    {t('about.cite')} <cite lang="en">{c.cite}</cite>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
        <p>{t('about.authored')}</p>
      </section>

      <section aria-labelledby="method-h">
        <h2 id="method-h">{t('about.methodHeading')}</h2>
        <h3>{t('about.matchingHeading')}</h3>
        <p>{t('about.matching')}</p>
        <h3>{t('about.resoldHeading')}</h3>
        <p>{t('about.resold')}</p>
        <h3>{t('about.badgeHeading')}</h3>
        <p>{t('about.badge')}</p>
        <h3>{t('about.privacyHeading')}</h3>
        <p>{t('about.privacy')}</p>
      </section>

      <section aria-labelledby="version-h">
        <h2 id="version-h">{t('about.versionHeading')}</h2>
        <p data-testid="about-version">
          {dataset
            ? t('about.version', {
                version: dataset.version,
                date: fmt.date(dataset.generatedAt.slice(0, 10)),
                companies: fmt.number(dataset.counts.companies),
                notes: fmt.number(dataset.counts.notes),
              })
            : t('common.loading')}
        </p>
        <h3>{t('about.licenceHeading')}</h3>
        <p>{t('about.licence')}</p>
      </section>
    </main>
  );
}
