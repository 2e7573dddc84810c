import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatLocal } from '../../../src/renderer/src/format/date-time';
import { installFakeApi, issuedFor } from '../fake-api';
import { showHandoff } from '../render';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the handoff says about the pass', () => {
  it('says when a previous pass was replaced and when the new one is one-time', () => {
    installFakeApi();
    showHandoff(issuedFor('adele', { isUsableOnce: true, replacedPass: { id: 'old', createdDateTime: '2026-12-01T08:00:00Z', startDateTime: null, lifetimeInMinutes: 60, isUsableOnce: true, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' } }));
    expect(screen.getByText('One-time use')).toBeTruthy();
    expect(screen.getByText(`Replaced the pass issued ${formatLocal('2026-12-01T08:00:00Z')}; it no longer works.`)).toBeTruthy();
  });

  it('says when the first attempt went through with its answer lost and this pass took its place', () => {
    installFakeApi();
    showHandoff(issuedFor('adele', { recovered: { unreadablePassId: 'lost', cause: 'network' } }));
    expect(screen.getByRole('note').textContent).toMatch(/The first attempt went through but its answer was lost/);
  });

  it('marks a pass that starts later as not yet valid', () => {
    installFakeApi();
    showHandoff(issuedFor('adele', { startDateTime: '2030-05-02T08:00:00Z', isUsable: false, methodUsabilityReason: 'NotYetValid' }));
    expect(screen.getByText('Not yet valid')).toBeTruthy();
    expect(screen.getByText(`Not yet valid: starts ${formatLocal('2030-05-02T08:00:00Z')}.`)).toBeTruthy();
  });
});
