/**
 * Registers <cs-timeline>. The English events' outline is part of this entry
 * and in memory before the element is defined, so a page draws the timeline
 * after one script request. The validator for user events is part of it
 * too (4 KB gzip): a page with inline events would otherwise request it after
 * the entry, a second round trip. Other languages, the events' details and
 * the zoom gestures stay lazy chunks.
 */
import { define } from '../core/define.js';
import { primeBundled } from '../data/bundled.js';
import type { EventOutlineDocument } from '../data/types.js';
import { CsTimeline } from '../elements/cs-timeline/cs-timeline.js';
import { provideEventsValidator } from '../elements/cs-timeline/validator.js';
import outline from '../generated/data/events-outline.en.js';
import { validate } from '../generated/validate-events.js';

primeBundled('events-outline', 'en', outline as unknown as EventOutlineDocument);
provideEventsValidator(validate);
define('cs-timeline', CsTimeline);

export { CsTimeline };
