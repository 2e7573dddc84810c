import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { AuthMethod } from '../../../../shared';
import { useT } from '../../ui/i18n/translate';
import { methodKindOf } from '../../ui/method-name';
import { issuingMessages as m } from './messages';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  muted: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
});

/** Between a method's kind and its device: punctuation, the same in every language. */
const SEPARATOR = ' · ';

const MethodName = ({ method }: { method: AuthMethod }) => {
  const t = useT();
  const name = methodKindOf(method);
  // A kind this version does not know is named as main sends it.
  if (!name) return <span translate="no">{method.label}</span>;
  // The device, number or address that tells two methods of one kind apart is data, kept as main sends it.
  const { device } = method;
  return (
    <>
      {t(name)}
      {device && (
        <>
          {SEPARATOR}
          <span translate="no">{device}</span>
        </>
      )}
    </>
  );
};

/** `methods` is null when the technician's role may not see them. */
export const MethodList = ({ methods }: { methods: AuthMethod[] | null }) => {
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t(m.methodsHeading)}
      </h3>
      {methods === null && <span className={styles.muted}>{t(m.methodsHidden)}</span>}
      {methods?.length === 0 && <span className={styles.muted}>{t(m.methodsNone)}</span>}
      {methods && methods.length > 0 && (
        <ul className={styles.list}>
          {methods.map((method) => (
            <li key={method.id}>
              <MethodName method={method} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
