import { expect } from 'chai';
import {
  clampToTotal,
  createPagination,
  fromSearchParams,
  goToPage,
  nextPage,
  pageCountOf,
  pageOf,
  previousPage,
  toSearchParams,
  updatePagination,
} from './pagination.js';

describe('pagination', () => {
  const base = createPagination({ limit: 10 });

  it('defaults to the first page of 20, all statuses, every port, oldest first', () => {
    expect(createPagination()).to.deep.equal({
      offset: 0,
      limit: 20,
      statuses: [],
      portName: null,
      order: 'asc',
    });
  });

  it('falls back to defaults for invalid values instead of throwing', () => {
    const p = createPagination({
      offset: -5,
      limit: 0,
      statuses: ['failed', 'bogus', 'failed', 'pending'],
      portName: '',
      order: 'sideways',
    });
    expect(p).to.deep.equal({
      offset: 0,
      limit: 20,
      statuses: ['failed', 'pending'],
      portName: null,
      order: 'asc',
    });
    expect(createPagination({ limit: 1.5, offset: Number.NaN }).limit).to.equal(20);
    expect(createPagination({ limit: 1e9 }).limit).to.equal(1000);
    expect(createPagination({ statuses: 'failed' as never }).statuses).to.deep.equal(['failed']);
  });

  it('keeps the order of the requested statuses, which sets the bucket order', () => {
    expect(createPagination({ statuses: ['completed', 'processing'] }).statuses).to.deep.equal([
      'completed',
      'processing',
    ]);
  });

  it('numbers pages from 1 and counts them for a total', () => {
    expect(pageOf(base)).to.equal(1);
    expect(pageOf({ ...base, offset: 20 })).to.equal(3);
    expect(pageCountOf(base, 95)).to.equal(10);
    expect(pageCountOf(base, 100)).to.equal(10);
    expect(pageCountOf(base, 0)).to.equal(1);
  });

  it('moves to the next, previous and any page, staying in range', () => {
    expect(pageOf(nextPage(base))).to.equal(2);
    expect(pageOf(nextPage(goToPage(base, 10), 95))).to.equal(10);
    expect(previousPage(base)).to.equal(base);
    expect(pageOf(previousPage(goToPage(base, 4)))).to.equal(3);
    expect(pageOf(goToPage(base, 99, 35))).to.equal(4);
    expect(pageOf(goToPage(base, -3))).to.equal(1);
    expect(pageOf(goToPage(base, Number.NaN))).to.equal(1);
    expect(goToPage(base, 1)).to.equal(base, 'same page, same object');
  });

  it('clamps to the last page when the total shrinks below the offset', () => {
    const page5 = goToPage(base, 5);
    expect(pageOf(clampToTotal(page5, 23))).to.equal(3);
    expect(pageOf(clampToTotal(page5, 0))).to.equal(1);
    expect(clampToTotal(page5, 100)).to.equal(page5);
  });

  it('goes back to the first page when a filter, the order or the page size changes', () => {
    const page3 = goToPage(base, 3);
    expect(updatePagination(page3, { statuses: ['failed'] }).offset).to.equal(0);
    expect(updatePagination(page3, { portName: 'worker.inference' }).offset).to.equal(0);
    expect(updatePagination(page3, { order: 'desc' }).offset).to.equal(0);
    expect(updatePagination(page3, { limit: 50 }).offset).to.equal(0);
    expect(updatePagination(page3, { statuses: ['failed'], offset: 10 }).offset).to.equal(10);
    expect(updatePagination(page3, { order: 'asc' })).to.equal(page3, 'no change, same object');
  });

  it('round-trips through URL search params for deep links', () => {
    const p = createPagination({
      offset: 40,
      limit: 10,
      statuses: ['failed', 'pending'],
      portName: 'worker.inference',
      order: 'desc',
    });
    const search = toSearchParams(p);
    expect(search.toString()).to.equal(
      'page=5&limit=10&status=failed&status=pending&port_name=worker.inference&order=desc',
    );
    expect(fromSearchParams(search)).to.deep.equal(p);
    expect(fromSearchParams(toSearchParams(p, 'list.'), 'list.')).to.deep.equal(p);
    expect(toSearchParams(createPagination()).toString()).to.equal('');
  });

  it('reads invalid deep links as defaults, never throwing', () => {
    expect(fromSearchParams('page=abc&limit=-4&status=nope&order=up&port_name=')).to.deep.equal(
      createPagination(),
    );
    expect(fromSearchParams('page=0').offset).to.equal(0);
    expect(fromSearchParams('?page=3&limit=5').offset).to.equal(10);
  });
});
