import { describe, expect, it } from 'vitest';
import { saveStatus } from './saveStatus';

const base = { connected: true, synced: true, unsynced: 0, everConnected: true };

describe('the save indicator', () => {
  it('says saved once the server has every change, saving while some are in flight', () => {
    expect(saveStatus(base)).toBe('saved');
    expect(saveStatus({ ...base, unsynced: 2 })).toBe('saving');
  });
  it('says connecting before the first sync and offline after a drop', () => {
    expect(saveStatus({ ...base, connected: false, synced: false, everConnected: false })).toBe('connecting');
    expect(saveStatus({ ...base, synced: false })).toBe('connecting');
    expect(saveStatus({ ...base, connected: false, unsynced: 3 })).toBe('offline');
  });
  it('says when the server refused the connection, whatever else holds', () => {
    expect(saveStatus({ ...base, refusal: 'sign in' })).toBe('refused');
  });
});
