import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Journey } from '@waymark/core';
import { DuckDbEngine } from '../engine/DuckDbEngine.js';
import { duckDbDialect } from '../engine/duckDbDialect.js';
import { type GroundTruth, generateSample } from './generateSample.js';

export type SampleFormat = 'csv' | 'ndjson' | 'parquet';

export interface WriteSampleOptions {
  readonly customers: number;
  readonly seed: number;
  /** Which event log formats to write (default all three). */
  readonly formats?: readonly SampleFormat[];
  readonly onProgress?: (customersDone: number) => void;
}

export interface WrittenSample {
  readonly files: readonly string[];
  readonly truth: GroundTruth;
}

/** A CSV field, quoted when it must be. */
const field = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/**
 * Writes a sample event log (`events.csv`, and `.ndjson` / `.parquet` made from it by DuckDB),
 * a survey export (`survey.csv`) and the ground truth (`truth.json`) into `dir`.
 */
export async function writeSample(
  journey: Journey,
  dir: string,
  options: WriteSampleOptions,
): Promise<WrittenSample> {
  await mkdir(dir, { recursive: true });
  const formats = options.formats ?? ['csv', 'ndjson', 'parquet'];
  const eventsCsv = join(dir, 'events.csv');
  const surveyCsv = join(dir, 'survey.csv');
  const events = createWriteStream(eventsCsv);
  const survey = createWriteStream(surveyCsv);
  await write(events, 'customer_id,timestamp,event,channel,segment\n');
  await write(survey, 'respondent,date,touchpoint,nps,csat,ces,comment,segment\n');
  const generator = generateSample(journey, options);
  let done = 0;
  let step = generator.next();
  while (step.done !== true) {
    const { events: rows, response } = step.value;
    if (rows.length > 0)
      await write(
        events,
        `${rows
          .map((e) => [e.customer, e.timestamp, e.event, e.channel, e.segment].map(field).join(','))
          .join('\n')}\n`,
      );
    if (response)
      await write(
        survey,
        `${[response.respondent, response.date, response.touchpoint, response.nps, response.csat, response.ces, response.comment, response.segment].map(field).join(',')}\n`,
      );
    done++;
    if (options.onProgress && done % 10_000 === 0) options.onProgress(done);
    step = generator.next();
  }
  const truth = step.value;
  await close(events);
  await close(survey);
  const files = [surveyCsv];
  if (formats.includes('csv')) files.unshift(eventsCsv);
  const others = formats.filter((f) => f !== 'csv');
  if (others.length > 0) {
    const engine = await DuckDbEngine.open();
    try {
      const source = `read_csv(${duckDbDialect.literal(eventsCsv)}, all_varchar = true, header = true)`;
      for (const format of others) {
        const target = join(dir, `events.${format}`);
        const as = format === 'parquet' ? '(FORMAT parquet)' : '(FORMAT json)';
        await engine.execute(`COPY (SELECT * FROM ${source}) TO ${duckDbDialect.literal(target)} ${as}`);
        files.push(target);
      }
    } finally {
      await engine.close();
    }
  }
  const truthFile = join(dir, 'truth.json');
  await writeFile(truthFile, `${JSON.stringify(truth, null, 2)}\n`);
  files.push(truthFile);
  return { files, truth };
}
