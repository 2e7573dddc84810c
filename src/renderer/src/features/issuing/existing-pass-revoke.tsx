import { useState } from 'react';
import type { AppError } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { translate } from '../../ui/i18n/translate';
import { RevokePassButton } from '../handoff';
import { issuingMessages as m } from './messages';
import { useSelectionStore } from './selection-store';

/** Revoking later, from the person's card: the pass may have been issued at another desk or long ago. */
export const ExistingPassRevoke = ({ userId, passId, displayName }: { userId: string; passId: string; displayName: string }) => {
  const [revoking, setRevoking] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const revoke = async () => {
    setRevoking(true);
    const result = await getApi().revokePass({ userId, passId });
    setRevoking(false);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    announce(translate(m.passRevoked, { name: displayName }));
    await useSelectionStore.getState().retry();
    return true;
  };

  const stop = () => void getApi().cancelTap({ userId });
  return <RevokePassButton displayName={displayName} available={!revoking} revoking={revoking} error={error} revoke={revoke} stop={stop} />;
};
