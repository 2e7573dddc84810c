import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Mail20Regular, Send20Regular } from '@fluentui/react-icons';
import { useEffect, useId, useRef, useState } from 'react';
import { z } from 'zod';
import type { AppError, NotificationDraft } from '../../../../shared';
import { formatLocal } from '../../format/date-time';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { languageName } from '../../ui/display-names';
import { MailPreview } from '../../ui/mail-preview';
import { ccAddresses, useTenantSettingsStore } from '../settings';
import { notifyMessages as m } from './messages';
import { useNotificationStore } from './notification-store';
import { blockerText, closedText, languageSourceText, managerMissingText } from './wording';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  choices: { display: 'grid', gridTemplateColumns: 'minmax(12rem, 16rem) minmax(0, 1fr)', gap: tokens.spacingHorizontalXL, alignItems: 'start' },
  recipients: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, marginLeft: '2rem' },
  headers: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  closed: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const addressList = z.array(z.email());
const mailboxText = (mailbox: NotificationDraft['to'][number]) => (mailbox.name === mailbox.address ? mailbox.address : `${mailbox.name} <${mailbox.address}>`);
const listed = (mailboxes: NotificationDraft['to']) => mailboxes.map(mailboxText).join('; ');

/** A draft main no longer holds (expired, or made under another account) cannot be sent again, only prepared again. */
const needsNewPreview = (error: AppError) => error.reason === 'preview_outdated' || error.reason === 'account_changed';

