import type { PresenceState } from '@waymark/collab';
import type { ReactNode } from 'react';
import { ExportMenu } from './ExportMenu';
import { PresenceAvatars } from './PresenceAvatars';
import { SaveIndicator } from './SaveIndicator';
import type { SaveStatus } from './saveStatus';
import { panelKeys, type SidePanel } from './usePanelShortcuts';

interface EditorToolbarProps {
  readonly workspace: string;
  readonly journey: string;
  readonly readOnly: boolean;
  /** Viewers read; commenters also comment. */
  readonly canComment: boolean;
  readonly canShare: boolean;
  readonly status: SaveStatus;
  readonly others: readonly PresenceState[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onAddStage: () => void;
  readonly onAddStep: () => void;
  readonly onShare: () => void;
  /** The side panel open now, and how to open or close one. */
  readonly panel: SidePanel | undefined;
  readonly onTogglePanel: (panel: SidePanel) => void;
  /** Other views of the map (table, presentation), from present/MapViews. */
  readonly views?: ReactNode;
  /** The Lanes menu (this person's view of the map). */
  readonly lanesMenu?: ReactNode;
}

const panelButtons: readonly { panel: SidePanel; label: string }[] = [
  { panel: 'lint', label: 'Health' },
  { panel: 'history', label: 'History' },
  { panel: 'analytics', label: 'Analytics' },
];

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The editor's toolbar: undo/redo and adding on the left, state and people in the middle, output on the right. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { readOnly } = props;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Editor">
      {readOnly ? (
        <span className="badge badge-read-only">
          {props.canComment
            ? 'Read-only: you can view and comment on this map'
            : 'Read-only: you can view this map'}
        </span>
      ) : (
        <div className="tool-group">
          <button
            type="button"
            className="icon-button"
            aria-label="Undo"
            title={`Undo (${mod}Z)`}
            disabled={!props.canUndo}
            onClick={props.onUndo}
          >
            ↶
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Redo"
            title={`Redo (${mod}Shift+Z)`}
            disabled={!props.canRedo}
            onClick={props.onRedo}
          >
            ↷
          </button>
          <span className="tool-separator" aria-hidden="true" />
          <button type="button" className="button ghost" onClick={props.onAddStage}>
            + Stage
          </button>
          <button type="button" className="button ghost" onClick={props.onAddStep}>
            + Step
          </button>
        </div>
      )}
      <div className="tool-group tool-middle">
        <SaveIndicator status={props.status} readOnly={readOnly} />
        <PresenceAvatars others={props.others} />
      </div>
      <div className="tool-group">
        {props.lanesMenu}
        {panelButtons.map(({ panel, label }) => (
          <button
            key={panel}
            type="button"
            className="button ghost"
            aria-pressed={props.panel === panel}
            title={`${label} (Alt+Shift+${panelKeys[panel]})`}
            aria-keyshortcuts={`Alt+Shift+${panelKeys[panel]}`}
            onClick={() => props.onTogglePanel(panel)}
          >
            {label}
          </button>
        ))}
        {props.views}
        <ExportMenu workspace={props.workspace} journey={props.journey} />
        {props.canShare && (
          <button type="button" className="button primary" onClick={props.onShare}>
            Share
          </button>
        )}
      </div>
    </div>
  );
}
