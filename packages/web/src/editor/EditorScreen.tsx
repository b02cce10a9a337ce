import type { JourneyCommand } from '@waymark/core';
import { layoutJourney } from '@waymark/render';
import { useCallback, useMemo, useState } from 'react';
import { AnalyticsPanel } from '../analytics/AnalyticsPanel';
import { useAnalytics } from '../analytics/useAnalytics';
import { canComment, canEdit, type VersionDiff } from '../api/types';
import { useApp } from '../app/AppContext';
import { MapViews } from '../present/MapViews';
import { RouteLink } from '../ui/RouteLink';
import { TopBar } from '../ui/TopBar';
import { usePrefersDark } from '../ui/usePrefersDark';
import { ClosedNotice } from './ClosedNotice';
import { DetailsPanel } from './DetailsPanel';
import { EditorToolbar } from './EditorToolbar';
import { commitTarget, removeTarget, targetText } from './editTargets';
import { addStage, addStep, draggedScore, emotionScore, setEmotion, stageFor } from './intents';
import { LanesMenu } from './LanesMenu';
import { LintPanel } from './LintPanel';
import { MapCanvas } from './MapCanvas';
import { dropLanding, isMovable, moveBy, moveOnto } from './moveIntents';
import { presenceUser } from './presenceColor';
import { ShareDialog } from './ShareDialog';
import { emotionUnit } from './sceneIndex';
import { useLiveJourney } from './useLiveJourney';
import { type SidePanel, usePanelShortcuts } from './usePanelShortcuts';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useViewPrefs } from './useViewPrefs';
import { VersionsPanel } from './VersionsPanel';
import { viewOptions } from './viewPrefs';

