import { define } from '../core/define.js';
import { TreatyCard } from '../elements/treaty-card/treaty-card.js';

define('treaty-card', TreatyCard);

export { TreatyCard };
