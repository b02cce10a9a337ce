import type { PathCommand } from 'fontkit';

type Point = readonly [number, number];
type Quad = readonly [Point, Point, Point];
type Cubic = readonly [Point, Point, Point, Point];

/** Points sampled on each quadratic when fitting (its end point included). */
const SAMPLES = [0.25, 0.5, 0.75, 1];
/** Reparameterisation rounds before a fit is given up and the run is split. */
const ROUNDS = 4;
/** Sine of the largest kink between two curves still treated as one smooth run. */
const SMOOTH = 0.03;

const minus = (a: Point, b: Point): Point => [a[0] - b[0], a[1] - b[1]];
const dot = (a: Point, b: Point) => a[0] * b[0] + a[1] * b[1];
const length = (a: Point) => Math.hypot(a[0], a[1]);

function unit(vector: Point): Point | undefined {
  const size = length(vector);
  return size === 0 ? undefined : [vector[0] / size, vector[1] / size];
}

/**
 * The cubic closest to a smooth run of quadratics, keeping its ends and end tangents
 * (least squares on points sampled along the run, as in Schneider's "An algorithm for
 * automatically fitting digitized curves"), or undefined when none is within `tolerance`.
 * Runs for every glyph of every render, so the loops work on plain numbers, not points.
 */
function fitCubic(run: readonly Quad[], tolerance: number): Cubic | undefined {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return undefined;
  const [x0, y0] = first[0];
  const [x3, y3] = last[2];
  const startTangent = unit(minus(first[1], first[0]));
  const endTangent = unit(minus(last[1], last[2]));
  if (!startTangent || !endTangent) return undefined;
  const [sx, sy] = startTangent;
  const [ex, ey] = endTangent;
  // The sampled points, and their parameters: chord lengths to start with, refined by Newton
  // steps each round.
  const xs = [x0];
  const ys = [y0];
  for (const [[ax, ay], [cx, cy], [bx, by]] of run) {
    for (const t of SAMPLES) {
      const m = 1 - t;
      xs.push(m * m * ax + 2 * m * t * cx + t * t * bx);
      ys.push(m * m * ay + 2 * m * t * cy + t * t * by);
    }
  }
  const count = xs.length;
  const params = new Float64Array(count);
  for (let i = 1; i < count; i += 1) {
    params[i] =
      (params[i - 1] ?? 0) + Math.hypot((xs[i] ?? 0) - (xs[i - 1] ?? 0), (ys[i] ?? 0) - (ys[i - 1] ?? 0));
  }
  const total = params[count - 1] ?? 0;
  if (total === 0) return undefined;
  for (let i = 0; i < count; i += 1) params[i] = (params[i] ?? 0) / total;
  const chord = Math.hypot(x3 - x0, y3 - y0);

  for (let round = 0; round < ROUNDS; round += 1) {
    let c11 = 0;
    let c12 = 0;
    let c22 = 0;
    let r1 = 0;
    let r2 = 0;
    for (let i = 0; i < count; i += 1) {
      const t = params[i] ?? 0;
      const m = 1 - t;
      const b0 = m * m * m;
      const b1 = 3 * m * m * t;
      const b2 = 3 * m * t * t;
      const b3 = t * t * t;
      const a1x = sx * b1;
      const a1y = sy * b1;
      const a2x = ex * b2;
      const a2y = ey * b2;
      const restX = (xs[i] ?? 0) - x0 * (b0 + b1) - x3 * (b2 + b3);
      const restY = (ys[i] ?? 0) - y0 * (b0 + b1) - y3 * (b2 + b3);
      c11 += a1x * a1x + a1y * a1y;
      c12 += a1x * a2x + a1y * a2y;
      c22 += a2x * a2x + a2y * a2y;
      r1 += a1x * restX + a1y * restY;
      r2 += a2x * restX + a2y * restY;
    }
    const det = c11 * c22 - c12 * c12;
    let alpha = det === 0 ? 0 : (r1 * c22 - r2 * c12) / det;
    let beta = det === 0 ? 0 : (c11 * r2 - c12 * r1) / det;
    if (!(alpha > chord * 1e-3 && beta > chord * 1e-3)) {
      alpha = chord / 3;
      beta = chord / 3;
    }
    const x1 = x0 + sx * alpha;
    const y1 = y0 + sy * alpha;
    const x2 = x3 + ex * beta;
    const y2 = y3 + ey * beta;
    let worst = 0;
    for (let i = 0; i < count; i += 1) {
      const t = params[i] ?? 0;
      const m = 1 - t;
      const b0 = m * m * m;
      const b1 = 3 * m * m * t;
      const b2 = 3 * m * t * t;
      const b3 = t * t * t;
      const offsetX = b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3 - (xs[i] ?? 0);
      const offsetY = b0 * y0 + b1 * y1 + b2 * y2 + b3 * y3 - (ys[i] ?? 0);
      worst = Math.max(worst, Math.hypot(offsetX, offsetY));
    }
    if (worst <= tolerance) return [first[0], [x1, y1], [x2, y2], last[2]];
    // One Newton step for each point towards the parameter of the cubic's point nearest it.
    for (let i = 0; i < count; i += 1) {
      const t = params[i] ?? 0;
      const m = 1 - t;
      const b0 = m * m * m;
      const b1 = 3 * m * m * t;
      const b2 = 3 * m * t * t;
      const b3 = t * t * t;
      const offsetX = b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3 - (xs[i] ?? 0);
      const offsetY = b0 * y0 + b1 * y1 + b2 * y2 + b3 * y3 - (ys[i] ?? 0);
      const d1x = 3 * m * m * (x1 - x0) + 6 * m * t * (x2 - x1) + 3 * t * t * (x3 - x2);
      const d1y = 3 * m * m * (y1 - y0) + 6 * m * t * (y2 - y1) + 3 * t * t * (y3 - y2);
      const d2x = 6 * m * (x2 - 2 * x1 + x0) + 6 * t * (x3 - 2 * x2 + x1);
      const d2y = 6 * m * (y2 - 2 * y1 + y0) + 6 * t * (y3 - 2 * y2 + y1);
      const slope = d1x * d1x + d1y * d1y + (offsetX * d2x + offsetY * d2y);
      params[i] = slope === 0 ? t : Math.min(1, Math.max(0, t - (offsetX * d1x + offsetY * d1y) / slope));
    }
  }
  return undefined;
}

