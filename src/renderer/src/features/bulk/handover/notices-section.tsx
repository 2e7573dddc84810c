import { Badge, Button, Field, Radio, RadioGroup, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Eye20Regular, Send20Regular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import type { CohortNoticeBlock, CohortNoticePreview, CohortNoticeRecipient, CohortNoticeResult } from '../../../../../shared';
import { formatLocal } from '../../../format/date-time';
import { languageName } from '../../../ui/display-names';
import { ErrorMessage } from '../../../ui/errors/error-message';
import { errorTitleOf } from '../../../ui/errors/error-text';
import type { Message } from '../../../ui/i18n/define-messages';
import { useT } from '../../../ui/i18n/translate';
import { MailPreview } from '../../../ui/mail-preview';
import { bulkMessages as m } from '../messages';
import { nameOf, type HandoverRow } from './handover-rows';
import { sendableLines, useNoticesStore } from './notices-store';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  headers: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  headerLine: { display: 'block' },
  list: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '50vh', overflowY: 'auto' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const blockText: Record<CohortNoticeBlock, Message> = {
  no_manager: m.blockNoManager,
  manager_unreadable: m.blockManagerUnreadable,
  manager_not_asked: m.blockManagerNotAsked,
  no_mailbox: m.blockNoMailbox,
  no_template: m.blockNoTemplate,
  template_uses_pass: m.blockTemplateUsesPass,
  not_issued: m.blockNotIssued,
};

const resultColour = { sent: 'success', blocked: 'warning', failed: 'danger' } as const;

type Mailbox = CohortNoticePreview['rows'][number]['to'][number];

/** A mailbox as mail clients show it; a name that is only the address again is not repeated. */
const mailboxText = ({ name, address }: Mailbox): string => (name === '' || name === address ? address : `${name} <${address}>`);

/** How one row's notice went; a block is worded on the row already, from the preview. */
const ResultLine = ({ result }: { result: CohortNoticeResult }) => {
  const t = useT();
  const detail =
    result.outcome === 'sent' && result.acceptedAt
      ? t(m.noticeAccepted, { time: formatLocal(result.acceptedAt) })
      : result.outcome === 'failed' && result.error
        ? t(errorTitleOf(result.error.code))
        : null;
  return (
    <>
      <Badge appearance="tint" color={resultColour[result.outcome]}>
        {t(m.noticeOutcome, { outcome: result.outcome })}
      </Badge>
      {detail && <span>{detail}</span>}
    </>
  );
};

/** Each person's notice, without the pass: to their manager or to them, previewed once, then sent row by row. */
export const NoticesSection = ({ cohortId, rows }: { cohortId: string; rows: HandoverRow[] }) => {
  const styles = useStyles();
  const t = useT();
  const recipient = useNoticesStore((state) => state.recipient);
  const status = useNoticesStore((state) => state.status);
  const preview = useNoticesStore((state) => state.preview);
  const results = useNoticesStore((state) => state.results);
  const error = useNoticesStore((state) => state.error);
  const { setRecipient, previewNotices, send } = useNoticesStore.getState();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const byLine = new Map(rows.map((row) => [row.line, row]));
  const resultOf = new Map((results ?? []).map((result) => [result.line, result]));
  const count = sendableLines(preview).length;
  const sample = preview?.sample ?? null;
  const sampleRow = sample ? byLine.get(sample.line) : undefined;

  // Keyboard users land on the outcome once the notices have gone.
  useEffect(() => {
    if (status === 'sent') resultRef.current?.focus();
  }, [status]);

  return (
    <div className={styles.root}>
      <Field label={t(m.recipientLabel)}>
        <RadioGroup value={recipient} disabled={status === 'sending'} onChange={(_, data) => setRecipient(data.value as CohortNoticeRecipient)}>
          <Radio value="manager" label={t(m.recipientManager)} />
          <Radio value="person" label={t(m.recipientPerson)} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button
          icon={status === 'previewing' ? <Spinner size="tiny" aria-hidden /> : <Eye20Regular />}
          disabledFocusable={status === 'previewing' || status === 'sending'}
          onClick={() => void previewNotices(cohortId)}
        >
          {t(m.previewNotices)}
        </Button>
      </div>
      {error && <ErrorMessage error={error} />}
      {preview && (
        <>
          {sample ? (
            <MailPreview
              subject={sample.subject}
              html={sample.html}
              title={t(m.previewTitle, { name: sampleRow ? nameOf(sampleRow) : '' })}
              extraHeaders={
                <p className={styles.headers}>
                  <span className={styles.headerLine}>{t(sample.from.sharedMailbox ? m.fromShared : m.fromYou, { address: sample.from.address })}</span>
                  <span className={styles.headerLine}>{t(m.sampleLanguage, { language: languageName(sample.language) ?? sample.language })}</span>
                </p>
              }
            />
          ) : (
            <p className={styles.note}>{t(m.noSample)}</p>
          )}
          <ul className={styles.list} aria-label={t(m.planLabel)}>
            {preview.rows.map((plan) => {
              const row = byLine.get(plan.line);
              const result = resultOf.get(plan.line);
              return (
                <li key={plan.line} className={styles.item}>
                  <span className={styles.name} translate="no">
                    {row ? nameOf(row) : plan.line}
                  </span>
                  {plan.block ? (
                    <span>{t(blockText[plan.block], { language: languageName(plan.language) ?? plan.language })}</span>
                  ) : (
                    <span>{t(m.noticeTo, { recipients: plan.to.map(mailboxText).join('; ') })}</span>
                  )}
                  {result && <ResultLine result={result} />}
                </li>
              );
            })}
          </ul>
          {status === 'sent' && results ? (
            <p ref={resultRef} tabIndex={-1} className={styles.note}>
              {t(m.noticesSent, { sent: results.filter((result) => result.outcome === 'sent').length, notSent: results.filter((result) => result.outcome !== 'sent').length })}
            </p>
          ) : (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                icon={status === 'sending' ? <Spinner size="tiny" aria-hidden /> : <Send20Regular />}
                disabledFocusable={status !== 'ready' || count === 0}
                onClick={() => void send(cohortId)}
              >
                {t(m.sendNotices, { count })}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
};
