import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRight20Regular, Eye20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { addMinutes, formatLocal } from '../../format/date-time';
import { formatMinutes } from '../../format/duration';
import type { ShownPass } from '../../stores/create-pass-store';
import { clearWorkspace } from '../../stores/workspace';
import { PassCharacters } from './pass-characters';

/** Someone may walk away from the desk with the pass still on screen. */
export const PASS_VISIBLE_MS = 3 * 60_000;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow8,
    textAlign: 'center',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  pass: {
    fontFamily: "'Cascadia Mono', Consolas, 'DejaVu Sans Mono', 'Liberation Mono', ui-monospace, monospace",
    fontSize: '48px',
    lineHeight: '1.2',
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.18em',
    fontVariantNumeric: 'slashed-zero',
    fontVariantLigatures: 'none',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusLarge,
    // No free-form copying: a copied pass would sit in the clipboard with nothing to clear it.
    userSelect: 'none',
    overflowWrap: 'anywhere',
  },
  hidden: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase500, letterSpacing: 'normal' },
  legend: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  validity: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    textAlign: 'left',
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

export const PassDisplay = ({ shown }: { shown: ShownPass }) => {
  const styles = useStyles();
  const headingId = useId();
  const nextRef = useRef<HTMLButtonElement>(null);
  const [hidden, setHidden] = useState(false);
  const { pass, displayName } = shown;
  const start = pass.startDateTime ?? pass.createdDateTime;
  const validity: [string, string][] = [
    ['Starts', start ? formatLocal(start) : 'Now'],
    ['Expires', start ? formatLocal(addMinutes(start, pass.lifetimeInMinutes)) : `${formatMinutes(pass.lifetimeInMinutes)} from now`],
    ['Use', pass.isUsableOnce ? 'One sign-in only' : 'Any number of sign-ins until it expires'],
  ];

  useEffect(() => {
    nextRef.current?.focus();
  }, []);

  useEffect(() => {
    if (hidden) return undefined;
    const timer = setTimeout(() => setHidden(true), PASS_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [hidden]);

  return (
    // Escape counts only inside the pass view: closing a header menu must not throw the pass away.
    <section
      aria-labelledby={headingId}
      className={styles.root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) clearWorkspace();
      }}
    >
      <h2 id={headingId} className={styles.heading}>
        Pass for {displayName}
      </h2>
      <div role="group" aria-label="Temporary Access Pass" className={styles.pass}>
        {hidden ? <span className={styles.hidden}>Hidden after {formatMinutes(PASS_VISIBLE_MS / 60_000)}</span> : <PassCharacters value={pass.temporaryAccessPass} />}
      </div>
      {!hidden && <span className={styles.legend}>Digits are blue, symbols red, letters black.</span>}
      <dl className={styles.validity}>
        {validity.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      {pass.replacedPassId && <span className={styles.legend}>The previous pass no longer works.</span>}
      <div className={styles.actions}>
        {hidden && (
          <Button icon={<Eye20Regular />} onClick={() => setHidden(false)}>
            Show pass
          </Button>
        )}
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
          onClick={clearWorkspace}
        >
          Next person
        </Button>
      </div>
    </section>
  );
};
