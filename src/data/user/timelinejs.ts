/**
 * TimelineJS3's JSON format, so that a timeline made for TimelineJS works
 * unchanged: `events[]` of slides (`start_date`/`end_date` as `{ year,
 * month?, day? }`, `text: { headline, text }`, `media: { url, caption,
 * credit, alt? }`, `group`, `unique_id`), optional `eras[]` (`start_date`,
 * `end_date`, `text.headline`) and a `title` slide, which has no date and is
 * left out. Slides become our document, which `readJson` checks; its paths
 * are said back in TimelineJS's field names.
 *
 * TimelineJS allows HTML in `text`; we show text only (never markup), so
 * tags are dropped and the common entities decoded here. A regular
 * expression rather than DOMParser: a page under Trusted Types refuses a
 * string handed to the HTML parser, and the result is rendered as text anyway.
 */
import { Problems } from './problems.js';
import { BUILT_IN_CATEGORIES, readJson, type UserDocument } from './timeline-json.js';
import { isObject, slug } from './values.js';

/** Whether a parsed JSON document is TimelineJS3's (its events have `start_date`). */
export function isTimelineJs(document: unknown): boolean {
  return isObject(document) && Array.isArray(document.events) && document.events.some((event) => isObject(event) && 'start_date' in event);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** "<p>Signed in <b>Moscow</b> &amp; ratified</p>" → "Signed in Moscow & ratified". */
function plain(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value
    .replace(/<(br|\/p|\/li|\/div)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (entity, name: string) =>
      name[0] === '#' ? String.fromCodePoint(Number(name[1].toLowerCase() === 'x' ? `0${name.slice(1)}` : name.slice(1)) || 0xfffd) : (ENTITIES[name.toLowerCase()] ?? entity),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** `{ year: 1943, month: 12, day: 12 }` → "1943-12-12"; anything else is passed on for `readJson` to name. */
function date(value: unknown): unknown {
  if (!isObject(value)) return value;
  const part = (key: string, width: number) => {
    const raw = value[key];
    if (raw === undefined || raw === null || raw === '') return undefined;
    const text = String(raw).trim();
    return /^\d+$/.test(text) ? text.padStart(width, '0') : text;
  };
  const year = part('year', 4);
  const month = year ? part('month', 2) : undefined;
  const day = month ? part('day', 2) : undefined;
  return [year, month, day].filter(Boolean).join('-') || undefined;
}

const text = (slide: Record<string, unknown>, key: 'headline' | 'text') => (isObject(slide.text) ? plain(slide.text[key]) : undefined);

/** Our field → TimelineJS's, to say a problem where the user wrote it. */
const FIELD: Record<string, string> = { date: 'start_date', end: 'end_date', title: 'text.headline', summary: 'text.text', categories: 'group', id: 'unique_id', label: 'text.headline' };

export function readTimelineJs(document: Record<string, unknown>, problems: Problems): UserDocument | undefined {
  // A group is a category named by its label (the built-in four keep their own names).
  const categories = new Map<string, string>();
  const group = (value: unknown): string[] | undefined => {
    const label = typeof value === 'string' ? value.trim() : '';
    if (!label) return undefined;
    const id = BUILT_IN_CATEGORIES.includes(label.toLowerCase()) ? label.toLowerCase() : slug(label);
    if (!BUILT_IN_CATEGORIES.includes(id)) categories.set(id, label);
    return [id];
  };
  const events = (document.events as unknown[]).map((slide) => {
    if (!isObject(slide)) return slide;
    const media = isObject(slide.media) && slide.media.url ? slide.media : undefined;
    const headline = text(slide, 'headline');
    return {
      id: slide.unique_id,
      date: date(slide.start_date),
      end: date(slide.end_date),
      title: headline,
      summary: text(slide, 'text'),
      categories: group(slide.group),
      // TimelineJS's media has no required description: the caption, else the headline, describes the image.
      media: media ? { url: media.url, alt: plain(media.alt) || plain(media.caption) || headline, credit: plain(media.credit), caption: plain(media.caption) } : undefined,
    };
  });
  const eras = Array.isArray(document.eras)
    ? document.eras.map((era) => (isObject(era) ? { date: date(era.start_date), end: date(era.end_date), label: text(era, 'headline') } : era))
    : document.eras;
  const inner = new Problems(problems.locale);
  const value = readJson({ events, eras, categories: [...categories].map(([id, label]) => ({ id, label })) }, inner);
  for (const problem of inner.list) {
    const path = problem.path.replace(/^(events|eras)(\[\d+\])\.(\w+)/, (_whole: string, list: string, index: string, field: string) => `${list}${index}.${FIELD[field] ?? field}`);
    problems.push(path, problem.detail);
  }
  problems.count += inner.count - inner.list.length;
  return value;
}
