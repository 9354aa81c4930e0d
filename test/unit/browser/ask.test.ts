import { describe, expect, it } from 'vitest';
import { popupTarget } from '@/data/browser/ask';

describe("the popup's target from its address (data/browser/ask.ts)", () => {
  it('is the tab of ?tab=, the URL of ?url=, or else the active tab', () => {
    expect(popupTarget('?tab=12')).toEqual({ kind: 'tab', tabId: 12 });
    expect(popupTarget('?url=https%3A%2F%2Fwww.salesforce.com%2F')).toEqual({ kind: 'url', url: 'https://www.salesforce.com/' });
    expect(popupTarget('?url=https%3A%2F%2Fa.example%2F&tab=3')).toEqual({ kind: 'url', url: 'https://a.example/' });
    expect(popupTarget('')).toEqual({ kind: 'active' });
  });

  it('takes a tab id that is not a whole number from 0 up as no tab (the active one)', () => {
    for (const q of ['?tab=-1', '?tab=1.5', '?tab=x']) expect(popupTarget(q), q).toEqual({ kind: 'active' });
  });
});
