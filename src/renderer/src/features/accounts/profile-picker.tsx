import { Button, Radio, RadioGroup, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Building16Regular, Delete20Regular, Settings20Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { ListedProfile } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { Panel } from '../../ui/panel';
import { cloudNames } from './cloud-names';
import { accountsMessages as m } from './messages';
import { useSessionStore } from './session-store';

const useStyles = makeStyles({
  label: { display: 'flex', flexDirection: 'column' },
  name: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  managed: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalM },
  pending: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalM },
});

interface Props {
  /** The organisation's own profiles are marked, and cannot be removed here. */
  profiles: ListedProfile[];
  focusSignIn: boolean;
  /** True when the picker reappears after the settings page it opened. */
  focusSettings: boolean;
  onOpenSettings: (profileId: string) => void;
}

export const ProfilePicker = ({ profiles, focusSignIn, focusSettings, onOpenSettings }: Props) => {
  const styles = useStyles();
  const t = useT();
  const selectedProfileId = useSessionStore((state) => state.selectedProfileId);
  const signingIn = useSessionStore((state) => state.signingIn);
  const busy = useSessionStore((state) => state.busy);
  const { selectProfile, signIn, cancelSignIn, removeProfile } = useSessionStore.getState();
  const selected = profiles.find((profile) => profile.id === selectedProfileId) ?? null;
  const settingsRef = useRef<HTMLButtonElement>(null);

  // An effect, not autoFocus, so it runs once per return rather than whenever the buttons reappear.
  useEffect(() => {
    if (focusSettings) settingsRef.current?.focus();
  }, [focusSettings]);

  if (profiles.length === 0) {
    return (
      <Panel title={t(m.tenants)}>
        <p className={styles.empty}>{t(m.noProfiles)}</p>
      </Panel>
    );
  }

  return (
    <Panel title={t(m.tenants)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void signIn();
        }}
      >
        <RadioGroup
          aria-label={t(m.tenantProfile)}
          value={selectedProfileId ?? ''}
          disabled={signingIn}
          onChange={(_, data) => selectProfile(data.value)}
        >
          {profiles.map((profile) => (
            <Radio
              key={profile.id}
              value={profile.id}
              label={
                <span className={styles.label}>
                  <span className={styles.name} translate="no">
                    {profile.label}
                  </span>
                  <span className={styles.meta}>
                    {t(cloudNames[profile.cloud])}
                    {' · '}
                    <span translate="no">{profile.tenant}</span>
                  </span>
                  {profile.managed && (
                    <span className={styles.managed}>
                      <Building16Regular aria-hidden />
                      {t(m.providedByOrganisation)}
                    </span>
                  )}
                </span>
              }
            />
          ))}
        </RadioGroup>
        {signingIn ? (
          <div key="pending" className={styles.pending}>
            <Spinner size="tiny" label={t(m.finishInBrowser)} />
            <Button autoFocus onClick={() => void cancelSignIn()}>
              {t(m.cancel)}
            </Button>
          </div>
        ) : (
          <div key="actions" className={styles.actions}>
            <Button type="submit" appearance="primary" autoFocus={focusSignIn} disabled={!selected || busy}>
              {t(m.signIn)}
            </Button>
            {selected && (
              <Button
                ref={settingsRef}
                appearance="subtle"
                icon={<Settings20Regular />}
                disabled={busy}
                aria-label={t(m.settingsFor, { profile: selected.label })}
                onClick={() => onOpenSettings(selected.id)}
              >
                {t(m.settings)}
              </Button>
            )}
            {selected && !selected.managed && (
              <Button
                appearance="subtle"
                icon={<Delete20Regular />}
                disabled={busy}
                aria-label={t(m.removeProfileNamed, { profile: selected.label })}
                onClick={() => void removeProfile(selected.id)}
              >
                {t(m.removeProfile)}
              </Button>
            )}
          </div>
        )}
      </form>
    </Panel>
  );
};
