import { describe, expect, it } from 'vitest';
import { journalSealKey } from '../../../../src/main/journal/journal-seal-key';
import { memoryStore } from '../../../support/memory-store';
import { testCipher } from '../../../support/test-cipher';

describe('journal seal key', () => {
  it('is null without secure storage, and leaves the store alone', () => {
    const store = memoryStore();
    store.set('journalSealKey', 'kept for when secure storage is back');
    expect(journalSealKey(store, null)).toBeNull();
    expect(store.get('journalSealKey')).toBe('kept for when secure storage is back');
  });

  it('is created once, 32 random bytes, and stored only as the cipher wrote it', () => {
    const store = memoryStore();
    const cipher = testCipher();
    const key = journalSealKey(store, cipher)!;
    expect(key).toHaveLength(32);
    const stored = store.get('journalSealKey') as string;
    expect(stored).not.toContain(key.toString('base64'));
    expect(Buffer.from(stored, 'base64').includes(key)).toBe(false);
    expect(journalSealKey(store, cipher)).toEqual(key);
    expect(journalSealKey(memoryStore(), cipher)).not.toEqual(key);
  });

  it('is kept, and the session runs unsealed, when the cipher cannot open the stored one', () => {
    const store = memoryStore();
    const cipher = testCipher();
    const old = journalSealKey(store, cipher)!;
    expect(journalSealKey(store, testCipher())).toBeNull();
    expect(journalSealKey(store, cipher)).toEqual(old);
  });

  it('is replaced when the stored value is not a key', () => {
    const store = memoryStore();
    const cipher = testCipher();
    store.set('journalSealKey', cipher.encrypt('short').toString('base64'));
    const key = journalSealKey(store, cipher)!;
    expect(key).toHaveLength(32);
    expect(journalSealKey(store, cipher)).toEqual(key);
  });
});
