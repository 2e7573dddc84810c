import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from './i18n/translate';
import { mailFrameDocument } from './mail-frame-document';
import { uiMessages as m } from './messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  subject: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  frame: { border: 'none', width: '100%', height: '24rem', resize: 'vertical', overflow: 'auto', backgroundColor: '#ffffff' },
});

interface Props {
  subject: string;
  html: string;
  /** Names the preview for assistive technology, e.g. "Preview of the German message". */
  title: string;
  extraHeaders?: React.ReactNode;
}

/** A mail as the recipient will see it: subject line, then the HTML body in a frame that runs no script (empty sandbox). */
export const MailPreview = ({ subject, html, title, extraHeaders }: Props) => {
  const styles = useStyles();
  const t = useT();
  return (
    <figure className={styles.root} aria-label={title} style={{ margin: 0 }}>
      {extraHeaders}
      <p className={styles.subject}>
        <span>{t(m.mailSubject)} </span>
        <span translate="no">{subject}</span>
      </p>
      <iframe className={styles.frame} title={title} sandbox="" srcDoc={mailFrameDocument(html)} />
    </figure>
  );
};
