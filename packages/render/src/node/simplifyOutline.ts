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

function quadAt([a, c, b]: Quad, t: number): Point {
  const m = 1 - t;
  return [m * m * a[0] + 2 * m * t * c[0] + t * t * b[0], m * m * a[1] + 2 * m * t * c[1] + t * t * b[1]];
}

function cubicAt([p0, p1, p2, p3]: Cubic, t: number): Point {
  const m = 1 - t;
  const [b0, b1, b2, b3] = [m * m * m, 3 * m * m * t, 3 * m * t * t, t * t * t];
  return [
    b0 * p0[0] + b1 * p1[0] + b2 * p2[0] + b3 * p3[0],
    b0 * p0[1] + b1 * p1[1] + b2 * p2[1] + b3 * p3[1],
  ];
}

/** One Newton step towards the parameter of the cubic's point nearest `point`. */
function nearer([p0, p1, p2, p3]: Cubic, point: Point, t: number): number {
  const m = 1 - t;
  const at = cubicAt([p0, p1, p2, p3], t);
  const d1: Point = [
    3 * m * m * (p1[0] - p0[0]) + 6 * m * t * (p2[0] - p1[0]) + 3 * t * t * (p3[0] - p2[0]),
    3 * m * m * (p1[1] - p0[1]) + 6 * m * t * (p2[1] - p1[1]) + 3 * t * t * (p3[1] - p2[1]),
  ];
  const d2: Point = [
    6 * m * (p2[0] - 2 * p1[0] + p0[0]) + 6 * t * (p3[0] - 2 * p2[0] + p1[0]),
    6 * m * (p2[1] - 2 * p1[1] + p0[1]) + 6 * t * (p3[1] - 2 * p2[1] + p1[1]),
  ];
  const offset = minus(at, point);
  const slope = dot(d1, d1) + dot(offset, d2);
  return slope === 0 ? t : Math.min(1, Math.max(0, t - dot(offset, d1) / slope));
}

function unit(vector: Point): Point | undefined {
  const size = length(vector);
  return size === 0 ? undefined : [vector[0] / size, vector[1] / size];
}

/**
 * The cubic closest to a smooth run of quadratics, keeping its ends and end tangents
 * (least squares on points sampled along the run, as in Schneider's "An algorithm for
 * automatically fitting digitized curves"), or undefined when none is within `tolerance`.
 */
function fitCubic(run: readonly Quad[], tolerance: number): Cubic | undefined {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return undefined;
  const start = first[0];
  const end = last[2];
  const startTangent = unit(minus(first[1], start));
  const endTangent = unit(minus(last[1], end));
  if (!startTangent || !endTangent) return undefined;
  const points: Point[] = [start];
  for (const quad of run) for (const t of SAMPLES) points.push(quadAt(quad, t));
  // Chord-length parameters to start with, refined by Newton steps each round.
  const params = [0];
  for (let i = 1; i < points.length; i += 1) {
    params.push((params[i - 1] ?? 0) + length(minus(points[i] ?? start, points[i - 1] ?? start)));
  }
  const total = params[params.length - 1] ?? 0;
  if (total === 0) return undefined;
  for (let i = 0; i < params.length; i += 1) params[i] = (params[i] ?? 0) / total;
  const chord = length(minus(end, start));

  for (let round = 0; round < ROUNDS; round += 1) {
    let c11 = 0;
    let c12 = 0;
    let c22 = 0;
    let x1 = 0;
    let x2 = 0;
    points.forEach((point, i) => {
      const t = params[i] ?? 0;
      const m = 1 - t;
      const [b0, b1, b2, b3] = [m * m * m, 3 * m * m * t, 3 * m * t * t, t * t * t];
      const a1: Point = [startTangent[0] * b1, startTangent[1] * b1];
      const a2: Point = [endTangent[0] * b2, endTangent[1] * b2];
      const rest: Point = [
        point[0] - start[0] * (b0 + b1) - end[0] * (b2 + b3),
        point[1] - start[1] * (b0 + b1) - end[1] * (b2 + b3),
      ];
      c11 += dot(a1, a1);
      c12 += dot(a1, a2);
      c22 += dot(a2, a2);
      x1 += dot(a1, rest);
      x2 += dot(a2, rest);
    });
    const det = c11 * c22 - c12 * c12;
    let alpha = det === 0 ? 0 : (x1 * c22 - x2 * c12) / det;
    let beta = det === 0 ? 0 : (c11 * x2 - c12 * x1) / det;
    if (!(alpha > chord * 1e-3 && beta > chord * 1e-3)) {
      alpha = chord / 3;
      beta = chord / 3;
    }
    const cubic: Cubic = [
      start,
      [start[0] + startTangent[0] * alpha, start[1] + startTangent[1] * alpha],
      [end[0] + endTangent[0] * beta, end[1] + endTangent[1] * beta],
      end,
    ];
    const worst = points.reduce(
      (max, point, i) => Math.max(max, length(minus(cubicAt(cubic, params[i] ?? 0), point))),
      0,
    );
    if (worst <= tolerance) return cubic;
    points.forEach((point, i) => {
      params[i] = nearer(cubic, point, params[i] ?? 0);
    });
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
