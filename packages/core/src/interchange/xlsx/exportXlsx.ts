import type { Journey } from '../../model/journey.js';
import type { Step } from '../../model/step.js';
import { journeyToTable } from '../table/journeyToTable.js';
import { findTableField, isTableKind, type TableRow, tableColumns } from '../table/tableFields.js';
import { type ExcelJsModule, encodeCellText, loadExcelJs } from './loadExcelJs.js';

type Workbook = InstanceType<ExcelJsModule['Workbook']>;

/** The name of the sheet that holds the journey table; `importXlsx` reads it. */
export const JOURNEY_SHEET = 'Journey';
/** The name of the sheet laid out for people: stages and steps across, lanes down. */
export const MAP_SHEET = 'Map';

/**
 * The journey as an XLSX workbook: the sheet "Journey" holds the journey table (the same as
 * the CSV; numbers as numbers, text as text, never formulas), read back by `importXlsx` without
 * loss; the sheet "Map" shows the map for people (stages × lanes) and is not read back.
 */
export async function exportXlsx(journey: Journey): Promise<Uint8Array> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Waymark';
  workbook.title = journey.title;
  addJourneySheet(workbook, journey);
  addMapSheet(workbook, journey);
  const written: unknown = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as ArrayBuffer);
}

function addJourneySheet(workbook: Workbook, journey: Journey): void {
  const sheet = workbook.addWorksheet(JOURNEY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths: Record<string, number> = {
    kind: 12,
    id: 18,
    stage: 16,
    step: 18,
    lane: 16,
    persona: 14,
    value: 60,
  };
  sheet.columns = tableColumns.map((column) => ({ header: column, key: column, width: widths[column] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of journeyToTable(journey)) {
    sheet.addRow(tableColumns.map((column) => cellValue(row, column)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: tableColumns.length } };
}

function cellValue(row: TableRow, column: (typeof tableColumns)[number]): string | number | boolean {
  const text = row[column];
  if (column !== 'value' || !isTableKind(row.kind)) return encodeCellText(text);
  const type = findTableField(row.kind, row.lane)?.type;
  if (type === 'number') return Number(text);
  if (type === 'boolean') return text === 'true';
  return encodeCellText(text);
}

interface MapColumn {
  readonly group: string;
  readonly step?: Step;
}

function addMapSheet(workbook: Workbook, journey: Journey): void {
  const sheet = workbook.addWorksheet(MAP_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  const columns: MapColumn[] = [
    ...journey.stages.flatMap((stage) =>
      stage.steps.length === 0
        ? [{ group: stage.name }]
        : stage.steps.map((step) => ({ group: stage.name, step })),
    ),
    ...journey.paths.flatMap((path) =>
      path.steps.map((step) => ({ group: `Alternative: ${path.name}`, step })),
    ),
  ];
  const placeOf = new Map<string, string>();
  for (const { step } of columns) {
    if (!step) continue;
    placeOf.set(step.id, step.id);
    for (const touchpoint of step.touchpoints) placeOf.set(touchpoint.id, step.id);
  }
  const titlesAt = (items: readonly { title: string; at?: string | undefined }[], step: Step) =>
    items
      .filter((item) => item.at !== undefined && placeOf.get(item.at) === step.id)
      .map((item) => item.title);
  const painIdsAt = (step: Step) =>
    new Set(
      journey.painPoints.filter((pain) => pain.at && placeOf.get(pain.at) === step.id).map((p) => p.id),
    );

  const lanes: { label: string; cell: (step: Step) => string | number | undefined }[] = [
    {
      label: 'Step',
      cell: (step) => (step.momentOfTruth ? `★ ${step.name}` : step.name),
    },
    {
      label: 'Touchpoints',
      cell: (step) =>
        step.touchpoints
          .map((t) => `${t.momentOfTruth ? '★ ' : ''}${t.channel}${t.name ? `: ${t.name}` : ''}`)
          .join('\n'),
    },
    { label: 'Thoughts', cell: (step) => step.thoughts.map((thought) => `“${thought}”`).join('\n') },
    ...journey.personas.map((persona) => ({
      label: `Emotion: ${persona.name}`,
      cell: (step: Step) => step.emotions[persona.id]?.score,
    })),
    { label: 'Pain points', cell: (step) => titlesAt(journey.painPoints, step).join('\n') },
    { label: 'Gains', cell: (step) => titlesAt(journey.gains, step).join('\n') },
    {
      label: 'Opportunities',
      cell: (step) => {
        const pains = painIdsAt(step);
        return journey.opportunities
          .filter((o) => o.addresses.some((id) => pains.has(id)))
          .map((o) => o.title)
          .join('\n');
      },
    },
    { label: 'Frontstage', cell: (step) => step.blueprint.frontstage.join('\n') },
    { label: 'Backstage', cell: (step) => step.blueprint.backstage.join('\n') },
    { label: 'Support processes', cell: (step) => step.blueprint.support.join('\n') },
    { label: 'Systems', cell: (step) => step.blueprint.systems.join('\n') },
    { label: 'Physical evidence', cell: (step) => step.blueprint.physical.join('\n') },
  ];

  sheet.getColumn(1).width = 22;
  for (let c = 0; c < columns.length; c++) sheet.getColumn(c + 2).width = 28;
  const header = sheet.getRow(1);
  header.getCell(1).value = 'Stage';
  columns.forEach((column, c) => {
    header.getCell(c + 2).value = encodeCellText(column.group);
  });
  // one merged cell per stage over its steps
  for (let start = 0; start < columns.length; ) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1]?.group === columns[start]?.group) end++;
    if (end > start) sheet.mergeCells(1, start + 2, 1, end + 2);
    start = end + 1;
  }
  header.font = { bold: true };
  lanes.forEach((lane, l) => {
    const row = sheet.getRow(l + 2);
    row.getCell(1).value = lane.label;
    row.getCell(1).font = { bold: true };
    columns.forEach((column, c) => {
      const value = column.step ? lane.cell(column.step) : undefined;
      if (value === undefined || value === '') return;
      const cell = row.getCell(c + 2);
      cell.value = typeof value === 'number' ? value : encodeCellText(value);
      if (typeof value === 'number') cell.fill = emotionFill(value);
    });
  });
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
}

/** Red for negative, grey for neutral, green for positive emotions. */
function emotionFill(score: number) {
  const color =
    score <= -1
      ? 'FFF4B6B6'
      : score < 0
        ? 'FFFADADA'
        : score === 0
          ? 'FFEEEEEE'
          : score < 1
            ? 'FFD9F0D9'
            : 'FFA9DCA9';
  return { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: color } };
}
