import { describe, expect, it } from 'vitest';
import { demoStart } from '../../../../src/main/managed';

const locked = { config: { version: 1 as const, allowDemoMode: false } };

describe('whether a start runs in demo mode', () => {
  it('follows --demo where the organisation says nothing about it', () => {
    expect(demoStart(['electron', '.', '--demo'], { config: null })).toEqual({ demo: true, refused: false });
    expect(demoStart(['electron', '.', '--demo'], { config: { version: 1 } })).toEqual({ demo: true, refused: false });
    expect(demoStart(['electron', '.', '--demo'], { config: { version: 1, allowDemoMode: true } })).toEqual({ demo: true, refused: false });
  });

  it('refuses --demo where the organisation turns demo mode off, so the screen can say why', () => {
    expect(demoStart(['electron', '.', '--demo'], locked)).toEqual({ demo: false, refused: true });
  });

  it('has nothing to refuse on a normal start', () => {
    expect(demoStart(['electron', '.'], locked)).toEqual({ demo: false, refused: false });
    expect(demoStart(['electron', '.', '--demonstration'], locked)).toEqual({ demo: false, refused: false });
  });
});
