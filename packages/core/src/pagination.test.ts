import { expect } from 'chai';
import * as pagination from './pagination.js';

describe('pagination', () => {
  const base = pagination.createPagination({ limit: 10 });

  it('defaults to the first page of 20, all statuses, every port, oldest first', () => {
    expect(pagination.createPagination()).to.deep.equal({
      offset: 0,
      limit: 20,
      statuses: [],
      portName: null,
      order: 'asc',
    });
  });

  it('falls back to defaults for invalid values instead of throwing', () => {
    const p = pagination.createPagination({
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
    expect(pagination.createPagination({ limit: 1.5, offset: Number.NaN }).limit).to.equal(20);
    expect(pagination.createPagination({ limit: 1e9 }).limit).to.equal(1000);
    expect(pagination.createPagination({ statuses: 'failed' as never }).statuses).to.deep.equal([
      'failed',
    ]);
  });

  it('keeps the order of the requested statuses, which sets the bucket order', () => {
    expect(
      pagination.createPagination({ statuses: ['completed', 'processing'] }).statuses,
    ).to.deep.equal(['completed', 'processing']);
  });

  it('numbers pages from 1 and counts them for a total', () => {
    expect(pagination.pageOf(base)).to.equal(1);
    expect(pagination.pageOf({ ...base, offset: 20 })).to.equal(3);
    expect(pagination.pageCountOf(base, 95)).to.equal(10);
    expect(pagination.pageCountOf(base, 100)).to.equal(10);
    expect(pagination.pageCountOf(base, 0)).to.equal(1);
  });

  it('moves to the next, previous and any page, staying in range', () => {
    expect(pagination.pageOf(pagination.nextPage(base))).to.equal(2);
    expect(pagination.pageOf(pagination.nextPage(pagination.goToPage(base, 10), 95))).to.equal(10);
    expect(pagination.previousPage(base)).to.equal(base);
    expect(pagination.pageOf(pagination.previousPage(pagination.goToPage(base, 4)))).to.equal(3);
    expect(pagination.pageOf(pagination.goToPage(base, 99, 35))).to.equal(4);
    expect(pagination.pageOf(pagination.goToPage(base, -3))).to.equal(1);
    expect(pagination.pageOf(pagination.goToPage(base, Number.NaN))).to.equal(1);
    expect(pagination.goToPage(base, 1)).to.equal(base, 'same page, same object');
  });

  it('clamps to the last page when the total shrinks below the offset', () => {
    const page5 = pagination.goToPage(base, 5);
    expect(pagination.pageOf(pagination.clampToTotal(page5, 23))).to.equal(3);
    expect(pagination.pageOf(pagination.clampToTotal(page5, 0))).to.equal(1);
    expect(pagination.clampToTotal(page5, 100)).to.equal(page5);
  });

  it('goes back to the first page when a filter, the order or the page size changes', () => {
    const page3 = pagination.goToPage(base, 3);
    expect(pagination.updatePagination(page3, { statuses: ['failed'] }).offset).to.equal(0);
    expect(pagination.updatePagination(page3, { portName: 'worker.inference' }).offset).to.equal(0);
    expect(pagination.updatePagination(page3, { order: 'desc' }).offset).to.equal(0);
    expect(pagination.updatePagination(page3, { limit: 50 }).offset).to.equal(0);
    expect(
      pagination.updatePagination(page3, { statuses: ['failed'], offset: 10 }).offset,
    ).to.equal(10);
    expect(pagination.updatePagination(page3, { order: 'asc' })).to.equal(
      page3,
      'no change, same object',
    );
  });

  it('round-trips through URL search params for deep links', () => {
    const p = pagination.createPagination({
      offset: 40,
      limit: 10,
      statuses: ['failed', 'pending'],
      portName: 'worker.inference',
      order: 'desc',
    });
    const search = pagination.toSearchParams(p);
    expect(search.toString()).to.equal(
      'page=5&limit=10&status=failed&status=pending&port_name=worker.inference&order=desc',
    );
    expect(pagination.fromSearchParams(search)).to.deep.equal(p);
    expect(
      pagination.fromSearchParams(pagination.toSearchParams(p, 'list.'), 'list.'),
    ).to.deep.equal(p);
    expect(pagination.toSearchParams(pagination.createPagination()).toString()).to.equal('');
  });

  it('reads invalid deep links as defaults, never throwing', () => {
    expect(
      pagination.fromSearchParams('page=abc&limit=-4&status=nope&order=up&port_name='),
    ).to.deep.equal(pagination.createPagination());
    expect(pagination.fromSearchParams('page=0').offset).to.equal(0);
    expect(pagination.fromSearchParams('?page=3&limit=5').offset).to.equal(10);
  });
});
