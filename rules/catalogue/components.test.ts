import { describe, expect, it } from 'vitest';
import { INTEGRATIONS } from './components.js';

describe('the SF list', () => {
  it('gives every integration the catalogue’s status and a date, and a current successor to each phased-out one', () => {
    for (const entry of INTEGRATIONS) {
      expect(entry.sf, entry.sf).toMatch(/^SF[0-9]{4}$/);
      expect(entry.date, entry.sf).toMatch(/^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$/);
      expect(entry.status === 'udfaset', entry.sf).toBe(entry.supersededBy !== undefined);
      if (entry.supersededBy) expect(INTEGRATIONS.find((e) => e.sf === entry.supersededBy)?.status, entry.sf).toBe('i-drift');
    }
    expect(new Set(INTEGRATIONS.map((e) => e.sf)).size).toBe(INTEGRATIONS.length);
  });

  it('has SF1600 Print phased out in favour of SF1601, and SF1472 by its catalogue name', () => {
    expect(INTEGRATIONS.find((e) => e.sf === 'SF1600')).toMatchObject({ status: 'udfaset', date: '2023-11-30', supersededBy: 'SF1601' });
    expect(INTEGRATIONS.find((e) => e.sf === 'SF1472')?.name).toBe('Hent borgers kontrolsager fra anden sektor');
  });
});
