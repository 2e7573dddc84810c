import { Avatar, Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TapContext } from '../../../../shared';
import { usePanelStyles } from '../../ui/panel';
import { ExistingPassSummary } from './existing-pass-summary';
import { FindingList } from './finding-list';
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

const notSet = 'Not set';

export const UserCard = ({ context }: { context: TapContext }) => {
  const styles = useStyles();
  const panel = usePanelStyles();
  const headingId = useId();
  const { user } = context;
  const guest = user.userType?.toLowerCase() === 'guest';
  const details: [string, string | null][] = [
    ['Job title', user.jobTitle],
    ['Department', user.department],
    ['Usage location', user.usageLocation],
    ['Preferred language', user.preferredLanguage],
    ['Office', user.officeLocation],
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
        />
        <div className={styles.identity}>
          <h2 id={headingId} className={styles.name}>
            {user.displayName}
          </h2>
          <span className={styles.upn}>{user.userPrincipalName}</span>
          <span className={styles.badges}>
            {user.accountEnabled === false ? (
              <Badge appearance="filled" color="danger">
                Disabled
              </Badge>
            ) : (
              <Badge appearance="tint" color="success">
                Enabled
              </Badge>
            )}
            <Badge appearance="tint" color={guest ? 'informative' : 'brand'}>
              {guest ? 'Guest' : 'Member'}
            </Badge>
          </span>
        </div>
      </div>
      <FindingList findings={context.findings} policyReadable={context.policy !== null} />
      <dl className={styles.details}>
        {details.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value ?? notSet}</dd>
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
