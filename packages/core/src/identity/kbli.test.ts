import { describe, it } from 'node:test';
import { assert } from 'chai';
import { KBLI_2020_CATEGORIES, parseKbli, type KbliOptions } from './kbli.js';

function categoryOf(input: unknown, options: KbliOptions = {}): string {
  const result = parseKbli(input, options);
  return result.ok ? (result.value.category ?? '-') : result.error.code;
}

describe('parseKbli', () => {
  it('IDN-03 KBLI 2020: five digits whose first two name a division of categories A–U', () => {
    const retail = parseKbli('47111');
    assert.isTrue(retail.ok);
    if (!retail.ok) return;
    assert.deepEqual([retail.value.code, retail.value.division, retail.value.category, retail.value.edition], ['47111', '47', 'G', '2020']);
    assert.equal(retail.value.source.regulation, 'Peraturan BPS 2/2020');
    // The first and last division of several categories (ISIC Rev. 4 structure).
    const expected: [string, string][] = [
      ['01111', 'A'], ['03221', 'A'], ['05100', 'B'], ['09900', 'B'], ['10110', 'C'], ['33200', 'C'], ['35101', 'D'],
      ['36000', 'E'], ['41011', 'F'], ['43900', 'F'], ['45101', 'G'], ['49110', 'H'], ['55110', 'I'], ['56101', 'I'],
      ['62010', 'J'], ['64110', 'K'], ['68111', 'L'], ['71101', 'M'], ['82110', 'N'], ['84111', 'O'], ['85110', 'P'],
      ['86101', 'Q'], ['93291', 'R'], ['96111', 'S'], ['97000', 'T'], ['99000', 'U'],
    ];
    for (const [code, category] of expected) assert.equal(categoryOf(code), category, code);
    assert.equal(KBLI_2020_CATEGORIES.length, 21);
  });

  it('IDN-03 KBLI 2020: divisions in the gaps between categories are refused', () => {
    for (const division of ['00', '04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) {
      assert.equal(categoryOf(`${division}111`), 'kbli.division', division);
    }
  });

  it('IDN-03 KBLI 2025: only the shape and a non-zero division are checked, no category is invented', () => {
    const printing = parseKbli('18113', { edition: '2025' });
    assert.isTrue(printing.ok && printing.value.category === undefined && printing.value.edition === '2025');
    assert.isTrue(printing.ok && printing.value.source.regulation === 'Peraturan BPS 7/2025');
    assert.equal(categoryOf('04111', { edition: '2025' }), '-');
    assert.equal(categoryOf('00111', { edition: '2025' }), 'kbli.division');
    const unknown = parseKbli('47111', { edition: '2015' as unknown as '2020' });
    assert.isTrue(!unknown.ok && unknown.error.code === 'kbli.edition' && unknown.error.path === 'edition');
  });

  it('IDN-03 KBLI: wrong lengths, separators and letters are refused at path kbli', () => {
    for (const bad of ['4711', '471111', '47.111']) {
      const result = parseKbli(bad);
      assert.isFalse(result.ok, bad);
      if (!result.ok) assert.equal(result.error.path, 'kbli');
    }
    assert.equal(categoryOf('4711'), 'kbli.length');
    assert.equal(categoryOf('4711A'), 'kbli.characters');
    assert.equal(categoryOf(47111), 'kbli.type');
    assert.equal(categoryOf(' 47111 '), 'G');
  });

  it('IDN-03 KBLI: a municipality can replace the 2020 category table', () => {
    const categories = [{ category: 'Z', firstDivision: 1, lastDivision: 99, source: { regulation: 'test', article: '1' } }];
    assert.equal(categoryOf('04111', { categories2020: categories }), 'Z');
  });
});
