import { expect } from 'chai';
import { describe as describeEvent } from '../src/events-panel.js';

describe('the events panel lines', () => {
  it('prints a settle whose status is unknown as "settled", in the page language', () => {
    const settle = { inputId: 'inp_1', filename: 'a.csv', status: null, item: {} };
    expect(describeEvent('input-progress-settle', settle, 'en')).to.equal('a.csv → settled');
    expect(describeEvent('input-progress-settle', settle, 'de')).to.equal('a.csv → abgeschlossen');
    expect(describeEvent('input-progress-settle', { ...settle, status: 'failed' }, 'en')).to.equal(
      'a.csv → failed',
    );
  });

  it('words every event in the page language', () => {
    const page = { page: 2, offset: 10, limit: 10 };
    expect(describeEvent('input-progress-page-change', page, 'en')).to.equal(
      'page 2, offset 10, limit 10',
    );
    expect(describeEvent('input-progress-page-change', page, 'de')).to.equal(
      'Seite 2, Offset 10, Limit 10',
    );
    const filter = { statuses: [], order: 'asc', portName: null };
    expect(describeEvent('input-progress-filter-change', filter, 'de')).to.equal(
      'alle Status; Reihenfolge asc',
    );
  });

  it('names statuses and live states in the page language, not as the API spells them', () => {
    const settle = { inputId: 'inp_1', filename: 'a.csv', status: 'failed', item: {} };
    expect(describeEvent('input-progress-settle', settle, 'de')).to.equal('a.csv → fehlgeschlagen');
    expect(describeEvent('input-progress-settle', settle, 'ar')).to.equal('a.csv → فشل');
    const update = { snapshot: { items: [{}, {}], total: 10, page: 1, live: 'live' } };
    expect(describeEvent('input-progress-update', update, 'de')).to.equal(
      '2 Zeilen, gesamt 10, Seite 1, live',
    );
    expect(
      describeEvent(
        'input-progress-update',
        { snapshot: { ...update.snapshot, live: 'stopped' } },
        'de',
      ),
    ).to.equal('2 Zeilen, gesamt 10, Seite 1, angehalten');
  });
});
