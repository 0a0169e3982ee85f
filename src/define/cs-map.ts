/**
 * Registers <cs-map>. The English places and events' outline are part of
 * this entry and in memory before the element is defined, so a page draws
 * the places and the road after one script request. The basemap (land and
 * borders, 20 KB gzip) is a lazy chunk requested with the first picture and
 * drawn under it when it arrives; other languages stay lazy too.
 */
import { define } from '../core/define.js';
import { primeBundled } from '../data/bundled.js';
import type { EventOutlineDocument, PlacesDocument } from '../data/types.js';
import { CsMap, loadBasemap } from '../elements/cs-map/cs-map.js';
import outline from '../generated/data/events-outline.en.js';
import places from '../generated/data/places.en.js';

primeBundled('places', 'en', places as unknown as PlacesDocument);
primeBundled('events-outline', 'en', outline as unknown as EventOutlineDocument);
// A pre-rendered map's first picture holds the basemap: there before it upgrades.
define('cs-map', CsMap, loadBasemap);

export { CsMap };
