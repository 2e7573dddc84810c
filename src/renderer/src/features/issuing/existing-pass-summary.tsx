import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ExistingPass } from '../../../../shared';
import { formatMinutes } from '../../format/duration';
import { useT } from '../../ui/i18n/translate';
import { ExistingPassRevoke } from './existing-pass-revoke';
import { describeExistingPass } from './existing-pass-state';
import { issuingMessages as m } from './messages';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** `visible` is false when the technician's role may not see this person's methods, passes included. */
export const ExistingPassSummary = ({ pass, visible, userId, displayName }: { pass: ExistingPass | null; visible: boolean; userId: string; displayName: string }) => {
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const state = pass ? describeExistingPass(pass) : null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t(m.existingPassHeading)}
      </h3>
      <div className={styles.body}>
        {pass && state ? (
          <>
            <span>
              <Badge appearance="tint" color={state.color}>
                {state.label}
              </Badge>
            </span>
            <span>{state.detail}</span>
            <span className={styles.muted}>
              {t(pass.isUsableOnce ? m.existingPassOneTime : m.existingPassMultiUse, { lifetime: formatMinutes(pass.lifetimeInMinutes) })}
            </span>
            <span>
              <ExistingPassRevoke userId={userId} passId={pass.id} displayName={displayName} />
            </span>
          </>
        ) : (
          <span className={styles.muted}>{t(visible ? m.existingPassNone : m.existingPassHidden)}</span>
        )}
      </div>
    </section>
  );
};
