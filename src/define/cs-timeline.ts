/**
 * Registers <cs-timeline>. The English events' outline is part of this entry
 * and in memory before the element is defined, so a page draws the timeline
 * after one script request. Other languages, the events' details, the zoom
 * gestures and the reader of user documents (JSON and CSV) stay lazy chunks;
 * the reader is requested first thing when the page's timeline has data of
 * its own (the import below comes first so that it runs first).
 */
import '../elements/cs-timeline/user-document-load.js';
import { define } from '../core/define.js';
import { primeBundled } from '../data/bundled.js';
import type { EventOutlineDocument } from '../data/types.js';
import { CsTimeline } from '../elements/cs-timeline/cs-timeline.js';
import outline from '../generated/data/events-outline.en.js';

primeBundled('events-outline', 'en', outline as unknown as EventOutlineDocument);
define('cs-timeline', CsTimeline);

export { CsTimeline };
