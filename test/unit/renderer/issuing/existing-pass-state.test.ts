import { describe, expect, it } from 'vitest';
import type { ExistingPass } from '../../../../src/shared';
import { formatLocal } from '../../../../src/renderer/src/format/date-time';
import { describeExistingPass } from '../../../../src/renderer/src/features/issuing/existing-pass-state';

const pass = (extra: Partial<ExistingPass> = {}): ExistingPass => ({
  id: 'pass-1',
  createdDateTime: '2030-05-01T08:00:00Z',
  startDateTime: '2030-05-01T09:00:00Z',
  lifetimeInMinutes: 120,
  isUsableOnce: false,
  isUsable: true,
  methodUsabilityReason: 'EnabledByPolicy',
  ...extra,
});

describe('an existing pass in words', () => {
  it('says until when a usable pass works, counted from its start', () => {
    expect(describeExistingPass(pass())).toEqual({ label: 'Usable', color: 'success', detail: `Valid until ${formatLocal('2030-05-01T11:00:00Z')}` });
  });

  it('counts from its creation when it has no start time, and claims no end without either', () => {
    expect(describeExistingPass(pass({ startDateTime: null })).detail).toBe(`Valid until ${formatLocal('2030-05-01T10:00:00Z')}`);
    expect(describeExistingPass(pass({ startDateTime: null, createdDateTime: null })).detail).toBe('Valid now');
  });

  it('names each reason Graph gives for a pass that does not work', () => {
    expect(describeExistingPass(pass({ isUsable: false, methodUsabilityReason: 'NotYetValid' })).detail).toBe(`Starts ${formatLocal('2030-05-01T09:00:00Z')}`);
    expect(describeExistingPass(pass({ isUsable: false, methodUsabilityReason: 'Expired' })).detail).toBe(`Expired ${formatLocal('2030-05-01T11:00:00Z')}`);
    expect(describeExistingPass(pass({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' })).label).toBe('Used');
    expect(describeExistingPass(pass({ isUsable: false, methodUsabilityReason: 'DisabledByPolicy' })).label).toBe('Disabled by policy');
    expect(describeExistingPass(pass({ isUsable: false, methodUsabilityReason: 'Unheard' }))).toEqual({ label: 'Not usable', color: 'warning', detail: 'Reason given by Microsoft: Unheard' });
  });
});
