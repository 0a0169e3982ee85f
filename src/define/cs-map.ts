import { define } from '../core/define.js';
import { CsMap } from '../elements/cs-map/cs-map.js';

define('cs-map', CsMap);

export { CsMap };
