import type { TenantProfile } from '../../shared';

/** The tenant profile that points at the built-in emulator's demo tenant. */
export const demoProfile = (emulator: { tenantId: string; clientId: string }): TenantProfile => ({
  id: 'demo',
  label: 'Demo tenant (built-in emulator)',
  cloud: 'emulator',
  tenant: emulator.tenantId,
  clientId: emulator.clientId,
});
