import { type InterchangeFormatId, interchangeFormats, type Journey } from '@waymark/core';
import { type RenderOptions, renderSvg } from '@waymark/render';

/** What one export produces: the bytes or text, how to label them, what to call the file. */
export interface ExportOutput {
  readonly body: string | Uint8Array;
  readonly contentType: string;
  readonly extension: string;
}

export const imageFormats = ['svg', 'png', 'pdf'] as const;
export type ImageFormat = (typeof imageFormats)[number];

/** Every format the export route answers, images first. */
export function exportFormatIds(): string[] {
  return [
    ...imageFormats,
    ...interchangeFormats.filter((format) => format.export !== undefined).map((format) => format.id),
  ];
}

export function isImageFormat(format: string): format is ImageFormat {
  return (imageFormats as readonly string[]).includes(format);
}

const mediaTypes: Readonly<Record<InterchangeFormatId, string>> = {
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  mermaid: 'text/plain; charset=utf-8',
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ujm: 'application/ld+json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A drawn map. PNG and PDF load the Node renderers (resvg, pdfkit, fonts) on first use. */
export async function renderImage(
  journey: Journey,
  format: ImageFormat,
  options: RenderOptions,
  scale: number | undefined,
): Promise<ExportOutput> {
  if (format === 'svg')
    return {
      body: renderSvg(journey, options),
      contentType: 'image/svg+xml; charset=utf-8',
      extension: 'svg',
    };
  const node = await import('@waymark/render/node');
  if (format === 'png')
    return {
      body: await node.renderPng(journey, scale === undefined ? options : { ...options, scale }),
      contentType: 'image/png',
      extension: 'png',
    };
  return { body: await node.renderPdf(journey, options), contentType: 'application/pdf', extension: 'pdf' };
}

/** The journey in an interchange format of core's registry, or undefined when there is none by that id. */
export async function exportData(journey: Journey, id: string): Promise<ExportOutput | undefined> {
  const format = interchangeFormats.find((candidate) => candidate.id === id);
  if (format?.export === undefined) return undefined;
  return {
    body: await format.export(journey),
    contentType: mediaTypes[format.id],
    extension: (format.extensions[0] ?? `.${format.id}`).slice(1),
  };
}