/** Copy addresses as typed; a new preview is made once they are complete (on leaving the field or Enter). */
const CcField = ({ saved, disabled, onCommit }: { saved: string[]; disabled: boolean; onCommit: (addresses: string[]) => void }) => {
  const t = useT();
  const [text, setText] = useState(saved.join(', '));
  const [invalid, setInvalid] = useState(false);
  const commit = () => {
    const addresses = ccAddresses(text);
    if (!addressList.safeParse(addresses).success) return setInvalid(true);
    setInvalid(false);
    if (addresses.join(',') !== saved.join(',')) onCommit(addresses);
  };
  return (
    <Field label={t(m.copyTo)} validationState={invalid ? 'error' : 'none'} validationMessage={invalid ? t(m.copyToInvalid) : undefined}>
      <Input
        disabled={disabled}
        value={text}
        onChange={(_, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </Field>
  );
};

interface Props {
  userId: string;
  /** The pass while it is still in memory; only used when the tenant lets it into mails for others. */
  secret: string | null;
}

/** The e-mail notice after a pass: prepared with the tenant's defaults, previewed exactly, sent on request. */
export const NotificationPanel = ({ userId, secret }: Props) => {
  const styles = useStyles();
  const t = useT();
  const headingId = useId();
  const enabled = useTenantSettingsStore((state) => state.settings?.notifications.enabled === true);
  const status = useNotificationStore((state) => state.status);
  const draft = useNotificationStore((state) => state.draft);
  const sent = useNotificationStore((state) => state.sent);
  const error = useNotificationStore((state) => state.error);
  const granting = useNotificationStore((state) => state.granting);
  const closedBecause = useNotificationStore((state) => state.closedBecause);
  const { open, change, send, grantAndSend, discard } = useNotificationStore.getState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const locked = status !== 'ready';
  const hasDraft = draft !== null;
  // A preview holding the pass must not outlive the pass on screen (hidden, wiped or revoked).
  useEffect(() => {
    if (secret === null && draft?.containsPass) discard('pass_off_screen');
  }, [secret, draft?.containsPass, discard]);
  // Keyboard users continue where the preview appeared, and then at the outcome.
  useEffect(() => {
    if (hasDraft) headingRef.current?.focus();
  }, [hasDraft]);
  useEffect(() => {
    if (status === 'sent') resultRef.current?.focus();
  }, [status]);

  if (!enabled) return null;

  // It takes the focus from the send button it replaces, so keyboard users stay on the way forward.
  const retryAction = (failed: AppError) => {
    if (failed.code === 'consent_required') {
      return (
        <Button autoFocus disabled={granting} onClick={() => void grantAndSend()}>
          {granting ? t(m.waitingForBrowser) : t(m.grantAndSend)}
        </Button>
      );
    }
    if (needsNewPreview(failed)) {
      return (
        <Button autoFocus onClick={() => void change({}, secret)}>
          {t(m.prepareAgain)}
        </Button>
      );
    }
    return (
      <Button autoFocus onClick={() => void send()}>
        {t(m.tryAgain)}
      </Button>
    );
  };

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t(m.heading)}
      </h3>
      {!draft && closedBecause && <p className={styles.closed}>{t(closedText[closedBecause])}</p>}
      {!draft && (
        <div className={styles.actions}>
          <Button icon={status === 'preparing' ? <Spinner size="tiny" aria-hidden /> : <Mail20Regular />} disabled={status === 'preparing'} onClick={() => void open(userId, secret)}>
            {t(m.prepare)}
          </Button>
        </div>
      )}
      {!draft && error && <ErrorMessage error={error} />}
      {draft && (
        <>
          <div className={styles.choices}>
            <Field label={t(m.language)} hint={t(languageSourceText[draft.languageSource])}>
              <Select
                value={draft.language}
                disabled={locked}
                onChange={(_, data) => void change({ language: data.value }, secret)}
              >
                {draft.languages.map((language) => (
                  <option key={language} value={language}>
                    {t(m.languageOption, { language: languageName(language) ?? language, tag: language })}
                  </option>
                ))}
              </Select>
            </Field>
            <fieldset className={styles.recipients} disabled={locked}>
              <legend className={styles.legend}>{t(m.recipients)}</legend>
              <Checkbox
                label={<span translate="no">{mailboxText(draft.person)}</span>}
                disabled={locked}
                checked={draft.recipients.user}
                onChange={(_, data) => void change({ recipients: { ...draft.recipients, user: data.checked === true } }, secret)}
              />
              {draft.person.viaUserPrincipalName && <span className={styles.note}>{t(m.viaSignInName)}</span>}
              <Checkbox
                label={draft.manager ? t(m.managerMailbox, { mailbox: mailboxText(draft.manager) }) : t(m.manager)}
                disabled={locked || !draft.manager}
                checked={draft.recipients.manager && draft.manager !== null}
                onChange={(_, data) => void change({ recipients: { ...draft.recipients, manager: data.checked === true } }, secret)}
              />
              {draft.managerMissing && <span className={styles.note}>{t(managerMissingText[draft.managerMissing], { name: draft.person.name })}</span>}
              <CcField
                key={draft.recipients.cc.join(',')}
                disabled={locked}
                saved={draft.recipients.cc}
                onCommit={(addresses) => void change({ recipients: { ...draft.recipients, cc: addresses } }, secret)}
              />
            </fieldset>
          </div>
          {draft.containsPass && (
            <MessageBar intent="warning">
              <MessageBarBody>{t(m.containsPass, { name: draft.person.name })}</MessageBarBody>
            </MessageBar>
          )}
          {draft.blockers.map((blocker) => {
            const { message, values } = blockerText(blocker, draft.person.name);
            return (
              <MessageBar key={JSON.stringify(blocker)} intent="warning">
                <MessageBarBody>{t(message, values)}</MessageBarBody>
              </MessageBar>
            );
          })}
          <MailPreview
            subject={draft.subject}
            html={draft.html}
            title={t(m.previewTitle)}
            extraHeaders={
              <p className={styles.headers}>
                {t(draft.from.sharedMailbox ? m.fromSharedMailbox : m.fromYou, { address: draft.from.address })}
                <br />
                {t(m.to, { recipients: listed(draft.to) || '—' })}
                {draft.cc.length > 0 && (
                  <>
                    <br />
                    {t(m.cc, { recipients: listed(draft.cc) })}
                  </>
                )}
              </p>
            }
          />
          {error && <ErrorMessage error={error} action={retryAction(error)} />}
          {status === 'sent' && sent && (
            <div ref={resultRef} tabIndex={-1}>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t(m.accepted, { time: formatLocal(sent.acceptedAt) })}</MessageBarTitle>
                  {t(m.acceptedFor, { recipients: [...sent.to, ...sent.cc].join(', ') })}
                </MessageBarBody>
              </MessageBar>
            </div>
          )}
          {/* After a failed send the error's own action is the one way on, so the mail is not offered twice. */}
          {status !== 'sent' && !error && (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                icon={status === 'sending' ? <Spinner size="tiny" aria-hidden /> : <Send20Regular />}
                disabledFocusable={status !== 'ready' || draft.blockers.length > 0}
                onClick={() => void send()}
              >
                {t(m.send)}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
};
