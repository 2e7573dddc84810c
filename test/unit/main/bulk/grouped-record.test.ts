import { describe, expect, it } from 'vitest';
import { groupedRecord } from '../../../../src/main/bulk/grouped-record';
import type { DeskAct } from '../../../../src/main/journal';

const act = (userId: string): DeskAct => ({ userId, act: 'create', done: 'issued', passId: `pass-${userId}`, replacedPassId: null, recoveredFrom: null });

describe('a run’s journal entries, written in groups', () => {
  it('writes the acts of one burst together, in order, and the next burst apart; flush waits for every write', async () => {
    const writes: string[][] = [];
    const journal = groupedRecord(async (acts) => void writes.push((Array.isArray(acts) ? acts : [acts]).map((item: DeskAct) => item.userId)));
    journal.add(act('a'));
    journal.add(act('b'));
    journal.add(act('c'));
    await new Promise((resolve) => setImmediate(resolve));
    journal.add(act('d'));
    await journal.flush();
    expect(writes).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('goes on after a write that failed: the journal reports its own problems', async () => {
    const writes: number[] = [];
    let calls = 0;
    const journal = groupedRecord(async (acts) => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
      writes.push((Array.isArray(acts) ? acts : [acts]).length);
    });
    journal.add(act('a'));
    await journal.flush();
    journal.add(act('b'));
    journal.add(act('c'));
    await journal.flush();
    expect(writes).toEqual([2]);
  });
});
