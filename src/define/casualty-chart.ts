/**
 * Registers <casualty-chart>. The English battles document is part of this
 * entry and in memory before the element is defined, so a page draws the
 * chart after one script request; other languages and the validator for
 * user data stay lazy chunks.
 */
import { define } from '../core/define.js';
import { primeBundled } from '../data/bundled.js';
import type { BattlesDocument } from '../data/types.js';
import { CasualtyChart } from '../elements/casualty-chart/casualty-chart.js';
import battles from '../generated/data/battles.en.js';

primeBundled('battles', 'en', battles as unknown as BattlesDocument);
define('casualty-chart', CasualtyChart);

export { CasualtyChart };
