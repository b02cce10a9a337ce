// @waymark/render/node: PNG (resvg) and PDF (pdfkit) from the same scene as the SVG. Node only.

export type { PdfOptions } from './node/pdf.js';
export { renderPdf } from './node/pdf.js';
export type { PngOptions } from './node/png.js';
export { MAX_PNG_PIXELS, renderPng } from './node/png.js';
