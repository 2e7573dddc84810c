import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { demoTechnicians } from '../../src/emulator';

describe('README demo section', () => {
  it('lists every demo technician with the password the emulator accepts', async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const technician of Object.values(demoTechnicians)) {
      expect(readme).toContain(`| \`${technician.userPrincipalName}\` | \`${technician.password}\` |`);
    }
  });
});
