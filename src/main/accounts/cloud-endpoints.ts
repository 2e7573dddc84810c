import { appError, clouds, type AppError, type TenantProfile } from '../../shared';

/** Where the emulator runs; only known once it has started (demo mode, tests). */
export interface EmulatorEndpoints {
  authorityHost: string;
  graphHost: string;
  caCertPem: string;
}

export interface ResolvedEndpoints {
  /** MSAL authority: `{authorityHost}/{tenant}`. */
  authority: string;
  authorityHost: string;
  /** Graph origin; the resource every scope is prefixed with. */
  graphHost: string;
  /** My Sign-Ins security info, where people register methods with their pass. */
  securityInfoUrl: string;
  /** Set only for the emulator: the one CA its certificates chain to. */
  ca?: string;
}

export const resolveEndpoints = (
  profile: TenantProfile,
  emulator: EmulatorEndpoints | undefined,
): ResolvedEndpoints | AppError => {
  const fixed = clouds[profile.cloud].endpoints;
  if (fixed) return { ...fixed, authority: `${fixed.authorityHost}/${profile.tenant}` };
  if (!emulator) {
    return appError('profile_not_found', 'The built-in emulator is not running. Start TAP Desk in demo mode to use this profile.', { reason: 'emulator_not_running' });
  }
  return {
    authorityHost: emulator.authorityHost,
    graphHost: emulator.graphHost,
    authority: `${emulator.authorityHost}/${profile.tenant}`,
    securityInfoUrl: `${emulator.authorityHost}/security-info`,
    ca: emulator.caCertPem,
  };
};
