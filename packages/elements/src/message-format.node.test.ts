import { expect } from 'chai';
import { formattersFor } from './formatters.js';
import { compileMessage, formatMessage } from './message-format.js';

/** `message` compiled with `parameters` and rendered with `args` in `lang`. */
const render = (message: string, parameters: string[], args: unknown[], lang = 'en') =>
  formatMessage(compileMessage(message, parameters, true), args, formattersFor(lang));

describe('ICU messages', () => {
  it('writes numbers and percentages with the formatters of the language', () => {
    expect(render('{done, number} of {total, number}', ['done', 'total'], [1500, 2000])).to.equal(
      '1,500 of 2,000',
    );
    expect(render('{done, number}', ['done'], [1500], 'de')).to.equal('1.500');
    expect(render('{value, number, percent}', ['value'], [50])).to.equal('50%');
    // French puts a narrow no-break space before the sign: whatever Intl says.
    expect(render('{value, number, percent}', ['value'], [50], 'fr')).to.equal(
      formattersFor('fr').percent(50),
    );
  });

  it('takes the plural case of the number’s category in the language, # its number', () => {
    const items = '{n, plural, one {# item} other {# items}}';
    expect(render(items, ['n'], [1])).to.equal('1 item');
    expect(render(items, ['n'], [1000])).to.equal('1,000 items');
    expect(render(items, ['n'], [1.5])).to.equal('1.5 items');
    const arabic = '{n, plural, one {one} two {two} few {few} many {many} other {other}}';
    expect([1, 2, 3, 11, 100].map((n) => render(arabic, ['n'], [n], 'ar'))).to.deep.equal([
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    // A category the message lacks takes `other`.
    expect(render(arabic.replace('few {few} ', ''), ['n'], [3], 'ar')).to.equal('other');
  });

  it('selects by the text, `other` for any other (even an Object.prototype name), `null` for none', () => {
    const status = '{s, select, pending {Waiting} null {None} other {{s}!}}';
    expect(render(status, ['s'], ['pending'])).to.equal('Waiting');
    expect(render(status, ['s'], ['DISK_FULL'])).to.equal('DISK_FULL!');
    for (const name of ['constructor', '__proto__', 'toString', 'other'])
      expect(render(status, ['s'], [name])).to.equal(`${name}!`);
    expect(render(status, ['s'], [null])).to.equal('None');
  });

  it('keeps text as written, with ICU’s apostrophe quoting, and # as text outside a plural', () => {
    expect(render("It''s '{n}' #{n}", ['n'], [3])).to.equal("It's {n} #3");
    expect(render("{n, plural, other {'#' #}}", ['n'], [3])).to.equal('# 3');
    expect(render("l'entrée · {n}", ['n'], ['x'])).to.equal("l'entrée · x");
    expect(render('{ n , plural , one {a} other {b} }', ['n'], [1])).to.equal('a');
    expect(render('', [], [])).to.equal('');
  });

  it('writes no number where its key receives no formatters', () => {
    expect(() => compileMessage('{n, number}', ['n'], false)).to.throw(SyntaxError);
    expect(() => compileMessage('{n, plural, other {#}}', ['n'], false)).to.throw(SyntaxError);
    expect(compileMessage('{n, select, 404 {Not found} other {HTTP {n}}}', ['n'], false)).to.be.ok;
  });
});
