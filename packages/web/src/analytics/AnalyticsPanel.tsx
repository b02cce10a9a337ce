// The editor's analytics side panel: upload an event log or feedback export (progress bar), pick
// datasets, run the analyses on the server, see the charts, accept suggested findings into the
// map, and draw the measured values over the map (render's overlay).
import type { Journey, JourneyCommand } from '@waymark/core';
import { SidePanelFrame } from '../editor/SidePanelFrame';
import { AnalyticsCharts } from './AnalyticsCharts';
import type { DatasetKind } from './analyticsApi';
import { canRun, type Finding, findingsOf, uploadShare } from './analyticsState';
import type { Analytics } from './useAnalytics';
import './analytics.css';

interface AnalyticsPanelProps {
  readonly journey: Journey;
  readonly analytics: Analytics;
  /** Editors upload and accept; everyone may run and read. */
  readonly canEdit: boolean;
  readonly edit: (commands: JourneyCommand[]) => boolean;
  readonly onClose: () => void;
}

const kinds: readonly { kind: DatasetKind; label: string; accept: string }[] = [
  { kind: 'events', label: 'Event log', accept: '.csv,.tsv,.ndjson,.jsonl,.json,.parquet' },
  { kind: 'feedback', label: 'Feedback', accept: '.csv,.tsv,.xlsx' },
];

export function AnalyticsPanel({ journey, analytics, canEdit, edit, onClose }: AnalyticsPanelProps) {
  const { state } = analytics;
  const findings = findingsOf(journey, state);
  const open = findings.filter((finding) => !finding.accepted);
  return (
    <SidePanelFrame label="Analytics" title="Analytics" className="analytics-panel" onClose={onClose}>
      <section className="panel-section" aria-label="Data">
        <h3>Data</h3>
        {kinds.map(({ kind, label, accept }) => (
          <div key={kind} className="analytics-dataset">
            <label>
              <span>{label}</span>
              <select
                value={state.picked[kind]}
                onChange={(event) => analytics.pick(kind, event.target.value)}
                aria-label={`${label} dataset`}
              >
                <option value="">None</option>
                {state.datasets
                  .filter((d) => d.kind === kind && d.status === 'ready')
                  .map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name} ({d.rowsTaken.toLocaleString('en')} rows)
                    </option>
                  ))}
              </select>
            </label>
            {canEdit && (
              <label className="button ghost analytics-upload">
                Upload…
                <input
                  type="file"
                  accept={accept}
                  aria-label={`Upload ${label.toLowerCase()}`}
                  disabled={state.upload !== undefined}
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (file) void analytics.upload(kind, file);
                  }}
                />
              </label>
            )}
          </div>
        ))}
        {state.upload && <UploadBar upload={state.upload} />}
        <button
          type="button"
          className="button primary"
          disabled={!canRun(state)}
          onClick={() => void analytics.run()}
        >
          {state.running ? 'Analysing…' : 'Run analysis'}
        </button>
        {state.error && (
          <p className="analytics-error" role="alert">
            {state.error}
          </p>
        )}
        <p className="hint" role="status" aria-live="polite">
          {state.notice ?? ''}
        </p>
      </section>
      {state.analysis && (
        <>
          <section className="panel-section" aria-label="Findings">
            <label className="analytics-toggle">
              <input
                type="checkbox"
                checked={state.overlay}
                onChange={(event) => analytics.setOverlay(event.target.checked)}
              />
              Overlay on map
            </label>
            <h3>Suggested findings ({findings.length})</h3>
            {findings.length === 0 ? (
              <p className="hint">Nothing to accept from this analysis.</p>
            ) : (
              <>
                {canEdit && (
                  <button
                    type="button"
                    className="button ghost"
                    disabled={open.length === 0}
                    onClick={() =>
                      analytics.accept(
                        journey,
                        open.map((f) => f.item.id),
                        edit,
                      )
                    }
                  >
                    Accept all ({open.length})
                  </button>
                )}
                <ul className="analytics-findings">
                  {findings.map((finding) => (
                    <FindingRow
                      key={finding.item.id}
                      finding={finding}
                      canEdit={canEdit}
                      onAccept={() => analytics.accept(journey, [finding.item.id], edit)}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="panel-section" aria-label="Charts">
            <h3>Charts</h3>
            <AnalyticsCharts journey={journey} analysis={state.analysis} />
          </section>
        </>
      )}
    </SidePanelFrame>
  );
}

function UploadBar({ upload }: { upload: NonNullable<Analytics['state']['upload']> }) {
  const share = uploadShare(upload);
  const label = share === undefined ? `Reading the rows of ${upload.name}…` : `Uploading ${upload.name}`;
  return (
    <div className="analytics-progress">
      {share === undefined ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} max={1} value={share} />
      )}
      <span>{share === undefined ? label : `${label}: ${Math.round(share * 100)}%`}</span>
    </div>
  );
}

const kindLabels = { insight: 'Insight', painPoint: 'Pain point', measurement: 'Measurement' } as const;

function FindingRow({
  finding,
  canEdit,
  onAccept,
}: {
  finding: Finding;
  canEdit: boolean;
  onAccept: () => void;
}) {
  const { item, suggestion } = finding;
  return (
    <li className={`analytics-finding finding-${item.kind}`}>
      <span className="kind-label">{kindLabels[item.kind]}</span>
      <span className="analytics-finding-title">{item.summary}</span>
      {suggestion && suggestion.evidence.length > 0 && (
        <ul className="analytics-evidence">
          {suggestion.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {finding.accepted ? (
        <span className="badge">Accepted</span>
      ) : (
        canEdit && (
          <button
            type="button"
            className="button ghost"
            onClick={onAccept}
            aria-label={`Accept: ${item.summary}`}
          >
            Accept
          </button>
        )
      )}
    </li>
  );
}
