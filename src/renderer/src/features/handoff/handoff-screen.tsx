import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRight20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { announce } from '../../ui/announcer-store';
import { translate, useT } from '../../ui/i18n/translate';
import { NotificationPanel } from '../notify';
import { DiscardPassDialog } from './discard-pass-dialog';
import { handoffProgress, stillToHandOver, timelineSteps } from './handoff-progress';
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
    minWidth: 0,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    '@media (min-width: 62.5em)': { padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}` },
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  titleRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  heading: {
    flex: '1 1 12em',
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  // One column below about 1,000 px (800×600, 200 % zoom): the codes go under the pass, never beside it.
  handover: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    '@media (min-width: 62.5em)': { gridTemplateColumns: 'minmax(0, 1fr) auto' },
  },
  pass: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  divider: { height: '1px', backgroundColor: tokens.colorNeutralStroke2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Escape belongs to the control it was pressed in: a field, a list, a menu or a dialog has its own use for it. */
const ownsEscape = (target: EventTarget): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('input, textarea, select, [role="combobox"]') ||
    target.closest('[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]') !== null);

/**
 * Focus moves without the browser's own scrolling, which may centre the button; the button is brought as near as
 * it goes, then the pass back into view, which wins when both do not fit.
 */
const focusKeepingPassInView = (button: HTMLElement | null, pass: HTMLElement | null) => {
  button?.focus({ preventScroll: true });
  button?.scrollIntoView({ block: 'nearest' });
  pass?.scrollIntoView({ block: 'nearest' });
};

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
  const passRef = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(false);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
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

  const focusNext = () => focusKeepingPassInView(nextRef.current, passRef.current);

  useEffect(() => focusKeepingPassInView(nextRef.current, passRef.current), []);

  const setShown = (shown: boolean) => {
    setHidden(!shown);
    announce(translate(shown ? m.passShown : m.passHidden));
  };

  // Ending the handoff forgets the pass for good; while the person may still need it, that is asked first.
  const endHandoff = () => {
    if (secret !== null && stillToHandOver(progress)) setAskingToDiscard(true);
    else onNextPerson();
  };

  const keepPass = () => {
    setAskingToDiscard(false);
    focusNext();
  };

  return (
    // Escape hides the pass, which can be shown again; it never throws the pass away.
    <section
      aria-labelledby={headingId}
      className={styles.root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented || ownsEscape(event.target)) return;
        if (shownPass !== null) setShown(false);
      }}
    >
      {/* Next person heads the pass: focusing it, however that happens, never scrolls the pass away. */}
      <div className={styles.header}>
        <div className={styles.titleRow}>
          <h2 id={headingId} className={styles.heading}>
            {t(m.heading, { name: handoff.displayName })}
          </h2>
          <Button
            ref={nextRef}
            appearance="primary"
            size="large"
            icon={<ArrowRight20Regular />}
            iconPosition="after"
            // A held-down Enter from "Create pass" must not dismiss the pass it just produced.
            onKeyDown={(event) => {
              if (event.key === 'Enter' && event.repeat) event.preventDefault();
            }}
            onClick={endHandoff}
          >
            {t(m.nextPerson)}
          </Button>
        </div>
        <PassFacts handoff={handoff} notYetValid={progress.phase === 'not-yet-valid'} />
      </div>
      <div className={styles.handover}>
        <div className={styles.pass}>
          <PassPanel handoff={handoff} secret={secret} revoked={revoked} hidden={hidden} onToggle={() => setShown(hidden)} passRef={passRef} />
          <div className={styles.actions}>
            <RevokePassButton
              displayName={handoff.displayName}
              available={!revoked && progress.phase !== 'gone'}
              revoking={revoking}
              error={revokeError}
              revoke={revoke}
              stop={() => useHandoffStore.getState().stopRevoking()}
              onRevoked={focusNext}
            />
            <SlipButtons userId={handoff.pass.userId} passId={handoff.pass.id} available={secret !== null} />
          </div>
        </div>
        <HandoffQrCodes handoff={handoff} shownPass={shownPass} />
      </div>
      <div className={styles.divider} />
      <HandoffStatus steps={timelineSteps(progress, handoff.pass)} />
      <NotificationPanel userId={handoff.pass.userId} secret={shownPass} />
      {askingToDiscard && <DiscardPassDialog onDiscard={onNextPerson} onKeep={keepPass} />}
    </section>
  );
};
