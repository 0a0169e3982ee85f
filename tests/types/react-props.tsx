// The React typings must reject what the elements reject: each @ts-expect-error
// below fails the typecheck if the typings ever let that prop through.
import '../../src/react.js';
import type { CsSelectEvent } from '../../src/core/events.js';

const show = (event: CsSelectEvent) => event.detail.id;
const count = (n: number) => n;

export const good = (
  <>
    <cs-timeline from="1938" orientation="vertical" deep-link oncs-select={show} />
    <casualty-chart battle="sokolovo" chart="waffle" show-table theme="dark" />
    <treaty-card treaty="1943" compact />
    <cs-map year={1944} oncs-select={show} />
  </>
);

export const bad = (
  <>
    {/* @ts-expect-error -- not an orientation */}
    <cs-timeline orientation="diagonal" />
    {/* @ts-expect-error -- not a chart */}
    <casualty-chart chart="pie" />
    {/* @ts-expect-error -- not a theme */}
    <treaty-card theme="sepia" />
    {/* @ts-expect-error -- the listener gets a CsSelectEvent */}
    <cs-map oncs-select={count} />
  </>
);
