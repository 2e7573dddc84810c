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
import type { LanguageSource, NotificationDraft } from '../../../../shared';
import { ErrorMessage } from '../../ui/errors/error-message';
import { languageName } from '../../ui/language-name';
import { MailPreview } from '../../ui/mail-preview';
import { ccAddresses, useTenantSettingsStore } from '../settings';
import { useNotificationStore } from './notification-store';

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

const reasons: Record<LanguageSource, string> = {
  preferredLanguage: 'Chosen from their preferred language.',
  usageLocation: 'Chosen from their usage location.',
  tenantDefault: "The tenant's default language.",
  fallback: 'No template matches their language; the first one is used.',
  chosen: 'Chosen by you.',
};

const addressList = z.array(z.email());
const listed = (mailboxes: NotificationDraft['to']) => mailboxes.map((mailbox) => (mailbox.name === mailbox.address ? mailbox.address : `${mailbox.name} <${mailbox.address}>`)).join('; ');

/** Copy addresses as typed; a new preview is made once they are complete (on leaving the field or Enter). */
const CcField = ({ saved, disabled, onCommit }: { saved: string[]; disabled: boolean; onCommit: (addresses: string[]) => void }) => {
  const [text, setText] = useState(saved.join(', '));
  const [error, setError] = useState<string | undefined>();
  const commit = () => {
    const addresses = ccAddresses(text);
    if (!addressList.safeParse(addresses).success) return setError('Enter e-mail addresses separated by commas');
    setError(undefined);
    if (addresses.join(',') !== saved.join(',')) onCommit(addresses);
  };
  return (
    <Field label="Copy to (CC)" validationState={error ? 'error' : 'none'} validationMessage={error}>
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
    if (secret === null && draft?.containsPass) discard('The notice held the pass, so it was closed with the pass. Show the pass to prepare it again.');
  }, [secret, draft?.containsPass, discard]);
  // Keyboard users continue where the preview appeared, and then at the outcome.
  useEffect(() => {
    if (hasDraft) headingRef.current?.focus();
  }, [hasDraft]);
  useEffect(() => {
    if (status === 'sent') resultRef.current?.focus();
  }, [status]);

  if (!enabled) return null;

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        E-mail notice
      </h3>
      {!draft && closedBecause && <p className={styles.closed}>{closedBecause}</p>}
      {!draft && (
        <div className={styles.actions}>
          <Button icon={status === 'preparing' ? <Spinner size="tiny" aria-hidden /> : <Mail20Regular />} disabled={status === 'preparing'} onClick={() => void open(userId, secret)}>
            Prepare e-mail notice…
          </Button>
        </div>
      )}
      {!draft && error && <ErrorMessage error={error} />}
      {draft && (
        <>
          <div className={styles.choices}>
            <Field label="Language" hint={reasons[draft.languageSource]}>
              <Select
                value={draft.language}
                disabled={locked}
                onChange={(_, data) => void change({ language: data.value }, secret)}
              >
                {draft.languages.map((language) => (
                  <option key={language} value={language}>
                    {`${languageName(language)} (${language})`}
                  </option>
                ))}
              </Select>
            </Field>
            <fieldset className={styles.recipients} disabled={locked}>
              <legend className={styles.legend}>Recipients</legend>
              <Checkbox
                label={`${draft.person.name} <${draft.person.address}>`}
                disabled={locked}
                checked={draft.recipients.user}
                onChange={(_, data) => void change({ recipients: { ...draft.recipients, user: data.checked === true } }, secret)}
              />
              {draft.person.viaUserPrincipalName && <span className={styles.note}>No mail address is set; their sign-in name is used instead.</span>}
              <Checkbox
                label={draft.manager ? `Manager: ${draft.manager.name} <${draft.manager.address}>` : 'Manager'}
                disabled={locked || !draft.manager}
                checked={draft.recipients.manager && draft.manager !== null}
                onChange={(_, data) => void change({ recipients: { ...draft.recipients, manager: data.checked === true } }, secret)}
              />
              {draft.managerNote && <span className={styles.note}>{draft.managerNote}</span>}
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
              <MessageBarBody>This mail contains the pass. Anyone who can read it can sign in as {draft.person.name}.</MessageBarBody>
            </MessageBar>
          )}
          {draft.blockers.map((blocker) => (
            <MessageBar key={blocker} intent="warning">
              <MessageBarBody>{blocker}</MessageBarBody>
            </MessageBar>
          ))}
          <MailPreview
            subject={draft.subject}
            html={draft.html}
            title="The notice exactly as it will be sent"
            extraHeaders={
              <p className={styles.headers}>
                From: {draft.from.address}
                {draft.from.sharedMailbox ? ' (shared mailbox)' : ' (you)'}
                <br />
                To: {listed(draft.to) || '—'}
                {draft.cc.length > 0 && (
                  <>
                    <br />
                    Cc: {listed(draft.cc)}
                  </>
                )}
              </p>
            }
          />
          {error && (
            <ErrorMessage
              error={error}
              action={
                error.code === 'consent_required' ? (
                  <Button disabled={granting} onClick={() => void grantAndSend()}>
                    {granting ? 'Waiting for the browser…' : 'Grant permission and send'}
                  </Button>
                ) : (
                  <Button onClick={() => void send()}>Try again</Button>
                )
              }
            />
          )}
          {status === 'sent' && sent ? (
            <div ref={resultRef} tabIndex={-1}>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>Accepted by Exchange Online at {new Date(sent.acceptedAt).toLocaleTimeString()}</MessageBarTitle>
                  For {[...sent.to, ...sent.cc].join(', ')}. Microsoft Graph confirms acceptance, not delivery: if it does not arrive, check the
                  message trace.
                </MessageBarBody>
              </MessageBar>
            </div>
          ) : (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                icon={status === 'sending' ? <Spinner size="tiny" aria-hidden /> : <Send20Regular />}
                disabledFocusable={status !== 'ready' || draft.blockers.length > 0}
                onClick={() => void send()}
              >
                Send notice
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
};
