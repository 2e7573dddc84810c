import { describe, expect, it } from 'vitest';
import { rulesBrokenBy } from './lint-harness';

const store = 'src/renderer/src/features/people/people-store.ts';
// From the store's folder to this test's fixtures, where badge.tsx stands in for a component.
const fixtures = '../../../../../test/unit/lint/fixtures/store';

describe('a renderer store cannot import a component (layers/store-without-components)', () => {
  it('a store cannot import a component named with its .tsx extension', async () => {
    expect(await rulesBrokenBy(store, "export { PeopleCard } from './people-card.tsx';")).toEqual(['layers/store-without-components']);
  });

  it('a store cannot import a component named without an extension, or with .js', async () => {
    expect(await rulesBrokenBy(store, `export { Badge } from '${fixtures}/badge';`)).toEqual(['layers/store-without-components']);
    expect(await rulesBrokenBy(store, `export { Badge } from '${fixtures}/badge.js';`)).toEqual(['layers/store-without-components']);
  });

  it('a store may import .ts modules: its model, other stores, the api', async () => {
    const code = [
      `export { badgeLabel } from '${fixtures}/badge-model';`,
      "export { personLabel } from './people-model';",
      "export { getApi } from '../../api';",
      "export { create } from 'zustand';",
    ].join('\n');
    expect(await rulesBrokenBy(store, code)).toEqual([]);
  });

  it('a component may import other components', async () => {
    expect(await rulesBrokenBy('src/renderer/src/features/people/people-panel.tsx', "export { PeopleCard } from './people-card.tsx';")).toEqual([]);
  });
});
