import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRight20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { announce } from '../../ui/announcer-store';
import { translate, useT } from '../../ui/i18n/translate';
import { NotificationPanel } from '../notify';
import { handoffProgress, timelineSteps } from './handoff-progress';
import { HandoffQrCodes } from './handoff-qr-codes';
import { HandoffStatus } from './handoff-status';
import { useHandoffStore, type Handoff } from './handoff-store';
import { handoffMessages as m } from './messages';
import { PassFacts } from './pass-facts';
import { PassPanel } from './pass-panel';
import { usePassStatusStore } from './pass-status-store';
import { RevokePassButton } from './revoke-pass-button';
import { SlipButtons } from './slip-buttons';
import { useContentProtection } from './use-content-protection';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  handover: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: tokens.spacingHorizontalXXL, alignItems: 'start' },
  divider: { height: '1px', backgroundColor: tokens.colorNeutralStroke2 },
  footer: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  next: { marginInlineStart: 'auto' },
});

interface Props {
  handoff: Handoff;
  /** Ends the handoff: the app forgets the person, the form and the pass, and is ready for the next person. */
  onNextPerson: () => void;
}

/** After the pass is created: hand it over, then follow its use until the technician moves on. */
export const HandoffScreen = ({ handoff, onNextPerson }: Props) => {
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const nextRef = useRef<HTMLButtonElement>(null);
  const [hidden, setHidden] = useState(false);
  const secret = useHandoffStore((state) => state.secret);
  const revoked = useHandoffStore((state) => state.revoked);
  const revoking = useHandoffStore((state) => state.revoking);
  const revokeError = useHandoffStore((state) => state.revokeError);
  const revoke = useHandoffStore((state) => state.revoke);
  const status = usePassStatusStore((state) => state.status);
  const firstSeenMethods = usePassStatusStore((state) => state.firstSeenMethods);
  const shownPass = hidden ? null : secret;
  const progress = handoffProgress({ issued: handoff.pass, status, baseline: handoff.methodsAtIssue ?? firstSeenMethods, revoked });
  useContentProtection(shownPass !== null);

  useEffect(() => {
    nextRef.current?.focus();
  }, []);

  const toggle = () => {
    setHidden(!hidden);
    announce(translate(hidden ? m.passShown : m.passHidden));
  };

  return (
    // Escape counts only inside the pass view: closing a header menu must not throw the pass away.
    <section
      aria-labelledby={headingId}
      className={styles.root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) onNextPerson();
      }}
    >
      <div className={styles.header}>
        <h2 id={headingId} className={styles.heading}>
          {t(m.heading, { name: handoff.displayName })}
        </h2>
        <PassFacts handoff={handoff} notYetValid={progress.phase === 'not-yet-valid'} />
      </div>
      <div className={styles.handover}>
        <PassPanel handoff={handoff} secret={secret} revoked={revoked} hidden={hidden} onToggle={toggle} />
        <HandoffQrCodes handoff={handoff} shownPass={shownPass} />
      </div>
      <div className={styles.divider} />
      <HandoffStatus steps={timelineSteps(progress, handoff.pass)} />
      <NotificationPanel userId={handoff.pass.userId} secret={shownPass} />
      <div className={styles.footer}>
        <RevokePassButton
          displayName={handoff.displayName}
          available={!revoked && progress.phase !== 'gone'}
          revoking={revoking}
          error={revokeError}
          revoke={revoke}
          stop={() => useHandoffStore.getState().stopRevoking()}
          onRevoked={() => nextRef.current?.focus()}
        />
        <SlipButtons userId={handoff.pass.userId} passId={handoff.pass.id} available={secret !== null} />
        <Button
          ref={nextRef}
          appearance="primary"
          size="large"
          icon={<ArrowRight20Regular />}
          iconPosition="after"
          className={styles.next}
          // A held-down Enter from "Create pass" must not dismiss the pass it just produced.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.repeat) event.preventDefault();
          }}
          onClick={onNextPerson}
        >
          {t(m.nextPerson)}
        </Button>
      </div>
    </section>
  );
};
