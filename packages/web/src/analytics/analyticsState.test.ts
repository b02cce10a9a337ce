import { describe, expect, it } from 'vitest';
import {
  type AnalyticsAction,
  analyticsReducer,
  canRun,
  findingsOf,
  initialAnalyticsState,
  overlayOf,
  uploadShare,
} from './analyticsState';
import { testAnalysis, testDataset, testJourney } from './analyticsTestData';

const reduce = (...actions: AnalyticsAction[]) => actions.reduce(analyticsReducer, initialAnalyticsState);

describe('the analytics panel state', () => {
  it('picks the newest ready dataset of each kind, and keeps a pick that still exists', () => {
    const datasets = [
      testDataset({ id: 'new', status: 'loading' }),
      testDataset({ id: 'e2' }),
      testDataset({ id: 'e1' }),
      testDataset({ id: 'f1', kind: 'feedback', name: 'survey.xlsx' }),
    ];
    const state = reduce({ type: 'datasets', datasets });
    expect(state.picked).toEqual({ events: 'e2', feedback: 'f1' });
    const kept = analyticsReducer(analyticsReducer(state, { type: 'pick', kind: 'events', id: 'e1' }), {
      type: 'datasets',
      datasets,
    });
    expect(kept.picked.events).toBe('e1');
    expect(reduce({ type: 'datasets', datasets: [] }).picked).toEqual({ events: '', feedback: '' });
  });

  it('follows an upload: bytes sent as a share, then loading, then the new dataset picked with its counts', () => {
    const sending = reduce({
      type: 'upload-progress',
      kind: 'events',
      name: 'log.csv',
      progress: { phase: 'sending', sent: 250, total: 1000 },
    });
    expect(sending.upload && uploadShare(sending.upload)).toBe(0.25);
    expect(canRun(sending)).toBe(false);
    const loading = analyticsReducer(sending, {
      type: 'upload-progress',
      kind: 'events',
      name: 'log.csv',
      progress: { phase: 'loading' },
    });
    expect(loading.upload && uploadShare(loading.upload)).toBeUndefined();
    const done = analyticsReducer(loading, {
      type: 'uploaded',
      dataset: testDataset({
        id: 'log',
        name: 'log.csv',
        rowsTaken: 1204,
        rowsSkipped: 2,
        skipped: [
          { line: 3, reason: 'no customer id' },
          { line: 9, reason: 'timestamp not understood' },
        ],
      }),
    });
    expect(done.upload).toBeUndefined();
    expect(done.picked.events).toBe('log');
    expect(done.notice).toBe('log.csv: took 1,204 rows, skipped 2 rows (lines 3, 9)');
    expect(canRun(done)).toBe(true);
  });

  it('says why an upload or run failed and stops showing progress', () => {
    const failed = reduce(
      { type: 'upload-progress', kind: 'events', name: 'x.csv', progress: { phase: 'loading' } },
      { type: 'failed', message: 'x.csv: x.csv:3: 1 malformed row' },
    );
    expect(failed.upload).toBeUndefined();
    expect(failed.error).toContain('x.csv:3');
    expect(reduce({ type: 'run' }, { type: 'failed', message: 'no' }).running).toBe(false);
  });

  it('lists the findings of the analysis with their evidence, marking the accepted ones', () => {
    const journey = testJourney();
    const analysed = reduce({ type: 'analysed', analysis: testAnalysis(journey) });
    expect(findingsOf(journey, analysed).map((f) => [f.item.id, f.item.kind, f.accepted])).toEqual([
      ['S1', 'painPoint', false],
      ['S2', 'insight', false],
    ]);
    expect(findingsOf(journey, analysed)[1]?.suggestion?.evidence).toEqual(['“Too <i>slow</i>”']);
    const accepted = analyticsReducer(analysed, { type: 'accepted', ids: ['S1'] });
    expect(findingsOf(journey, accepted).map((f) => f.accepted)).toEqual([true, false]);
    // A new run starts with nothing accepted.
    const again = analyticsReducer(accepted, { type: 'analysed', analysis: testAnalysis(journey) });
    expect(again.accepted).toEqual([]);
    expect(findingsOf({ ...journey, id: 'other' }, analysed)).toEqual([]);
  });

  it('overlays the analysis on the map only when the toggle is on', () => {
    const journey = testJourney();
    const analysed = reduce({ type: 'analysed', analysis: testAnalysis(journey) });
    expect(overlayOf(analysed)).toBeUndefined();
    const on = analyticsReducer(analysed, { type: 'overlay', on: true });
    expect(overlayOf(on)?.customers).toBe(10);
    expect(overlayOf(reduce({ type: 'overlay', on: true }))).toBeUndefined();
  });
});
