import { useSelectionStore } from '../features/issuing';
import { TenantSettingsPage } from '../features/settings';

/** The tenant settings page, whose template previews are addressed to the person picked in the workspace. */
export const SettingsPage = ({ profileId }: { profileId: string }) => {
  const user = useSelectionStore((state) => state.context?.user ?? null);
  return (
    <TenantSettingsPage
      profileId={profileId}
      previewPerson={user ? { displayName: user.displayName, userPrincipalName: user.userPrincipalName } : null}
    />
  );
};
