import type PDFDocument from 'pdfkit';
import type { Stroke } from '../scene/scene.js';

type Document = InstanceType<typeof PDFDocument>;

/** pdfkit's dash() takes a whole pattern array; its published types only know a single length. */
type SetDash = (this: Document, pattern: number[], options: object) => Document;

/** The graphics state last written to the page (undefined: not written yet). */
interface PenState {
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  lineWidth?: number;
  dash?: string;
  lineCap?: 'butt' | 'round';
  lineJoin?: 'miter' | 'round';
}

/** Sets fill and stroke settings on a pdfkit document, writing only what changes. */
export interface Pen {
  fill(color: string, opacity?: number): void;
  /** Sets the stroke of an item; false when it has none. */
  stroke(item: Stroke): boolean;
  lineCap(cap: 'butt' | 'round'): void;
  lineJoin(join: 'miter' | 'round'): void;
  /** Saves the graphics state (pdfkit's save), and what the pen knows of it. */
  save(): void;
  restore(): void;
}

/**
 * A pen over a pdfkit document. pdfkit writes every setting it is given, so a map that sets
 * the same colour, width and dash before each of its 40,000 shapes would carry them all; the
 * pen remembers what the page already has (through save and restore) and skips repeats.
 */
export function createPen(doc: Document, setDash: SetDash): Pen {
  let state: PenState = {};
  const saved: PenState[] = [];
  return {
    fill(color, opacity = 1) {
      if (state.fill !== color) {
        doc.fillColor(color);
        state.fill = color;
      }
      if (state.fillOpacity !== opacity) {
        doc.fillOpacity(opacity);
        state.fillOpacity = opacity;
      }
    },
    stroke(item) {
      if (!item.stroke) return false;
      const width = item.strokeWidth ?? 1;
      if (state.lineWidth !== width) {
        doc.lineWidth(width);
        state.lineWidth = width;
      }
      if (state.stroke !== item.stroke) {
        doc.strokeColor(item.stroke);
        state.stroke = item.stroke;
      }
      const dash = item.dash && item.dash.length > 0 ? item.dash.join(' ') : '';
      if (state.dash !== dash) {
        if (item.dash && dash !== '') setDash.call(doc, [...item.dash], {});
        else doc.undash();
        state.dash = dash;
      }
      return true;
    },
    lineCap(cap) {
      if (state.lineCap !== cap) {
        doc.lineCap(cap);
        state.lineCap = cap;
      }
    },
    lineJoin(join) {
      if (state.lineJoin !== join) {
        doc.lineJoin(join);
        state.lineJoin = join;
      }
    },
    save() {
      doc.save();
      saved.push({ ...state });
    },
    restore() {
      doc.restore();
      state = saved.pop() ?? {};
    },
  };
}

/**
 * Collects what pdfkit writes to the page into large chunks: it writes every operator as a
 * Buffer of its own (200,000 of them on a big map, 20 MB of objects), the same bytes come out
 * joined. Call the returned function before doc.end().
 */
export function batchPageContent(doc: Document, batch = 4096): () => void {
  const page = doc.page;
  const write = page.write.bind(page);
  let pending: string[] = [];
  const flush = () => {
    // pdfkit ends each string it writes with a newline, so joining with newlines keeps the bytes.
    if (pending.length > 0) write(pending.join('\n'));
    pending = [];
  };
  page.write = (chunk: unknown) => {
    if (typeof chunk !== 'string') {
      flush();
      write(chunk);
      return;
    }
    pending.push(chunk);
    if (pending.length >= batch) flush();
  };
  return flush;
}
