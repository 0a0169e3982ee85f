/**
 * The user-document readers' sentences (src/data/user/problems.ts) live in
 * their own three-language table, not in the xliff files (see that file's
 * header for why): no Czech or Slovak sentence may be left in English, or be
 * the other language's, and none may show a pattern.
 */
import { expect } from '@open-wc/testing';
import { WORDS } from '../../src/data/user/problems.js';

const ARGS = ['“x”', '12', '1943', '1945'];

describe('the user-document sentences in en, cs and sk', () => {
  for (const [key, words] of Object.entries(WORDS)) {
    it(key, () => {
      const [en, cs, sk] = (['en', 'cs', 'sk'] as const).map((locale) => (words[locale] as (...args: string[]) => string)(...ARGS));
      expect(cs, 'Czech differs from English').not.to.equal(en);
      expect(sk, 'Slovak differs from English').not.to.equal(en);
      // "z adresy …" is the same in both languages; every other sentence differs.
      if (key !== 'from') expect(sk, 'Slovak is not the Czech sentence').not.to.equal(cs);
      for (const sentence of [en, cs, sk]) expect(sentence).not.to.match(/\[0-9\]|\\d|\{4\}|\(\?:/);
    });
  }
});
