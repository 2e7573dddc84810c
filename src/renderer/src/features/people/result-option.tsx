import { Avatar, Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { UserSummary } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { peopleMessages as m } from './messages';

const useStyles = makeStyles({
  option: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid transparent`,
    cursor: 'pointer',
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThin})`,
  },
  chosen: { borderLeftColor: tokens.colorBrandStroke1 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1 },
  name: { fontWeight: tokens.fontWeightSemibold },
  line: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexShrink: 0 },
});

interface Props {
  id: string;
  user: UserSummary;
  active: boolean;
  chosen: boolean;
  onChoose: () => void;
  onHover: () => void;
}

const isGuest = (user: UserSummary) => user.userType?.toLowerCase() === 'guest';

export const ResultOption = ({ id, user, active, chosen, onChoose, onHover }: Props) => {
  const styles = useStyles();
  const t = useT();
  const role = [user.jobTitle, user.department].filter(Boolean).join(' · ');
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={mergeClasses(styles.option, active && styles.active, chosen && styles.chosen)}
      // Keeps focus in the search box, where the keyboard works the list.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={active ? undefined : onHover}
    >
      <Avatar name={user.displayName} color="colorful" size={32} aria-hidden translate="no" />
      <span className={styles.text} translate="no">
        <span className={styles.name}>{user.displayName}</span>
        <span className={styles.line}>{user.userPrincipalName}</span>
        {role && <span className={styles.line}>{role}</span>}
      </span>
      <span className={styles.badges}>
        {user.accountEnabled === false && (
          <Badge appearance="tint" color="danger">
            {t(m.disabledBadge)}
          </Badge>
        )}
        {isGuest(user) && (
          <Badge appearance="tint" color="informative">
            {t(m.guestBadge)}
          </Badge>
        )}
      </span>
    </div>
  );
};