/** A smooth run as few curves as the tolerance allows: one cubic, or the halves, down to single quadratics. */
function simplifyRun(run: readonly Quad[], tolerance: number, out: PathCommand[]): void {
  const only = run.length === 1 ? run[0] : undefined;
  if (only) {
    out.push({ command: 'quadraticCurveTo', args: [...only[1], ...only[2]] });
    return;
  }
  const cubic = fitCubic(run, tolerance);
  if (cubic) {
    out.push({ command: 'bezierCurveTo', args: [...cubic[1], ...cubic[2], ...cubic[3]] });
    return;
  }
  const middle = run.length >> 1;
  simplifyRun(run.slice(0, middle), tolerance, out);
  simplifyRun(run.slice(middle), tolerance, out);
}

/** Whether the next quadratic carries on the previous one without a corner. */
function continues(previous: Quad, next: Quad): boolean {
  const into = minus(previous[2], previous[1]);
  const out = minus(next[1], next[0]);
  const size = length(into) * length(out);
  return size > 0 && dot(into, out) > 0 && Math.abs(into[0] * out[1] - into[1] * out[0]) < SMOOTH * size;
}

/**
 * A glyph outline with fewer segments: each smooth run of quadratics (TrueType outlines are
 * long chains of them) becomes as few cubics as keep every sampled point within `tolerance`
 * (font units). Lines, corners and cubic segments stay as they are. Fewer segments make resvg
 * parse and fill text markedly faster.
 */
export function simplifyOutline(commands: readonly PathCommand[], tolerance: number): PathCommand[] {
  const out: PathCommand[] = [];
  let run: Quad[] = [];
  let current: Point = [0, 0];
  let start: Point = [0, 0];
  const flush = () => {
    if (run.length > 0) simplifyRun(run, tolerance, out);
    run = [];
  };
  for (const step of commands) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = step.args;
    if (step.command === 'quadraticCurveTo') {
      const quad: Quad = [current, [a, b], [c, d]];
      const previous = run[run.length - 1];
      if (previous && !continues(previous, quad)) flush();
      run.push(quad);
      current = [c, d];
      continue;
    }
    flush();
    out.push(step);
    if (step.command === 'moveTo') {
      current = [a, b];
      start = current;
    } else if (step.command === 'lineTo') {
      current = [a, b];
    } else if (step.command === 'bezierCurveTo') {
      current = [e, f];
    } else {
      current = start;
    }
  }
  flush();
  return out;
}
