/**
 * Label placement without measuring the DOM: text widths are estimated from
 * the character count, and each label takes the first candidate position
 * around its mark that overlaps no mark, no earlier label and stays inside the
 * frame. Farther candidates get a leader line. Kyiv, Vasylkiv and Bila Tserkva
 * lie within a few pixels of each other on a phone; this fans them out.
 */

export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  /** Estimated box of the text block. */
  width: number;
  height: number;
  /** Whether the label may move away from its mark, with a leader line (else it stays beside it or is left out). */
  mayMove: boolean;
  /** Whether the label must be shown (a station of the road). */
  required: boolean;
}

export interface PlacedLabel {
  /** Top-left corner of the text block, relative to the mark. */
  dx: number;
  dy: number;
  /** Text alignment of the block: left edge at dx (start) or right edge at dx + width (end). */
  anchor: 'start' | 'end';
  /** A line from the mark to the block, when the block sits away from it. */
  leader?: { x: number; y: number };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Average advance of a character, in ems, for the UI font at label sizes (generous: an overlap is worse than a gap). */
const EM_PER_CHARACTER = { normal: 0.58, bold: 0.64 };

export function estimateWidth(text: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  return Math.ceil(text.length * fontSize * EM_PER_CHARACTER[weight]);
}

/** Candidate offsets (of the box's anchor side) around a mark of radius `r`: near ones first. */
function candidates(width: number, height: number, r: number): PlacedLabel[] {
  const gap = r + 3;
  const near: PlacedLabel[] = [
    { dx: gap, dy: -height / 2, anchor: 'start' },
    { dx: -gap - width, dy: -height / 2, anchor: 'end' },
    { dx: gap - 2, dy: -height - gap + 4, anchor: 'start' },
    { dx: gap - 2, dy: gap - 4, anchor: 'start' },
    { dx: -gap - width + 2, dy: -height - gap + 4, anchor: 'end' },
    { dx: -gap - width + 2, dy: gap - 4, anchor: 'end' },
    { dx: -width / 2, dy: -height - gap, anchor: 'start' },
    { dx: -width / 2, dy: gap, anchor: 'start' },
  ];
  // Straight above or below first: on a narrow map the road runs across the middle.
  const far: PlacedLabel[] = [];
  for (const distance of [20, 34, 50, 68]) {
    for (const [ux, uy] of [
      [0, -1],
      [0, 1],
      [1, -1],
      [-1, -1],
      [1, 1],
      [-1, 1],
    ]) {
      const anchor = ux < 0 ? 'end' : 'start';
      const ex = ux * distance * 0.75;
      const ey = uy * distance * (ux ? 0.75 : 1);
      const dx = ux < 0 ? ex - width : ux > 0 ? ex : ex - width / 2;
      const dy = uy < 0 ? ey - height : ey;
      far.push({ dx, dy, anchor, leader: { x: ex, y: ey } });
    }
  }
  return [...near, ...far];
}

/** Pixels a label keeps from other places' marks, so that it cannot be read as theirs. */
const CLEARANCE = 9;

type Obstacle = Box & { id?: string };

/**
 * Places labels in the order given (most important first), keeping clear of
 * the marks, of each other and of `lines` (points along the road). A label
 * that finds no free spot is left out — its mark keeps its accessible name and
 * a tooltip — unless it is `required`: then it may cross the road, and at
 * worst takes the spot with the fewest overlaps.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  marks: readonly { id: string; x: number; y: number; r: number }[],
  lines: readonly (readonly [number, number])[],
  bounds: Box,
): Map<string, PlacedLabel> {
  const hard: Obstacle[] = marks.map(({ id, x, y, r }) => ({ id, x0: x - r - CLEARANCE, y0: y - r - CLEARANCE, x1: x + r + CLEARANCE, y1: y + r + CLEARANCE }));
  const soft: Obstacle[] = lines.map(([x, y]) => ({ x0: x - 2, y0: y - 2, x1: x + 2, y1: y + 2 }));
  const placed = new Map<string, PlacedLabel>();
  const boxOf = (request: LabelRequest, option: PlacedLabel): Box => ({
    x0: request.x + option.dx,
    y0: request.y + option.dy,
    x1: request.x + option.dx + request.width,
    y1: request.y + option.dy + request.height,
  });
  const inside = (box: Box) => box.x0 >= bounds.x0 && box.y0 >= bounds.y0 && box.x1 <= bounds.x1 && box.y1 <= bounds.y1;
  const collisions = (request: LabelRequest, box: Box, obstacles: Obstacle[]) =>
    obstacles.filter((other) => other.id !== request.id && overlaps(box, other)).length;
  const place = (request: LabelRequest, option: PlacedLabel) => {
    const box = boxOf(request, option);
    hard.push({ x0: box.x0 - 1, y0: box.y0 - 1, x1: box.x1 + 1, y1: box.y1 + 1 });
    placed.set(request.id, option);
  };
  // Every label first tries the spots beside its mark; only then may the ones left over move
  // away, so that a far label never takes the only near spot of a later one.
  const passes: { far: boolean; crossLines: boolean }[] = [
    { far: false, crossLines: false },
    { far: true, crossLines: false },
    { far: false, crossLines: true },
    { far: true, crossLines: true },
  ];
  for (const { far, crossLines } of passes) {
    for (const request of requests) {
      if (placed.has(request.id) || (far && !request.mayMove) || (crossLines && !request.required)) continue;
      const obstacles = crossLines ? hard : [...hard, ...soft];
      const choice = candidates(request.width, request.height, 5).find((option) => {
        const box = boxOf(request, option);
        return !!option.leader === far && inside(box) && collisions(request, box, obstacles) === 0;
      });
      if (choice) place(request, choice);
    }
  }
  for (const request of requests) {
    if (placed.has(request.id) || !request.required) continue;
    const options = candidates(request.width, request.height, 5).filter((option) => inside(boxOf(request, option)));
    const score = (option: PlacedLabel) => collisions(request, boxOf(request, option), hard);
    const best = options.reduce<PlacedLabel | undefined>((best, option) => (!best || score(option) < score(best) ? option : best), undefined);
    if (best) place(request, best);
  }
  return placed;
}
