import { define } from '../core/define.js';
import { CasualtyChart } from '../elements/casualty-chart/casualty-chart.js';

define('casualty-chart', CasualtyChart);

export { CasualtyChart };
