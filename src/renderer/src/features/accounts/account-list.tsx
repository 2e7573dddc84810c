import { Avatar, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { SignedInAccount, TenantProfile } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { Panel } from '../../ui/panel';
import { accountsMessages as m } from './messages';
import { useSessionStore } from './session-store';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  who: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflow: 'hidden', textOverflow: 'ellipsis' },
});

interface Props {
  accounts: SignedInAccount[];
  profiles: TenantProfile[];
  focusFirst: boolean;
}

/** Accounts MSAL still holds: one click continues without the browser. */
export const AccountList = ({ accounts, profiles, focusFirst }: Props) => {
  const styles = useStyles();
  const t = useT();
  const switchAccount = useSessionStore((state) => state.switchAccount);
  const busy = useSessionStore((state) => state.busy);
  const signingIn = useSessionStore((state) => state.signingIn);
  const profileLabel = (profileId: string) => profiles.find((profile) => profile.id === profileId)?.label;

  return (
    <Panel title={t(m.signedInAccounts)}>
      <ul className={styles.list}>
        {accounts.map((account, index) => {
          const tenant = profileLabel(account.profileId);
          return (
            <li key={`${account.profileId}/${account.homeAccountId}`} className={styles.item}>
              <Avatar name={account.name} color="colorful" size={32} aria-hidden translate="no" />
              <span className={styles.who}>
                <span className={styles.name} translate="no">
                  {account.name}
                </span>
                <span className={styles.meta}>
                  <span translate="no">{account.username}</span>
                  {' · '}
                  {tenant === undefined ? t(m.unknownTenant) : <span translate="no">{tenant}</span>}
                </span>
              </span>
              <Button
                appearance={index === 0 ? 'primary' : 'secondary'}
                autoFocus={focusFirst && index === 0}
                disabled={busy || signingIn}
                onClick={() => void switchAccount(account)}
                aria-label={t(m.continueAs, { name: account.name, tenant: tenant ?? t(m.unknownTenant) })}
              >
                {t(m.continue)}
              </Button>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
};
