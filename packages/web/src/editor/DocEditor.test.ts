import { applyCommandsToDoc, journeyToDoc } from '@waymark/collab';
import { findTemplate, parseJourney } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocEditor } from './DocEditor';
import { renameElement } from './intents';

function retailDoc(): Y.Doc {
  const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
  if (!parsed.ok) throw new Error('the retail template does not parse');
  return journeyToDoc(parsed.journey);
}

describe('DocEditor: the editor state is the Y.Doc, edited through core commands', () => {
  it('applies a command to the doc and reads it back with docToJourney', () => {
    const editor = new DocEditor(retailDoc(), {});
    const stage = editor.journey().stages[0]!;
    expect(editor.apply(renameElement(editor.journey(), stage.id, 'Noticing')).ok).toBe(true);
    expect(editor.journey().stages[0]!.name).toBe('Noticing');
  });

  it('undoes and redoes its own edits one command at a time', () => {
    const editor = new DocEditor(retailDoc(), {});
    const stage = editor.journey().stages[0]!;
    editor.apply([{ op: 'update', id: stage.id, set: { name: 'One' } }]);
    editor.apply([{ op: 'update', id: stage.id, set: { name: 'Two' } }]);
    expect(editor.undo()).toBe(true);
    expect(editor.journey().stages[0]!.name).toBe('One');
    expect(editor.redo()).toBe(true);
    expect(editor.journey().stages[0]!.name).toBe('Two');
  });

  it('does not undo what someone else changed in the same doc', () => {
    const doc = retailDoc();
    const mine = new DocEditor(doc, {});
    const [first, second] = mine.journey().stages;
    mine.apply([{ op: 'update', id: first!.id, set: { name: 'Mine' } }]);
    applyCommandsToDoc(doc, [{ op: 'update', id: second!.id, set: { name: 'Theirs' } }], { someone: 'else' });
    mine.undo();
    expect(mine.journey().stages[0]!.name).toBe(first!.name);
    expect(mine.journey().stages[1]!.name).toBe('Theirs');
    expect(mine.canUndo()).toBe(false);
  });

  it('reports a refused command and leaves the doc unchanged', () => {
    const editor = new DocEditor(retailDoc(), {});
    const before = Y.encodeStateAsUpdate(editor.doc);
    const outcome = editor.apply([{ op: 'update', id: 'no-such-element', set: { name: 'X' } }]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(/no-such-element/);
    expect(Y.encodeStateAsUpdate(editor.doc)).toEqual(before);
  });

  it('refuses every edit, undo and redo when read-only', () => {
    const editor = new DocEditor(retailDoc(), {}, true);
    const stage = editor.journey().stages[0]!;
    const outcome = editor.apply([{ op: 'update', id: stage.id, set: { name: 'X' } }]);
    expect(outcome).toEqual({ ok: false, message: 'You can view this journey but not edit it.' });
    expect(editor.journey().stages[0]!.name).toBe(stage.name);
    expect(editor.undo()).toBe(false);
  });

  it('tells its subscribers about every change', () => {
    const editor = new DocEditor(retailDoc(), {});
    let calls = 0;
    const stop = editor.subscribe(() => {
      calls += 1;
    });
    editor.apply([{ op: 'update', id: editor.journey().stages[0]!.id, set: { name: 'Seen' } }]);
    stop();
    const seen = calls;
    editor.apply([{ op: 'update', id: editor.journey().stages[0]!.id, set: { name: 'Unseen' } }]);
    expect(seen).toBeGreaterThan(0);
    expect(calls).toBe(seen);
  });

  it('refuses to remove a step a pain point still refers to, naming the pain point', () => {
    const editor = new DocEditor(retailDoc(), {});
    const pain = editor.journey().painPoints[0]!;
    const outcome = editor.apply([{ op: 'remove', id: pain.at ?? '' }]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain(pain.id);
    expect(editor.journey().painPoints[0]!.at).toBe(pain.at);
  });

  it('refuses edits once locked (the server granted a read-only connection)', () => {
    const editor = new DocEditor(retailDoc(), {});
    const stage = editor.journey().stages[0]!;
    editor.lock();
    expect(editor.apply([{ op: 'update', id: stage.id, set: { name: 'X' } }]).ok).toBe(false);
    expect(editor.readOnly).toBe(true);
  });
});
