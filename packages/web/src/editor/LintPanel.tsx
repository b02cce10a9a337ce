// The lint panel: core's lintJourney run on the live journey (the doc as it is now, so it follows
// every edit, mine and others'), its findings grouped by severity and the health score with its
// categories. Picking a finding selects its element (the screen centres the map on it).
import {
  type Journey,
  type LintFinding,
  type LintSeverity,
  lintJourney,
  lintSeverities,
} from '@waymark/core';
import { useMemo } from 'react';
import { SidePanelFrame } from './SidePanelFrame';

interface LintPanelProps {
  readonly journey: Journey;
  /** The day to judge due dates and reviews against (YYYY-MM-DD); default: today. */
  readonly today?: string;
  readonly onPick: (elementId: string) => void;
  readonly onClose: () => void;
}

const severityTitles: Record<LintSeverity, string> = { error: 'Errors', warning: 'Warnings', info: 'Hints' };

export function LintPanel({ journey, today, onPick, onClose }: LintPanelProps) {
  const report = useMemo(() => lintJourney(journey, today ? { today } : {}), [journey, today]);
  const { health } = report;
  return (
    <SidePanelFrame label="Lint findings" title="Map health" className="lint-panel" onClose={onClose}>
      <p className="health-score">
        <span className="health-number">{health.score}</span>
        <span className="health-of"> / 100</span>
      </p>
      <ul className="health-categories" aria-label="Health by category">
        {health.breakdown
          .filter((category) => category.weight > 0)
          .map((category) => (
            <li key={category.category}>
              <span>{category.label}</span>
              <meter min={0} max={100} value={category.score} aria-label={`${category.label} health`} />
              <span className="health-category-score">{category.score}</span>
            </li>
          ))}
      </ul>
      {report.findings.length === 0 ? (
        <p className="hint">No findings</p>
      ) : (
        lintSeverities.map((severity) => (
          <FindingGroup
            key={severity}
            severity={severity}
            findings={report.findings.filter((finding) => finding.severity === severity)}
            onPick={onPick}
          />
        ))
      )}
    </SidePanelFrame>
  );
}

function FindingGroup(props: {
  severity: LintSeverity;
  findings: readonly LintFinding[];
  onPick: (elementId: string) => void;
}) {
  const { severity, findings, onPick } = props;
  if (findings.length === 0) return null;
  const title = `${severityTitles[severity]} (${findings.length})`;
  return (
    <section className={`finding-group finding-${severity}`} aria-label={title}>
      <h3>{title}</h3>
      <ul className="findings">
        {findings.map((finding) => (
          <li key={`${finding.rule}:${finding.path ?? ''}:${finding.message}`}>
            {finding.elementId ? (
              <button
                type="button"
                className="finding"
                onClick={() => finding.elementId && onPick(finding.elementId)}
              >
                <FindingText finding={finding} />
              </button>
            ) : (
              <div className="finding">
                <FindingText finding={finding} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function FindingText({ finding }: { finding: LintFinding }) {
  return (
    <>
      <span className="finding-message">{finding.message}</span>
      <span className="finding-advice">{finding.advice}</span>
      <span className="finding-rule">{finding.rule}</span>
    </>
  );
}
