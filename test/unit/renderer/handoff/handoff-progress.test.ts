import { describe, expect, it } from 'vitest';
import type { AuthMethod, ExistingPass, PassStatus } from '../../../../src/shared';
import { handoffProgress, progressChange, timelineSteps } from '../../../../src/renderer/src/features/handoff/handoff-progress';
import { methodText } from '../../../../src/renderer/src/ui/method-name';

/** A pass as Graph described it right after issuing it. */
const issued: ExistingPass = {
  id: 'pass-1',
  createdDateTime: '2030-05-01T09:00:00Z',
  startDateTime: '2030-05-01T09:00:00Z',
  lifetimeInMinutes: 120,
  isUsableOnce: false,
  isUsable: true,
  methodUsabilityReason: 'EnabledByPolicy',
};
const passkey: AuthMethod = { id: 'fido-1', type: 'fido2AuthenticationMethod', label: 'Passkey (FIDO2) · YubiKey 5', device: 'YubiKey 5' };
const status = (pass: Partial<ExistingPass> | null, methods: AuthMethod[] | null = []): PassStatus => ({
  existingPass: pass ? { ...issued, ...pass } : null,
  methods,
  checkedAt: '2030-05-01T09:05:00Z',
});

describe('handoff progress', () => {
  it('starts from what Graph said at issue', () => {
    expect(handoffProgress({ issued, status: null, baseline: [], revoked: false }).phase).toBe('waiting');
    const later = { ...issued, methodUsabilityReason: 'NotYetValid' };
    expect(handoffProgress({ issued: later, status: null, baseline: [], revoked: false }).phase).toBe('not-yet-valid');
  });

  it('reads each usability reason Graph reports', () => {
    const phase = (methodUsabilityReason: string) => handoffProgress({ issued, status: status({ methodUsabilityReason }), baseline: [], revoked: false }).phase;
    expect(phase('EnabledByPolicy')).toBe('waiting');
    expect(phase('NotYetValid')).toBe('not-yet-valid');
    expect(phase('OneTimeUsed')).toBe('used');
    expect(phase('Expired')).toBe('expired');
    expect(phase('DisabledByPolicy')).toBe('disabled');
  });

  it('treats a missing or different pass as gone, and revoking as final', () => {
    expect(handoffProgress({ issued, status: status(null), baseline: [], revoked: false }).phase).toBe('gone');
    expect(handoffProgress({ issued, status: status({ id: 'other' }), baseline: [], revoked: false }).phase).toBe('gone');
    expect(handoffProgress({ issued, status: status({}), baseline: [], revoked: true }).phase).toBe('revoked');
  });

  it('finds new methods only against a known baseline', () => {
    expect(handoffProgress({ issued, status: status({}, [passkey]), baseline: [], revoked: false }).newMethods).toEqual([passkey]);
    expect(handoffProgress({ issued, status: status({}, [passkey]), baseline: [passkey], revoked: false }).newMethods).toEqual([]);
    expect(handoffProgress({ issued, status: status({}, [passkey]), baseline: null, revoked: false }).newMethods).toEqual([]);
    expect(handoffProgress({ issued, status: status({}, null), baseline: [], revoked: false }).newMethods).toEqual([]);
  });

  it('ends the wait without a sign-in when the policy disables the pass', () => {
    const steps = timelineSteps({ phase: 'disabled', newMethods: [] }, issued);
    expect(steps.map((step) => [step.label, step.state])).toEqual([
      ['Waiting for first sign-in', 'ended'],
      ['Disabled by policy', 'ended'],
      ['New method registered', 'upcoming'],
    ]);
  });

  it('explains that a multi-use pass reports no sign-ins while waiting', () => {
    expect(timelineSteps({ phase: 'waiting', newMethods: [] }, issued)[0]?.detail).toMatch(/multi-use pass reports no sign-ins/);
    expect(timelineSteps({ phase: 'waiting', newMethods: [] }, { ...issued, isUsableOnce: true })[0]?.detail).toBeNull();
  });

  it('announces only what changed', () => {
    expect(progressChange({ phase: 'waiting', newMethods: [] }, { phase: 'waiting', newMethods: [] })).toBeNull();
    expect(progressChange({ phase: 'used', newMethods: [] }, { phase: 'gone', newMethods: [] })).toBeNull();
    expect(progressChange({ phase: 'not-yet-valid', newMethods: [] }, { phase: 'waiting', newMethods: [] })).toBe('Waiting for first sign-in.');
    expect(progressChange({ phase: 'waiting', newMethods: [] }, { phase: 'used', newMethods: [passkey] })).toBe(
      'Pass used. New method registered: Passkey (FIDO2) · YubiKey 5.',
    );
  });

  it("words a method's kind from its type and takes the device as main names it, not from the English label", () => {
    expect(methodText(passkey)).toBe('Passkey (FIDO2) · YubiKey 5');
    expect(methodText({ id: 'pw', type: 'passwordAuthenticationMethod', label: 'Password · not a device', device: null })).toBe('Password');
    expect(methodText({ id: 'ph', type: 'phoneAuthenticationMethod', label: 'Phone', device: '+49 30 1234 · 5' })).toBe('Phone · +49 30 1234 · 5');
    expect(methodText({ id: 'x', type: 'futureAuthenticationMethod', label: 'futureAuthenticationMethod · Key' })).toBe('futureAuthenticationMethod · Key');
  });
});
