import { describe, expect, it } from 'vitest';
import { historyOf, statusFrom } from '../../../../src/main/journal/pass-statuses';
import type { JournalRecord } from '../../../../src/shared';

const passId = '11111111-1111-4111-8111-111111111111';
const followed = { userId: '22222222-2222-4222-8222-222222222222', passId };
const tap = (overrides: Record<string, unknown> = {}) => ({
  '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod',
  id: passId,
  createdDateTime: '2026-12-01T09:00:00Z',
  startDateTime: '2026-12-01T09:00:00Z',
  lifetimeInMinutes: 60,
  isUsableOnce: true,
  methodUsabilityReason: 'EnabledByPolicy',
  ...overrides,
});
const password = { '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: 'pw', createdDateTime: '2024-01-01T00:00:00Z' };
const authenticator = (id: string, createdDateTime?: string) => ({
  '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  id,
  displayName: 'Pixel 9',
  ...(createdDateTime ? { createdDateTime } : {}),
});
const history = { issuedAt: '2026-12-01T09:00:01Z', methodIdsBefore: ['pw', 'old'], revokedHere: false };

// The methods list carries the pass with its usability: https://learn.microsoft.com/graph/api/authentication-list-methods
describe('a pass status from the person methods list', () => {
  it('waits while the pass is usable and nothing new is registered, and says when it expires', () => {
    const status = statusFrom(followed, [password, authenticator('old'), tap()], history);
    expect(status).toMatchObject({ phase: 'waiting', newMethods: [], expiresAt: '2026-12-01T10:00:00.000Z' });
  });

  it.each([
    ['OneTimeUsed', 'used'],
    ['Expired', 'expired'],
    ['NotYetValid', 'not_yet_valid'],
    ['DisabledByPolicy', 'disabled'],
    ['SomethingNew', 'unknown'],
  ])('maps methodUsabilityReason %s to %s', (reason, phase) => {
    expect(statusFrom(followed, [password, tap({ methodUsabilityReason: reason })], history).phase).toBe(phase);
  });

  it('says a method was registered when one is there that the person did not have at issue time', () => {
    const status = statusFrom(followed, [password, authenticator('old'), authenticator('new'), tap({ methodUsabilityReason: 'OneTimeUsed' })], history);
    expect(status.phase).toBe('method_registered');
    expect(status.newMethods.map((method) => method.id)).toEqual(['new']);
  });

  it('without the methods at issue time, counts those created after the pass', () => {
    const unknownBefore = { ...history, methodIdsBefore: null };
    const status = statusFrom(followed, [password, authenticator('older', '2026-11-01T00:00:00Z'), authenticator('newer', '2026-12-01T09:30:00Z'), tap()], unknownBefore);
    expect(status.newMethods.map((method) => method.id)).toEqual(['newer']);
  });

  it('tells revoked here from removed elsewhere, and a pass replaced by another', () => {
    expect(statusFrom(followed, [password], { ...history, revokedHere: true }).phase).toBe('revoked');
    expect(statusFrom(followed, [password], history).phase).toBe('removed');
    expect(statusFrom(followed, [password, tap({ id: 'another' })], history).phase).toBe('replaced');
  });
});

describe('a pass history from the journal', () => {
  const record = (overrides: Partial<JournalRecord>): JournalRecord => ({
    seq: 1,
    at: '2026-12-01T09:00:01.000Z',
    technician: { id: 't', userPrincipalName: 't@contoso.example' },
    person: { id: followed.userId, userPrincipalName: 'p@contoso.example', displayName: 'P' },
    action: 'issued',
    act: 'create',
    passId,
    replacedPassId: null,
    options: null,
    error: null,
    reconciliation: null,
    methodIdsBefore: ['pw'],
    ...overrides,
  });

  it('finds the issue and whether this desk revoked the pass', () => {
    expect(historyOf([record({})], passId)).toEqual({ issuedAt: '2026-12-01T09:00:01.000Z', methodIdsBefore: ['pw'], revokedHere: false });
    expect(historyOf([record({}), record({ seq: 2, action: 'revoked', act: 'revoke', methodIdsBefore: null })], passId).revokedHere).toBe(true);
    expect(historyOf([record({ action: 'failed' })], passId)).toEqual({ issuedAt: null, methodIdsBefore: null, revokedHere: false });
  });
});
