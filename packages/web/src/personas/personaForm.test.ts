import type { Persona } from '@waymark/core';
import { describe, expect, it } from 'vitest';
import { formValues, isImageAvatar, readPersonaForm } from './personaForm';

const shopper: Persona = {
  id: 'shopper',
  name: 'Online shopper',
  segment: 'B2C',
  segments: ['retail-*'],
  goals: ['Find a warm jacket', 'Pay little'],
  needs: [],
  frustrations: ['Slow delivery'],
  behaviours: [],
  quote: 'Just take it back',
  share: 0.35,
  avatar: 'OS',
};

describe('the persona form', () => {
  it('shows lists one item a line and the share as a percentage, and reads them back', () => {
    const values = formValues(shopper);
    expect(values.goals).toBe('Find a warm jacket\nPay little');
    expect(values.share).toBe('35');
    const read = readPersonaForm({ ...values, needs: '  Warmth \n\n Fit ', share: '12,5 %' }, shopper);
    expect(read).toEqual({
      ok: true,
      persona: { ...shopper, needs: ['Warmth', 'Fit'], share: 0.125 },
    });
  });

  it('keeps fields the form does not show (data segments) and drops emptied ones', () => {
    const read = readPersonaForm({ ...formValues(shopper), quote: ' ', segment: '' }, shopper);
    expect(read.ok && read.persona.segments).toEqual(['retail-*']);
    expect(read.ok && 'quote' in read.persona).toBe(false);
    expect(read.ok && 'segment' in read.persona).toBe(false);
  });

  it('makes the id of a new persona from its name', () => {
    const read = readPersonaForm({ ...formValues(undefined), name: 'Gift Buyer' });
    expect(read.ok && read.persona.id).toBe('gift-buyer');
  });

  it('says what is wrong, field by field', () => {
    const read = readPersonaForm({ ...formValues(undefined), name: ' ', share: '150', color: 'red' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.name).toBe('Give the persona a name.');
    expect(read.errors.share).toContain('0 to 100');
    expect(read.errors.color).toContain('#1f77b4');
  });

  it('tells an uploaded image from initials', () => {
    expect(isImageAvatar('/api/v1/workspaces/lab/avatars/1')).toBe(true);
    expect(isImageAvatar('OS')).toBe(false);
    expect(isImageAvatar(undefined)).toBe(false);
  });
});
