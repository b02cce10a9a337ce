import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { batchPageContent, createPen } from './pdfPen.js';

type Document = InstanceType<typeof PDFDocument>;
const setDash = PDFDocument.prototype.dash as unknown as Parameters<typeof createPen>[1];

/** Draws on a fresh uncompressed page and returns the page's content stream. */
async function pageContent(draw: (doc: Document) => void): Promise<string> {
  const doc = new PDFDocument({ size: [100, 100], margin: 0, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await done;
  const pdf = Buffer.concat(chunks).toString('latin1');
  // The page's content is the stream that draws: the one with our marker operators.
  const streams = [...pdf.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((match) => match[1] ?? '');
  return streams.find((stream) => stream.includes(' re')) ?? '';
}

const count = (text: string, operator: RegExp) =>
  text.split('\n').filter((line) => operator.test(line)).length;

describe('createPen', () => {
  it('writes a colour, width and dash once while they stay the same', async () => {
    const content = await pageContent((doc) => {
      const pen = createPen(doc, setDash);
      for (let i = 0; i < 5; i += 1) {
        doc.rect(i * 10, 0, 5, 5);
        pen.stroke({ stroke: '#336699', strokeWidth: 2, dash: [3, 2] });
        pen.fill('#ff0000');
        doc.fillAndStroke();
      }
    });
    expect(count(content, / scn$/)).toBe(1);
    expect(count(content, / SCN$/)).toBe(1);
    expect(count(content, / w$/)).toBe(1);
    expect(count(content, /^\[3 2\] 0 d$/)).toBe(1);
    expect(count(content, /^B$/)).toBe(5);
  });

  it('writes a setting again when it changes, and after a restore undoes it', async () => {
    const content = await pageContent((doc) => {
      const pen = createPen(doc, setDash);
      pen.fill('#ff0000');
      doc.rect(0, 0, 5, 5).fill();
      pen.save();
      pen.fill('#00ff00');
      doc.rect(10, 0, 5, 5).fill();
      pen.restore();
      pen.fill('#00ff00');
      doc.rect(20, 0, 5, 5).fill();
      pen.fill('#00ff00', 0.5);
      doc.rect(30, 0, 5, 5).fill();
    });
    // Red, green inside the saved state, green again after the restore brought red back.
    expect(count(content, / scn$/)).toBe(3);
    // Opacity 1 at the start, then 0.5.
    expect(count(content, / gs$/)).toBe(2);
  });

  it('says whether an item has a stroke', async () => {
    await pageContent((doc) => {
      const pen = createPen(doc, setDash);
      expect(pen.stroke({})).toBe(false);
      expect(pen.stroke({ stroke: '#000' })).toBe(true);
      doc.rect(0, 0, 1, 1).stroke();
    });
  });
});

describe('batchPageContent', () => {
  it('writes the same page content as pdfkit writes operator by operator', async () => {
    const draw = (doc: Document) => {
      for (let i = 0; i < 50; i += 1) doc.rect(i, i, 3, 3).fill('#123456');
    };
    const plain = await pageContent(draw);
    const batched = await pageContent((doc) => {
      const flush = batchPageContent(doc, 7);
      draw(doc);
      flush();
    });
    expect(batched).toBe(plain);
    expect(count(plain, / re$/)).toBe(50);
  });
});
