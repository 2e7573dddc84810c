import { describe, expect, it } from 'vitest';
import { failure } from '../../../../src/main/app-failure';
import { journalRecorder, withRecord } from '../../../../src/main/journal/journal-recorder';
import type { JournalEntry } from '../../../../src/shared';

const userId = 'bbbbbbbb-0000-4000-8000-000000000002';
const technician = { id: 'aaaaaaaa-0000-4000-8000-000000000001', userPrincipalName: 'pia@contoso.example' };

const recorderWith = (options: { signedIn?: boolean; known?: boolean } = {}) => {
  const written: { profileId: string; retentionMonths: number; entry: JournalEntry }[] = [];
  const record = journalRecorder({
    signed: async () => (options.signedIn === false ? null : { profileId: 'demo', retentionMonths: 13, technician }),
    person: () =>
      options.known === false ? null : { person: { id: userId, userPrincipalName: 'lena@contoso.example', displayName: 'Lena Fischer' }, methodIds: ['pw'] },
    append: (profileId, retentionMonths, entries) => Boolean(written.push(...entries.map((entry) => ({ profileId, retentionMonths, entry })))),
  });
  return { record, written };
};

describe('the journal recorder', () => {
  it('keeps an issued pass with its options, the technician, the person and their methods then', async () => {
    const { record, written } = recorderWith();
    await record({ userId, act: 'create', options: { lifetimeInMinutes: 60, isUsableOnce: true }, done: 'replaced', passId: 'p2', replacedPassId: 'p1', recoveredFrom: 'timeout' });
    expect(written).toEqual([
      {
        profileId: 'demo',
        retentionMonths: 13,
        entry: {
          technician,
          person: { id: userId, userPrincipalName: 'lena@contoso.example', displayName: 'Lena Fischer' },
          action: 'replaced',
          act: 'create',
          passId: 'p2',
          replacedPassId: 'p1',
          options: { lifetimeInMinutes: 60, isUsableOnce: true, startDateTime: null },
          error: null,
          reconciliation: { passState: null, recoveredFrom: 'timeout' },
          methodIdsBefore: ['pw'],
        },
      },
    ]);
  });

  it('tells a refusal from a failure, with the code, the request id and what reconciliation found', async () => {
    const { record, written } = recorderWith();
    await record({ userId, act: 'create', failed: failure('external_guest', 'no', { requestId: 'r1' }) });
    await record({ userId, act: 'create', failed: failure('timeout', 'slow', { passState: { outcome: 'pending', previousPass: 'kept' } }) });
    await record({ userId, act: 'revoke', passId: 'p1', failed: new Error('boom') });
    expect(written.map(({ entry }) => [entry.action, entry.act, entry.error, entry.reconciliation])).toEqual([
      ['refused', 'create', { code: 'external_guest', requestId: 'r1' }, null],
      ['failed', 'create', { code: 'timeout', requestId: null }, { passState: { outcome: 'pending', previousPass: 'kept' }, recoveredFrom: null }],
      ['failed', 'revoke', { code: 'unexpected', requestId: null }, null],
    ]);
  });

  it('marks each row of a cohort with its run, so the day can show the cohort together', async () => {
    const { record, written } = recorderWith();
    const cohort = { id: '0b7a2f7e-5d0c-4c1e-9a53-3f0f7c1d2e4a', size: 25 };
    await record({ userId, act: 'create', cohort, done: 'issued', passId: 'p3', replacedPassId: null, recoveredFrom: null });
    await record({ userId, act: 'create', cohort, failed: failure('user_not_in_policy_scope', 'no') });
    await record({ userId, act: 'slip', passId: 'p3', done: 'slip_printed' });
    expect(written.map(({ entry }) => [entry.action, entry.cohort])).toEqual([
      ['issued', cohort],
      ['refused', cohort],
      ['slip_printed', undefined],
    ]);
  });

  it('writes nothing when nobody is signed in, and names a person it never looked up by id', async () => {
    const nobody = recorderWith({ signedIn: false });
    await nobody.record({ userId, act: 'slip', passId: 'p1', done: 'slip_printed' });
    expect(nobody.written).toEqual([]);
    const unknown = recorderWith({ known: false });
    await unknown.record({ userId, act: 'notice', done: 'notice_sent' });
    expect(unknown.written[0]?.entry.person).toEqual({ id: userId, userPrincipalName: '', displayName: '' });
  });

  it('records around an act: its answer or its error stands, and a declined ending is not kept', async () => {
    const { record, written } = recorderWith();
    await expect(withRecord(record, { userId, act: 'revoke', passId: 'p1' }, async () => 'ok', () => ({ done: 'revoked' }))).resolves.toBe('ok');
    await expect(withRecord(record, { userId, act: 'revoke', passId: 'p1' }, () => Promise.reject(failure('network', 'down')), () => ({ done: 'revoked' }))).rejects.toThrow('down');
    await withRecord(record, { userId, act: 'slip', passId: 'p1' }, async () => ({ done: false }), () => null);
    expect(written.map(({ entry }) => entry.action)).toEqual(['revoked', 'failed']);
  });
});
