import { describe, expect, it } from 'vitest';
import { ResellerRule, type OrderLine } from '@/data/pipeline/reseller';

const rule = new ResellerRule(
  [
    { companyId: 'cisco', keyword: 'Webex' },
    { companyId: 'cisco', keyword: 'Cisco' },
    { companyId: 'amazon', keyword: 'Amazon Web Services' },
    { companyId: 'amazon', keyword: 'AWS' },
    { companyId: 'oracle', keyword: 'Oracle' },
    { companyId: 'motorola-solutions', keyword: 'Motorola … radios' },
    { companyId: 'motorola-solutions', keyword: 'APX Next' },
    { companyId: 'motorola-mobility', keyword: 'Moto G' },
    { companyId: 'apple', keyword: 'iPads' },
    { companyId: 'magnet', keyword: 'GrayKey' },
  ],
  [{ companyId: 'magnet', keyword: 'GRAYKEY', from: '2024-08-19', why: 'test', sources: [] }],
);

const line = (text: string, more: Partial<OrderLine> = {}): OrderLine => ({
  text,
  psc: 'IT AND TELECOM - BUSINESS APPLICATION SOFTWARE (PERPETUAL LICENSE SOFTWARE)',
  naics: 'OTHER COMPUTER RELATED SERVICES',
  date: '2025-01-01',
  ...more,
});
const makers = (text: string, more?: Partial<OrderLine>) => rule.credits(line(text, more)).map((c) => c.companyId);

describe('reseller rule', () => {
  it('matches whole words only', () => {
    expect(makers('Webex licences')).toEqual(['cisco']);
    expect(makers('LAWS AND CLAWS')).toEqual([]);
    expect(makers('ROUTERS FOR THE SAN FRANCISCO FIELD OFFICE')).toEqual([]);
    expect(makers('"ORACLES" ROOM')).toEqual([]);
    expect(rule.credits(line('AWS GOVCLOUD SUBSCRIPTION'))).toEqual([{ companyId: 'amazon', product: 'AWS' }]);
  });

  it('keeps makers apart by product: Motorola Solutions radios are not Motorola Mobility phones', () => {
    expect(makers('MOTOROLA APX NEXT PORTABLE RADIOS')).toEqual(['motorola-solutions']);
    expect(makers('MOTOROLA MOTO G PHONES')).toEqual(['motorola-mobility']);
    expect(makers('MOTOROLA EQUIPMENT')).toEqual([]);
  });

  it('credits what the order buys and nothing it merely names', () => {
    expect(makers('ORACLE SOFTWARE LICENSE RENEWAL')).toEqual(['oracle']);
    expect(makers('TOAD FOR ORACLE LICENSES')).toEqual([]);
    expect(makers('3M PELTOR EARPLUG (MOTOROLA APX RADIO COMPATIBLE)')).toEqual([]);
    expect(makers('HEADSETS FOR MOTOROLA XTS RADIOS')).toEqual([]);
    expect(makers('IPADS CASES')).toEqual([]);
    expect(makers('COURT REPORTING VIA WEBEX')).toEqual([]);
    expect(makers('MIGRATION OF ORACLE DATABASES INTO AWS')).toEqual([]);
    expect(makers('WIRELESS SERVICE FOR IPADS')).toEqual([]);
    expect(makers('CISCO CATALYST 8000V FOR AWS GOVCLOUD')).toEqual(['cisco']);
    expect(makers('IPADS AND ACCESSORIES')).toEqual(['apple']);
  });

  it('gives services and labour no credit, whatever product they name', () => {
    expect(makers('ORACLE SUPPORT SERVICES')).toEqual([]);
    expect(makers('CISCO SWITCHES', { psc: 'IT AND TELECOM - NETWORK SUPPORT SERVICES (LABOR)' })).toEqual([]);
    expect(makers('CISCO SWITCHES', { naics: 'COMPUTER SYSTEMS DESIGN SERVICES' })).toEqual([]);
    expect(makers('APPDYNAMICS SOFTWARE, MAINTENANCE, AND SUPPORT SERVICES'.replace('APPDYNAMICS', 'CISCO'))).toEqual(['cisco']);
  });

  it('credits a product no earlier than its maker owned it', () => {
    expect(makers('GRAYKEY LICENSES', { date: '2023-06-01' })).toEqual([]);
    expect(makers('GRAYKEY LICENSES', { date: '2024-08-19' })).toEqual(['magnet']);
  });
});
