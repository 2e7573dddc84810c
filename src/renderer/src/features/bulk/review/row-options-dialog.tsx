import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckedRow, LifetimeRange } from '../../../../../shared';
import { formatLifetimeRange, formatMinutes } from '../../../format/duration';
import { useT } from '../../../ui/i18n/translate';
import type { ResolvedBatch } from './batch-options';
import type { RowOwnOptions } from './issue-rows';
import { reviewMessages as m } from './messages';
import { ownOptionsFrom, rowFormOf, rowProblemsOf, type RowOptionsForm } from './row-options-form';
import { useReturnFocus } from './use-return-focus';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  person: { margin: 0, overflowWrap: 'anywhere' },
  actions: { flexWrap: 'wrap' },
});

interface Props {
  row: CheckedRow;
  own: RowOwnOptions;
  range: LifetimeRange;
  batch: ResolvedBatch | null;
  /** The row's own options, which replace what the list said for it. */
  onSave: (own: RowOwnOptions) => void;
  onClose: () => void;
}

/** Lifetime, one-time and start for one person, each the batch's unless set here; Enter saves. */
export const RowOptionsDialog = ({ row, own, range, batch, onSave, onClose }: Props) => {
  const styles = useStyles();
  const t = useT();
  useReturnFocus();
  const [form, setForm] = useState(() => rowFormOf(own));
  const [tried, setTried] = useState(false);
  const update = (patch: Partial<RowOptionsForm>) => setForm((current) => ({ ...current, ...patch }));
  const problems = rowProblemsOf(form, range, new Date());
  const lifetimeError = !tried || !problems.lifetime ? undefined : problems.lifetime === 'not_whole' ? t(m.lifetimeNotWhole, { unit: 'minutes' }) : t(m.lifetimeOutOfRange, { range: formatLifetimeRange(range) });
  const startError = !tried || !problems.start ? undefined : t(problems.start === 'missing' ? m.startMissing : m.startInPast);
  const forced = batch?.oneTimeForced ?? false;

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTried(true);
            if (!problems.lifetime && !problems.start) onSave(ownOptionsFrom(form));
          }}
        >
          <DialogBody>
            <DialogTitle>{t(m.rowDialogTitle, { line: row.line })}</DialogTitle>
            <DialogContent className={styles.form}>
              {row.person && (
                <p className={styles.person} translate="no">
                  {row.person.displayName} · {row.person.userPrincipalName}
                </p>
              )}
              <Field label={t(m.rowLifetime)}>
                <Select value={form.lifetime} onChange={(_, data) => update({ lifetime: data.value as RowOptionsForm['lifetime'] })}>
                  <option value="batch">{batch ? t(m.rowLifetimeBatch, { duration: formatMinutes(batch.lifetimeInMinutes) }) : t(m.asBatch)}</option>
                  <option value="own">{t(m.rowLifetimeOwn)}</option>
                </Select>
              </Field>
              {form.lifetime === 'own' && (
                <Field
                  label={t(m.rowLifetimeMinutes)}
                  validationState={lifetimeError ? 'error' : 'none'}
                  validationMessage={lifetimeError}
                  hint={lifetimeError ? undefined : formatLifetimeRange(range)}
                >
                  <Input type="number" inputMode="numeric" min={range.minimumLifetimeInMinutes} max={range.maximumLifetimeInMinutes} step={1} value={form.minutesText} onChange={(_, data) => update({ minutesText: data.value })} />
                </Field>
              )}
              <Field label={t(m.rowOneTime)} hint={forced ? t(m.oneTimeForced) : undefined}>
                <Select value={forced ? 'batch' : form.once} disabled={forced} onChange={(_, data) => update({ once: data.value as RowOptionsForm['once'] })}>
                  <option value="batch">{t(m.rowOneTimeBatch, { once: batch?.isUsableOnce ? 'yes' : 'no' })}</option>
                  <option value="once">{t(m.rowOneTimeOnce)}</option>
                  <option value="multi">{t(m.rowOneTimeMulti)}</option>
                </Select>
              </Field>
              <Field label={t(m.rowStart)}>
                <Select value={form.start} onChange={(_, data) => update({ start: data.value as RowOptionsForm['start'] })}>
                  <option value="batch">{t(m.asBatch)}</option>
                  <option value="now">{t(m.rowStartNow)}</option>
                  <option value="at">{t(m.rowStartAt)}</option>
                </Select>
              </Field>
              {form.start === 'at' && (
                <Field label={t(m.startTime)} validationState={startError ? 'error' : 'none'} validationMessage={startError}>
                  <Input type="datetime-local" value={form.startLocal} onChange={(_, data) => update({ startLocal: data.value })} />
                </Field>
              )}
            </DialogContent>
            <DialogActions className={styles.actions}>
              <Button type="submit" appearance="primary">
                {t(m.save)}
              </Button>
              <Button onClick={() => onSave({})}>{t(m.useBatch)}</Button>
              <Button onClick={onClose}>{t(m.cancel)}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
};
