import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbJourney } from '../../../../../test/arbitraries.js';
import { Journey } from '../../model/journey.js';
import { exportXlsx } from './exportXlsx.js';
import { importXlsx } from './importXlsx.js';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const sample = Journey.parse({
  id: 'jacket',
  title: 'Control\u0001characters\r\nand _x0041_ codes',
  personas: [
    { id: 'shopper', name: 'Budget shopper' },
    { id: 'loyal', name: 'Returning customer' },
  ],
  stages: [
    {
      id: 'buy',
      name: 'Purchase',
      steps: [
        {
          id: 'pay',
          name: '=1+1',
          momentOfTruth: { reason: 'price is clear' },
          touchpoints: [{ id: 'checkout', channel: 'web', name: 'checkout' }],
          emotions: { shopper: { score: -1 }, loyal: { score: 2 } },
        },
        { id: 'wait', name: 'Waits' },
      ],
    },
    { id: 'use', name: 'Usage' },
  ],
  painPoints: [{ id: 'slow', title: 'Slow delivery', at: 'wait' }],
  metrics: [{ id: 'nps', name: 'NPS', measurements: [{ date: '2024-01-01', value: -0.25 }] }],
});

describe('XLSX workbook', () => {
  it('imports what it exports, without loss', async () => {
    await fc.assert(
      fc.asyncProperty(arbJourney(), async (journey) => {
        const result = await importXlsx(await exportXlsx(journey));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.journey).toStrictEqual(journey);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps control characters, carriage returns and text that looks like an Excel code', async () => {
    const result = await importXlsx(await exportXlsx(sample));
    expect(result.ok && result.journey).toStrictEqual(sample);
  });

  it('writes the journey table with typed cells and a readable Map sheet', async () => {
    const workbook = await workbookOf(await exportXlsx(sample));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Journey', 'Map']);
    const table = workbook.getWorksheet('Journey') as ExcelJS.Worksheet;
    expect(table.getRow(1).values).toEqual([
      undefined,
      'kind',
      'id',
      'stage',
      'step',
      'lane',
      'persona',
      'value',
    ]);
    const rows = table.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(rows).toContainEqual([undefined, 'emotion', '', 'buy', 'pay', 'score', 'shopper', -1]);
    // text that looks like a formula is text, never a formula
    expect(rows).toContainEqual([undefined, 'step', 'pay', 'buy', '', 'name', '', '=1+1']);

    const map = workbook.getWorksheet('Map') as ExcelJS.Worksheet;
    const column = (r: number) => (map.getRow(r).values as unknown[]).slice(1);
    expect(column(1)).toEqual(['Stage', 'Purchase', 'Purchase', 'Usage']);
    expect(column(2)).toEqual(['Step', '★ =1+1', 'Waits']);
    expect(column(3)).toEqual(['Touchpoints', 'web: checkout']);
    expect(column(5)).toEqual(['Emotion: Budget shopper', -1]);
    expect(column(6)).toEqual(['Emotion: Returning customer', 2]);
    expect(column(7)).toEqual(['Pain points', undefined, 'Slow delivery']);
  });

  it('reads the Journey sheet of a workbook made by hand, reporting bad rows by row number', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['anything']);
    const sheet = workbook.addWorksheet('journey');
    sheet.addRow(['value', 'lane', 'kind', 'id', 'stage', 'step', 'persona']);
    sheet.addRow(['Hand made', 'title', 'journey']);
    sheet.addRow(['Only stage', 'name', 'stage', 's']);
    sheet.addRow([new Date(Date.UTC(2024, 4, 1)), 'review.lastReviewed', 'journey']);
    const good = await importXlsx(await bytesOf(workbook));
    if (!good.ok) throw new Error(JSON.stringify(good.errors));
    expect(good.journey.title).toBe('Hand made');
    expect(good.journey.review).toEqual({ lastReviewed: '2024-05-01' });
    expect(good.journey.stages.map((s) => s.name)).toEqual(['Only stage']);

    sheet.addRow(['x', 'nmae', 'step', 'a', 's']);
    const bad = await importXlsx(await bytesOf(workbook), { fileName: 'hand.xlsx' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.map((e) => [e.file, e.line])).toEqual([['hand.xlsx', 5]]);
      expect(bad.errors[0]?.message).toContain("unknown lane 'nmae' for a step row");
    }
  });

  it('says when the Journey sheet or the workbook is missing', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const noSheet = await importXlsx(await bytesOf(workbook));
    expect(!noSheet.ok && noSheet.errors[0]?.message).toBe(
      "no sheet named 'Journey' (the workbook has: 'Sheet1')",
    );
    const notXlsx = await importXlsx(new Uint8Array([1, 2, 3]));
    expect(!notXlsx.ok && notXlsx.errors[0]?.message).toMatch(/^not a readable XLSX workbook/);
  });
});
