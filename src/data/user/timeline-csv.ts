/**
 * CSV for the timeline: our columns (`date`, `title`, `end`, `summary`,
 * `category`, `source`, `source_url`, `image`, `image_alt`, `image_credit`,
 * `image_caption`, `id`) or TimelineJS3's spreadsheet template (`Year`,
 * `Month`, `Day`, `End Year`, …, `Headline`, `Text`, `Media`, `Media Credit`,
 * `Media Caption`, `Group`, `Type`), parsed by d3-dsv. Rows become a JSON
 * document, which `readJson` then checks; its paths are turned back into the
 * rows and columns a spreadsheet user sees.
 */
import { csvParse } from 'd3-dsv';
import { Problems } from './problems.js';
import { BUILT_IN_CATEGORIES, readJson, type UserDocument } from './timeline-json.js';
import { slug, type UserSource } from './values.js';

export function readCsv(text: string, problems: Problems): UserDocument | undefined {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const header = new Map(rows.columns.map((column) => [column.trim().toLowerCase().replace(/[\s_]+/g, ' '), column]));
  const has = (name: string) => header.has(name);
  const timelineJs = has('year') && has('headline');
  if (!timelineJs && !(has('date') && has('title'))) {
    const missing = [has('date') || has('year') ? '' : '“date”', has('title') || has('headline') ? '' : '“title”'].filter(Boolean).join(', ');
    problems.add(problems.say('row', '1'), 'noColumn', missing || '“date”, “title”');
    return undefined;
  }
  if (rows.length === 0) {
    problems.add(problems.say('row', '2'), 'noRows');
    return undefined;
  }
  const cell = (row: Record<string, string | undefined>, name: string) => {
    const column = header.get(name);
    const value = column === undefined ? undefined : row[column]?.trim();
    return value || undefined;
  };
  // Which column each JSON field came from, to report problems as a spreadsheet user sees them.
  const columnOf: Record<string, string> = timelineJs
    ? { date: 'Year', end: 'End Year', title: 'Headline', summary: 'Text', url: 'Media', alt: 'Media Caption', credit: 'Media Credit', caption: 'Media Caption', categories: 'Group', id: 'Unique ID' }
    : { date: 'date', end: 'end', title: 'title', summary: 'summary', url: 'image', alt: 'image_alt', credit: 'image_credit', caption: 'image_caption', categories: 'category', id: 'id', source: 'source' };
  const rowOf: number[] = [];
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  const sources = new Map<string, UserSource>();
  const categories = new Map<string, string>();
  const categoryOf = (label: string | undefined): string[] => {
    if (!label) return [];
    const id = BUILT_IN_CATEGORIES.includes(label.toLowerCase()) ? label.toLowerCase() : slug(label);
    if (!BUILT_IN_CATEGORIES.includes(id) && !categories.has(id)) categories.set(id, label);
    return [id];
  };
  for (const [index, row] of rows.entries()) {
    if (Object.values(row).every((value) => !value?.trim())) continue; // an empty line
    if (timelineJs) {
      const type = cell(row, 'type')?.toLowerCase();
      if (type === 'title') continue; // the title slide: nothing to place on the line
      const joinDate = (prefix: string) => {
        const year = cell(row, `${prefix}year`);
        if (!year) return undefined;
        const month = cell(row, `${prefix}month`);
        const day = month ? cell(row, `${prefix}day`) : undefined;
        return [year.padStart(4, '0'), month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean).join('-');
      };
      const date = joinDate('');
      const end = joinDate('end ');
      if (type === 'era') {
        eras.push({ date, end, label: cell(row, 'headline') });
        continue;
      }
      const media = cell(row, 'media');
      rowOf.push(index + 2);
      events.push({
        id: cell(row, 'unique id'),
        date,
        end,
        title: cell(row, 'headline'),
        summary: cell(row, 'text'),
        categories: categoryOf(cell(row, 'group')),
        media: media ? { url: media, alt: cell(row, 'media caption') ?? cell(row, 'headline') ?? media, credit: cell(row, 'media credit'), caption: cell(row, 'media caption') } : undefined,
      });
    } else {
      const image = cell(row, 'image');
      const sourceTitle = cell(row, 'source');
      const sourceUrl = cell(row, 'source url');
      const refs: string[] = [];
      if (sourceTitle || sourceUrl) {
        const id = `s-${slug(`${sourceTitle ?? ''} ${sourceUrl ?? ''}`)}`;
        if (!sources.has(id)) sources.set(id, { id, title: sourceTitle ?? sourceUrl!, ...(sourceUrl ? { url: sourceUrl } : {}) });
        refs.push(id);
      }
      rowOf.push(index + 2);
      events.push({
        id: cell(row, 'id'),
        date: cell(row, 'date'),
        end: cell(row, 'end'),
        title: cell(row, 'title'),
        summary: cell(row, 'summary'),
        categories: (cell(row, 'category') ?? '').split(/[;,]/).flatMap((label) => categoryOf(label.trim() || undefined)),
        sources: refs,
        media: image ? { url: image, alt: cell(row, 'image alt'), credit: cell(row, 'image credit'), caption: cell(row, 'image caption') } : undefined,
      });
    }
  }
  if (events.length === 0) {
    problems.add(problems.say('row', '2'), 'noRows');
    return undefined;
  }
  const document = {
    events,
    eras: eras.length ? eras : undefined,
    sources: [...sources.values()],
    categories: [...categories].map(([id, label]) => ({ id, label })),
  };
  // Check as JSON, then say rows and columns instead of JSON paths.
  const inner = new Problems(problems.locale);
  const value = readJson(document, inner);
  for (const problem of inner.list) {
    const match = /^events\[(\d+)\](?:\.(?:media\.)?(\w+))?/.exec(problem.path);
    const where = match ? problems.say('row', String(rowOf[Number(match[1])]), columnOf[match[2] ?? ''] ?? match[2] ?? '') : problem.path;
    problems.push(where, problem.detail);
  }
  problems.count += inner.count - inner.list.length;
  return value;
}
