import type { settingsChannels } from '../../shared';
import type { ProfileRepository } from '../accounts';
import { failure } from '../app-failure';
import { fileNameOf } from '../file-name';
import type { HandlersFor } from '../ipc/router';
import type { FileOutput } from '../platform/ports';
import { exportSettings, reviewImport } from './settings-transfer';
import type { TenantSettingsRepository } from './tenant-settings-repository';

export interface SettingsDeps {
  profiles: ProfileRepository;
  tenantSettings: TenantSettingsRepository;
  files: FileOutput;
}

export const settingsHandlers = ({ profiles, tenantSettings, files }: SettingsDeps): HandlersFor<typeof settingsChannels> => {
  const knownProfile = (profileId: string) => {
    const profile = profiles.get(profileId);
    if (!profile) throw failure('profile_not_found', 'That tenant profile no longer exists.');
    return profile;
  };
  return {
    'settings:get': async ({ profileId }) => {
      knownProfile(profileId);
      return tenantSettings.load(profileId);
    },
    'settings:save': async ({ profileId, settings }) => {
      knownProfile(profileId);
      return tenantSettings.save(profileId, settings);
    },
    'settings:logo': async ({ profileId, dataUrl }) => {
      knownProfile(profileId);
      const { file, dataUrl: logoDataUrl } = tenantSettings.logos.hold(profileId, dataUrl);
      return { logoFile: file, logoDataUrl };
    },
    'settings:export': async ({ profileId }) => {
      const profile = knownProfile(profileId);
      const { settings, logoDataUrl } = tenantSettings.load(profileId);
      return { savedTo: await files.saveText(`TAP Desk settings - ${fileNameOf(profile.label)}.json`, exportSettings(settings, logoDataUrl)) };
    },
    'settings:import': async ({ profileId, text }) => {
      knownProfile(profileId);
      const review = reviewImport(tenantSettings.load(profileId).settings, text, (dataUrl) => tenantSettings.logos.hold(profileId, dataUrl).file, tenantSettings.locksFor(profileId));
      return { ...review, logoDataUrl: tenantSettings.logos.dataUrl(review.settings.branding.logoFile) };
    },
  };
};
