import { makeStyles, tokens } from '@fluentui/react-components';
import { useT } from './i18n/translate';
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

// The mail's own look, as most mail clients start from; the body never runs script (empty sandbox).
const frameDocument = (html: string) =>
  `<!doctype html><html translate="no"><head><meta charset="utf-8"><style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;color:#111;margin:12px;overflow-wrap:anywhere}</style></head><body>${html}</body></html>`;

interface Props {
  subject: string;
  html: string;
  /** Names the preview for assistive technology, e.g. "Preview of the German message". */
  title: string;
  extraHeaders?: React.ReactNode;
}

/** A mail as the recipient will see it: subject line, then the HTML body in a script-less frame. */
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
      <iframe className={styles.frame} title={title} sandbox="" srcDoc={frameDocument(html)} />
    </figure>
  );
};
