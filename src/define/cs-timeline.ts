import { define } from '../core/define.js';
import { CsTimeline } from '../elements/cs-timeline/cs-timeline.js';

define('cs-timeline', CsTimeline);

export { CsTimeline };
