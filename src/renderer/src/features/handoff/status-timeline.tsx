import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Circle20Regular, Clock20Filled, SubtractCircle20Regular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { Message } from '../../ui/i18n/define-messages';
import { useT } from '../../ui/i18n/translate';
import { useVisuallyHiddenStyles } from '../../ui/visually-hidden';
import type { StepState, TimelineStep } from './handoff-progress';
import { handoffMessages as m } from './messages';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  step: {
    flex: '1 1 14rem',
    minWidth: 0,
    overflowWrap: 'anywhere',
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderTop: `3px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  done: { borderTopColor: tokens.colorPaletteGreenBorderActive },
  current: { borderTopColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
  upcoming: { color: tokens.colorNeutralForeground3 },
  ended: { borderTopColor: tokens.colorNeutralStroke1 },
  icon: { display: 'flex', paddingTop: '1px' },
  doneIcon: { color: tokens.colorPaletteGreenForeground1 },
  currentIcon: { color: tokens.colorBrandForeground1 },
  label: { fontWeight: tokens.fontWeightSemibold },
  detail: { gridColumn: '2', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const stateWords: Record<StepState, Message> = { done: m.stepDone, current: m.stepCurrent, upcoming: m.stepUpcoming, ended: m.stepEnded };

export const StatusTimeline = ({ steps }: { steps: TimelineStep[] }) => {
  const styles = useStyles();
  const t = useT();
  const hidden = useVisuallyHiddenStyles();
  const icons: Record<StepState, ReactElement> = {
    done: <CheckmarkCircle20Filled className={styles.doneIcon} />,
    current: <Clock20Filled className={styles.currentIcon} />,
    upcoming: <Circle20Regular />,
    ended: <SubtractCircle20Regular />,
  };
  return (
    <ol className={styles.list}>
      {steps.map((step) => (
        <li key={step.key} className={mergeClasses(styles.step, styles[step.state])} aria-current={step.state === 'current' ? 'step' : undefined}>
          <span className={styles.icon} aria-hidden>
            {icons[step.state]}
          </span>
          <span>
            <span className={hidden.root}>{t(stateWords[step.state])} </span>
            <span className={styles.label}>{step.label}</span>
          </span>
          {step.detail && <span className={styles.detail}>{step.detail}</span>}
        </li>
      ))}
    </ol>
  );
};
