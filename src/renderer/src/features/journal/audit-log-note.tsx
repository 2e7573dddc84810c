import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { TenantPasses } from '../../../../shared';
import { ErrorMessage } from '../../ui/errors/error-message';
import { useT } from '../../ui/i18n/translate';
import { journalMessages as m } from './messages';
import { useTenantStore } from './tenant-store';

/** Why the view shows less than the whole tenant, and what would change that. */
export const AuditLogNote = ({ answer }: { answer: TenantPasses }) => {
  const t = useT();
  const consenting = useTenantStore((state) => state.consenting);
  const consentError = useTenantStore((state) => state.consentError);
  const query = useTenantStore((state) => state.query);
  const { consent, load } = useTenantStore.getState();

  return (
    <>
      {answer.auditLog === 'consent_required' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.consentTitle)}</MessageBarTitle>
            {t(m.consentText)}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabledFocusable={consenting}
              icon={consenting ? <Spinner size="extra-tiny" aria-hidden /> : undefined}
              onClick={() => void consent()}
            >
              {t(m.consentButton)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {consentError && <ErrorMessage error={consentError} />}
      {answer.auditLog === 'role_required' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.roleTitle)}</MessageBarTitle>
            {t(m.roleText)}
          </MessageBarBody>
        </MessageBar>
      )}
      {answer.auditLog === 'unavailable' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.unavailableTitle)}</MessageBarTitle>
            {t(m.unavailableText)}
          </MessageBarBody>
          {query && (
            <MessageBarActions>
              <Button onClick={() => void load(query)}>{t(m.tryAgain)}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {answer.truncated && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(m.truncatedTitle)}</MessageBarTitle>
            {t(m.truncatedText)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
};
