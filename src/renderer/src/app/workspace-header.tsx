import { Avatar, Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { PersonAdd20Regular, PersonSwap20Regular, Settings20Regular, SignOut20Regular } from '@fluentui/react-icons';
import { useSessionStore } from '../features/accounts';
import { BulkButton } from '../features/bulk';
import { HelpMenu } from '../features/diagnostics';
import { useHandoffStore } from '../features/handoff';
import { useCreatePassStore } from '../features/issuing';
import { JournalButton } from '../features/journal';
import { PreferencesMenu } from '../features/preferences';
import { useSettingsPageStore } from '../features/settings';
import { useT } from '../ui/i18n/translate';
import { Brand } from './brand';
import { toggleBulk } from './bulk-entry';
import { appMessages as m } from './messages';

/**
 * The room the signed-in account asks for on the brand's row, and the most it takes: its address and tenant wrap
 * under each other rather than push the actions onto a row of their own.
 */
const accountBasis = '15rem';
const accountWidth = '17rem';

/*
 * One row when everything fits (1280 px); below that the actions move to a row of their own under the brand and the
 * account, and wrap among themselves on a narrower window.
 */
const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  account: {
    display: 'flex',
    flex: `1 1 ${accountBasis}`,
    justifyContent: 'flex-end',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, maxWidth: accountWidth, overflowWrap: 'anywhere' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // Subtle buttons carry their own padding, which spaces them apart.
  actions: { display: 'flex', flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
});

/** `journalAvailable` is false while a pass is on its way or on screen, which stays the only thing there; so is the bulk screen. */
export const WorkspaceHeader = ({ journalAvailable }: { journalAvailable: boolean }) => {
  const styles = useStyles();
  const t = useT();
  const session = useSessionStore((state) => state.session);
  // A pass being created belongs to this account: no switching away until it is shown.
  const creating = useCreatePassStore((state) => state.creating);
  const busy = useSessionStore((state) => state.busy) || creating;
  // The pass on screen stays the only thing there until the handoff is over.
  const inHandoff = useHandoffStore((state) => state.handoff !== null);
  const settingsOpen = useSettingsPageStore((state) => state.profileId !== null);
  const { switchAccount, signOut, setAddingAccount } = useSessionStore.getState();
  const { open: openSettings, leave: leaveSettings } = useSettingsPageStore.getState();
  const active = session?.active;
  if (!session || !active) return null;

  const profileLabel = (profileId: string) => session.profiles.find((profile) => profile.id === profileId)?.label ?? t(m.unknownTenant);
  const others = session.accounts.filter(
    (account) => account.profileId !== active.profileId || account.homeAccountId !== active.homeAccountId,
  );

  return (
    <header className={styles.header}>
      <Brand />
      <div className={styles.account}>
        <Avatar name={active.name} color="colorful" size={32} aria-hidden translate="no" />
        <div className={styles.who}>
          <span className={styles.name} translate="no">
            {active.name}
          </span>
          <span className={styles.meta} translate="no">
            {active.username} · {profileLabel(active.profileId)}
          </span>
        </div>
      </div>
      <div className={styles.actions}>
        {others.length > 0 && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button appearance="subtle" icon={<PersonSwap20Regular />} disabled={busy}>
                {t(m.switchAccount)}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {others.map((account) => (
                  <MenuItem
                    key={`${account.profileId}/${account.homeAccountId}`}
                    onClick={() => leaveSettings(() => void switchAccount(account))}
                  >
                    {t(m.accountMenuItem, { name: account.name, username: account.username, tenant: profileLabel(account.profileId) })}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
        <BulkButton disabled={!journalAvailable} onToggle={toggleBulk} />
        <JournalButton disabled={!journalAvailable} />
        <PreferencesMenu compact />
        <HelpMenu compact />
        <Button
          appearance="subtle"
          icon={<Settings20Regular />}
          disabled={busy || inHandoff || settingsOpen}
          onClick={() => void openSettings(active.profileId)}
        >
          {t(m.tenantSettings)}
        </Button>
        <Button appearance="subtle" icon={<PersonAdd20Regular />} disabled={busy} onClick={() => leaveSettings(() => setAddingAccount(true))}>
          {t(m.addAccount)}
        </Button>
        <Button appearance="subtle" icon={<SignOut20Regular />} disabled={busy} onClick={() => leaveSettings(() => void signOut())}>
          {t(m.signOut)}
        </Button>
      </div>
    </header>
  );
};
