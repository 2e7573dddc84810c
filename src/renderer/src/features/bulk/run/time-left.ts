import { formatMinutes } from '../../../format/duration';
import { translate } from '../../../ui/i18n/translate';
import { bulkMessages as m } from '../messages';

/** "About 2 minutes left", from main's estimate; rounded to whole minutes, since the pace changes as it goes. */
export const timeLeftText = (secondsLeft: number | null): string => {
  if (secondsLeft === null) return translate(m.timeLeftUnknown);
  if (secondsLeft < 60) return translate(m.timeLeftUnderMinute);
  return translate(m.timeLeft, { duration: formatMinutes(Math.round(secondsLeft / 60)) });
};
