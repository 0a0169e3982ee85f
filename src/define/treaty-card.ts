/**
 * Registers <treaty-card>. The five English treaties (a card may name any of
 * them), the place and person names and the mini-timeline module are part of
 * this entry and in memory before the element is defined, so a page draws
 * the card after one script request; other languages and the validator for
 * user data stay lazy chunks.
 */
import { define } from '../core/define.js';
import { primeBundled } from '../data/bundled.js';
import type { NamesDocument, TreatiesDocument } from '../data/types.js';
import { primeTreaty } from '../elements/treaty-card/bundled-treaties.js';
import * as duration from '../elements/treaty-card/duration.js';
import { loadCardSupport, provideDuration } from '../elements/treaty-card/support.js';
import { TreatyCard } from '../elements/treaty-card/treaty-card.js';
import names from '../generated/data/names.en.js';
import friendship1943 from '../generated/data/treaty-friendship-1943.en.js';
import jointAction1941 from '../generated/data/treaty-joint-action-1941.en.js';
import liberatedTerritory1944 from '../generated/data/treaty-liberated-territory-1944.en.js';
import mutualAssistance1935 from '../generated/data/treaty-mutual-assistance-1935.en.js';
import ruthenia1945 from '../generated/data/treaty-ruthenia-1945.en.js';

const treaties: Record<string, unknown> = {
  'mutual-assistance-1935': mutualAssistance1935,
  'joint-action-1941': jointAction1941,
  'friendship-1943': friendship1943,
  'liberated-territory-1944': liberatedTerritory1944,
  'ruthenia-1945': ruthenia1945,
};
for (const [id, document] of Object.entries(treaties)) primeTreaty(id, 'en', document as TreatiesDocument);
primeBundled('names', 'en', names as unknown as NamesDocument);
provideDuration(duration);
// A pre-rendered card's first picture holds the names in its language: there before it upgrades.
define('treaty-card', TreatyCard, loadCardSupport);

export { TreatyCard };
