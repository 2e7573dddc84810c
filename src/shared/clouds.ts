import { z } from 'zod';

export const cloudIds = ['global', 'usgov', 'usgov-dod', 'china', 'emulator'] as const;
export const cloudIdSchema = z.enum(cloudIds);
export type CloudId = z.infer<typeof cloudIdSchema>;

export interface CloudEndpoints {
  /** Sign-in host origin, e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** Graph origin without version; also the resource that prefixes every scope. */
  graphHost: string;
  /** The My Sign-Ins security info page where people register methods. */
  securityInfoUrl: string;
}

/** A cloud as main reaches it; the screen names each cloud from its id in the technician's language. */
export interface CloudDefinition {
  id: CloudId;
  /** Unset for the emulator: its origin is only known once it runs. */
  endpoints?: CloudEndpoints;
  /**
   * Whether Microsoft Graph v1.0 serves the Temporary Access Pass and authentication-method APIs in this cloud.
   * Their pages' "national cloud deployments" tables mark Global, US Government L4 and L5 (DOD) as available and
   * China operated by 21Vianet as not: https://learn.microsoft.com/graph/api/authentication-post-temporaryaccesspassmethods,
   * https://learn.microsoft.com/graph/api/authentication-list-methods and
   * https://learn.microsoft.com/graph/api/temporaryaccesspassauthenticationmethodconfiguration-get.
   */
  passApiAvailable: boolean;
}

export const clouds: Record<CloudId, CloudDefinition> = {
  global: {
    id: 'global',
    endpoints: {
      authorityHost: 'https://login.microsoftonline.com',
      graphHost: 'https://graph.microsoft.com',
      securityInfoUrl: 'https://mysignins.microsoft.com/security-info',
    },
    passApiAvailable: true,
  },
  usgov: {
    id: 'usgov',
    endpoints: {
      authorityHost: 'https://login.microsoftonline.us',
      graphHost: 'https://graph.microsoft.us',
      securityInfoUrl: 'https://mysignins.microsoft.us/security-info',
    },
    passApiAvailable: true,
  },
  'usgov-dod': {
    id: 'usgov-dod',
    endpoints: {
      authorityHost: 'https://login.microsoftonline.us',
      graphHost: 'https://dod-graph.microsoft.us',
      securityInfoUrl: 'https://mysignins.microsoft.us/security-info',
    },
    passApiAvailable: true,
  },
  china: {
    id: 'china',
    endpoints: {
      authorityHost: 'https://login.chinacloudapi.cn',
      graphHost: 'https://microsoftgraph.chinacloudapi.cn',
      securityInfoUrl: 'https://mysignins.azure.cn/security-info',
    },
    passApiAvailable: false,
  },
  emulator: { id: 'emulator', passApiAvailable: true },
};
