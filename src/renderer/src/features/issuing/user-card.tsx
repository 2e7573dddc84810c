import { Avatar, Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TapContext } from '../../../../shared';
import type { Message } from '../../ui/i18n/define-messages';
import { useT } from '../../ui/i18n/translate';
import { usePanelStyles } from '../../ui/panel';
import { useSessionStore } from '../accounts';
import { ExistingPassSummary } from './existing-pass-summary';
import { FindingList } from './finding-list';
import { issuingMessages as m } from './messages';
import { MethodList } from './method-list';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL },
  identity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  upn: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  details: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  sections: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalL },
});

export const UserCard = ({ context }: { context: TapContext }) => {
  const styles = useStyles();
  const t = useT();
  const panel = usePanelStyles();
  const headingId = useId();
  const desk = useSessionStore((state) => state.session?.desk);
  const { user } = context;
  const guest = user.userType?.toLowerCase() === 'guest';
  const details: [Message, string | null][] = [
    [m.jobTitle, user.jobTitle],
    [m.department, user.department],
    [m.usageLocation, user.usageLocation],
    [m.preferredLanguage, user.preferredLanguage],
    [m.office, user.officeLocation],
  ];

  return (
    <section aria-labelledby={headingId} className={panel.root}>
      <div className={styles.header}>
        <Avatar
          name={user.displayName}
          color="colorful"
          size={64}
          image={context.photoDataUrl ? { src: context.photoDataUrl, alt: '' } : undefined}
          aria-hidden
          translate="no"
        />
        <div className={styles.identity}>
          <h2 id={headingId} className={styles.name} translate="no">
            {user.displayName}
          </h2>
          <span className={styles.upn} translate="no">{user.userPrincipalName}</span>
          <span className={styles.badges}>
            {user.accountEnabled === false ? (
              <Badge appearance="filled" color="danger">
                {t(m.accountDisabled)}
              </Badge>
            ) : (
              <Badge appearance="tint" color="success">
                {t(m.accountEnabled)}
              </Badge>
            )}
            <Badge appearance="tint" color={guest ? 'informative' : 'brand'}>
              {t(guest ? m.guest : m.member)}
            </Badge>
          </span>
        </div>
      </div>
      <FindingList findings={context.findings} policyReadable={context.policy !== null} desk={desk} />
      <dl className={styles.details}>
        {details.map(([term, value]) => (
          <div key={term.id} className={styles.pair}>
            <dt className={styles.term}>{t(term)}</dt>
            <dd className={styles.value}>{value === null ? t(m.notSet) : <span translate="no">{value}</span>}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.sections}>
        <ExistingPassSummary pass={context.existingPass} visible={context.methods !== null} userId={user.id} displayName={user.displayName} />
        <MethodList methods={context.methods} />
      </div>
    </section>
  );
};
