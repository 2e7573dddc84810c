import { Button, Label, Select, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentPdf20Regular, Print20Regular, Warning16Filled } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../../shared';
import { getApi } from '../../api';
import { announce } from '../../ui/announcer-store';
import { endonym } from '../../ui/display-names';
import { errorText } from '../../ui/errors/error-text';
import type { Message } from '../../ui/i18n/define-messages';
import { translate, useT } from '../../ui/i18n/translate';
import { handoffMessages as m } from './messages';
import { SavePdfDialog } from './save-pdf-dialog';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', minWidth: 0 },
  language: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  warning: {
    display: 'inline-flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  warningIcon: { flexShrink: 0, marginTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

type Output = 'print' | 'pdf';

/** What became of the last slip, worded when shown so it follows the UI language. */
type Outcome = { kind: 'nothing' } | { kind: 'printed' } | { kind: 'saved'; path: string };

interface SlipLanguages {
  languages: string[];
  chosen: string;
}


const outcomeMessage = (outcome: Outcome): [Message, Record<string, string>?] =>
  outcome.kind === 'saved' ? [m.slipSaved, { path: outcome.path }] : [outcome.kind === 'printed' ? m.slipPrinted : m.slipNothingDone];

/**
 * The printed slip carries the pass, so it can only be made while the pass is still in memory
 * (`available` is false once wiped). Main renders it with the pass it issued, named by id, in the language main
 * would choose for the person unless the technician picks another; nothing is written unless a PDF is saved, and
 * the technician is told what that file holds before the save dialog opens.
 */
export const SlipButtons = ({ userId, passId, available }: { userId: string; passId: string; available: boolean }) => {
  const styles = useStyles();
  const t = useT();
  const languageId = useId();
  const [busy, setBusy] = useState<Output | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [slipLanguages, setSlipLanguages] = useState<SlipLanguages | null>(null);
  const [askingPdf, setAskingPdf] = useState(false);

  // Without an answer there is no picker, and main chooses the language by itself.
  useEffect(() => {
    let current = true;
    void getApi()
      .slipLanguages({ userId })
      .then((result) => {
        if (current && result.ok) setSlipLanguages({ languages: result.value.languages, chosen: result.value.automatic });
      });
    return () => {
      current = false;
    };
  }, [userId]);

  const make = async (output: Output) => {
    if (!available || busy) return;
    setBusy(output);
    const language = slipLanguages?.chosen;
    const result = await getApi().printSlip({ userId, passId, output, ...(language ? { language } : {}) });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      setOutcome(null);
      announce(errorText[result.error.code].title);
      return;
    }
    setError(null);
    const { done, savedTo } = result.value;
    const next: Outcome = !done ? { kind: 'nothing' } : savedTo ? { kind: 'saved', path: savedTo } : { kind: 'printed' };
    setOutcome(next);
    const said = translate(...outcomeMessage(next));
    // Saying it as the file is written: the PDF holds the pass for as long as it is kept.
    announce(next.kind === 'saved' ? `${said} ${translate(m.pdfHoldsPass)}` : said);
  };

  return (
    <span className={styles.root}>
      <Button icon={<Print20Regular />} disabledFocusable={!available || busy !== null} onClick={() => void make('print')}>
        {t(m.printSlip)}
      </Button>
      <Button icon={<DocumentPdf20Regular />} disabledFocusable={!available || busy !== null} onClick={() => setAskingPdf(true)}>
        {t(m.saveSlipAsPdf)}
      </Button>
      {slipLanguages && (
        <span className={styles.language}>
          <Label htmlFor={languageId} size="small">
            {t(m.slipLanguage)}
          </Label>
          <Select
            id={languageId}
            size="small"
            value={slipLanguages.chosen}
            disabled={!available}
            onChange={(_, data) => setSlipLanguages({ ...slipLanguages, chosen: data.value })}
          >
            {slipLanguages.languages.map((language) => (
              <option key={language} value={language} lang={language} translate="no">
                {endonym(language)}
              </option>
            ))}
          </Select>
        </span>
      )}
      {error ? (
        <span className={styles.error}>{errorText[error.code].title}</span>
      ) : (
        outcome && <span className={styles.note}>{t(...outcomeMessage(outcome))}</span>
      )}
      {outcome?.kind === 'saved' && !error && (
        <span className={styles.warning} role="note">
          <Warning16Filled className={styles.warningIcon} aria-hidden />
          {t(m.pdfHoldsPass)}
        </span>
      )}
      {askingPdf && available && (
        <SavePdfDialog
          onSave={() => {
            setAskingPdf(false);
            void make('pdf');
          }}
          onCancel={() => setAskingPdf(false)}
        />
      )}
    </span>
  );
};
