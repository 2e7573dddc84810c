import { describe, expect, it } from 'vitest';
import { describeMethod } from '../../../../src/main/graph/method-labels';

describe('describing a registered method', () => {
  it('gives the type without its namespace and the device apart from the English label', () => {
    expect(describeMethod({ '@odata.type': '#microsoft.graph.fido2AuthenticationMethod', id: 'f1', displayName: 'YubiKey 5', model: 'YubiKey 5 NFC' })).toEqual({
      id: 'f1',
      type: 'fido2AuthenticationMethod',
      label: 'Passkey (FIDO2) · YubiKey 5',
      device: 'YubiKey 5',
    });
  });

  it('takes the model, phone number or address when there is no display name', () => {
    const device = (raw: Record<string, unknown>) => describeMethod({ '@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id: 'p1', ...raw }).device;
    expect(device({ displayName: '', model: 'Pixel 8' })).toBe('Pixel 8');
    expect(device({ phoneNumber: '+49 30 1234 · 5678' })).toBe('+49 30 1234 · 5678');
    expect(device({ emailAddress: 'adele@example.org' })).toBe('adele@example.org');
  });

  it('has no device when Graph names none, and labels a type it does not know by the type itself', () => {
    expect(describeMethod({ '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: 'pw' })).toEqual({
      id: 'pw',
      type: 'passwordAuthenticationMethod',
      label: 'Password',
      device: null,
    });
    expect(describeMethod({ '@odata.type': '#microsoft.graph.hardwareOathAuthenticationMethod', id: 'h1', displayName: 'Token 7' })).toMatchObject({
      label: 'hardwareOathAuthenticationMethod · Token 7',
      device: 'Token 7',
    });
  });
});