/** The map editor: the live journey drawn by render, edited through core's commands on the shared Y.Doc. */
export function EditorScreen({ workspace, journey: journeyId }: { workspace: string; journey: string }) {
  const { me } = useApp();
  const role = me?.workspaces.find((w) => w.slug === workspace)?.role ?? 'viewer';
  const user = useMemo(() => presenceUser(me), [me]);
  const live = useLiveJourney({ workspace, journey: journeyId, me: user, readOnly: !canEdit(role) });
  const { editor, journey } = live;
  const readOnly = !canEdit(role) || live.serverReadOnly;
  const [selected, setSelectedState] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [sharing, setSharing] = useState(false);
  const [panel, setPanel] = useState<SidePanel | undefined>(undefined);
  const [focus, setFocus] = useState<{ id: string } | undefined>(undefined);
  const [compared, setCompared] = useState<VersionDiff | undefined>(undefined);
  // The map in render's dark theme when the system is dark, as an export with theme=dark draws it.
  const dark = usePrefersDark();
  // Held here, not in the panel: the analysis and its overlay outlive closing the panel.
  const analytics = useAnalytics(workspace, journeyId);
  const { overlay } = analytics;
  const [view, setView] = useViewPrefs(workspace, journeyId);
  const layout = useMemo(
    () =>
      journey
        ? layoutJourney(journey, {
            theme: dark ? 'dark' : 'light',
            ...viewOptions(view, journey),
            ...(overlay ? { analysis: overlay } : {}),
          })
        : undefined,
    [journey, dark, view, overlay],
  );

  const { select } = live;
  const setSelected = useCallback(
    (id: string | undefined) => {
      setSelectedState(id);
      select(id);
    },
    [select],
  );
  const edit = useCallback(
    (commands: JourneyCommand[]): boolean => {
      if (!editor || commands.length === 0) return false;
      const outcome = editor.apply(commands);
      setNotice(outcome.ok ? undefined : `That edit was refused: ${outcome.message}`);
      return outcome.ok;
    },
    [editor],
  );
  const undo = useCallback(() => void editor?.undo(), [editor]);
  const redo = useCallback(() => void editor?.redo(), [editor]);
  useUndoShortcuts(undo, redo);
  const togglePanel = useCallback(
    (name: SidePanel) => setPanel((open) => (open === name ? undefined : name)),
    [],
  );
  usePanelShortcuts(togglePanel);
  /** Selects an element from a panel, and brings it into view. */
  const reveal = useCallback(
    (id: string) => {
      setSelected(id);
      setFocus({ id });
    },
    [setSelected],
  );

  if (live.refusal !== undefined)
    return (
      <div className="app-shell">
        <TopBar workspace={workspace} />
        <main className="empty-state" role="alert">
          <h1>This journey cannot be opened</h1>
          <p>{live.refusal}</p>
          <RouteLink to={{ screen: 'library', workspace }} className="button primary">
            Back to the journeys
          </RouteLink>
        </main>
      </div>
    );

  const unit = layout ? emotionUnit(layout) : undefined;
  const startScore = (step: string, persona: string) =>
    journey ? emotionScore(journey, step, persona) : undefined;
  return (
    <div className="app-shell editor-shell">
      <TopBar workspace={workspace}>
        <h1 className="editor-title">{journey?.title ?? 'Opening the journey…'}</h1>
      </TopBar>
      <EditorToolbar
        workspace={workspace}
        journey={journeyId}
        readOnly={readOnly}
        canComment={canComment(role)}
        canShare={canEdit(role)}
        status={live.status}
        others={live.others}
        canUndo={editor?.canUndo() ?? false}
        canRedo={editor?.canRedo() ?? false}
        onUndo={undo}
        onRedo={redo}
        onAddStage={() => journey && edit(addStage(journey, stageFor(journey, selected)))}
        onAddStep={() => {
          const stage = journey && stageFor(journey, selected);
          if (journey && stage) edit(addStep(journey, stage, selected));
        }}
        onShare={() => setSharing(true)}
        panel={panel}
        onTogglePanel={togglePanel}
        views={
          <MapViews
            workspace={workspace}
            journeyId={journeyId}
            journey={journey}
            readOnly={readOnly}
            edit={edit}
          />
        }
        lanesMenu={
          journey &&
          layout && (
            <LanesMenu
              shown={layout.lanes.map((lane) => lane.id)}
              personas={journey.personas}
              shownPersonas={viewOptions(view, journey).personas ?? journey.personas.map((p) => p.id)}
              onChange={setView}
            />
          )
        }
      />
      {notice && (
        <div className="notice notice-error" role="alert">
          <span>{notice}</span>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss"
            onClick={() => setNotice(undefined)}
          >
            ×
          </button>
        </div>
      )}
      {live.closed && <ClosedNotice kind={live.closed} onReconnect={live.reconnect} />}
      <div className="editor-body">
        {journey && layout ? (
          <MapCanvas
            layout={layout}
            selected={selected}
            others={live.others}
            myId={user.id}
            onPointer={live.point}
            readOnly={readOnly}
            onSelect={setSelected}
            focus={focus}
            compared={compared}
            textOf={(target) => targetText(journey, target)}
            onCommit={(target, text) => edit(commitTarget(journey, target, text))}
            canMove={(id) => !readOnly && isMovable(journey, id)}
            landingOf={(id, onto) => dropLanding(journey, id, onto)}
            onMove={(id, where) => {
              const move =
                typeof where === 'string' ? moveBy(journey, id, where) : moveOnto(journey, id, where.onto);
              return edit(move.commands) ? move.announcement : undefined;
            }}
            onRemove={(target) => {
              if (edit(removeTarget(journey, target)) && target.kind === 'element') setSelected(undefined);
            }}
            onEmotionDrop={({ step, persona, dy }) => {
              const start = startScore(step, persona);
              if (start !== undefined && unit)
                edit(setEmotion(journey, step, persona, draggedScore(start, dy, unit)));
            }}
            previewScore={({ step, persona, dy }) => {
              const start = startScore(step, persona);
              return start !== undefined && unit ? draggedScore(start, dy, unit) : undefined;
            }}
          />
        ) : (
          <div className="map-viewport map-loading" aria-busy="true">
            <p>Opening the journey…</p>
          </div>
        )}
        {journey && panel === 'lint' && (
          <LintPanel journey={journey} onPick={reveal} onClose={() => setPanel(undefined)} />
        )}
        {panel === 'history' && (
          <VersionsPanel
            workspace={workspace}
            journey={journeyId}
            canEdit={canEdit(role) && !live.serverReadOnly}
            onClose={() => setPanel(undefined)}
            onCompare={setCompared}
          />
        )}
        {journey && panel === 'analytics' && (
          <AnalyticsPanel
            journey={journey}
            analytics={analytics}
            canEdit={!readOnly}
            edit={edit}
            onClose={() => setPanel(undefined)}
          />
        )}
        {journey && (
          <DetailsPanel
            workspace={workspace}
            journey={journey}
            selected={selected}
            readOnly={readOnly}
            canComment={canComment(role)}
            edit={edit}
            onSelect={setSelected}
          />
        )}
      </div>
      {sharing && <ShareDialog workspace={workspace} journey={journeyId} onClose={() => setSharing(false)} />}
    </div>
  );
}
