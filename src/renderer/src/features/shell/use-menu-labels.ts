import { useEffect } from 'react';
import { getApi } from '../../api';
import { useT } from '../../ui/i18n/translate';
import { menuLabels } from './menu-labels';

/**
 * Main builds the application menu from the renderer's words: they are sent once the UI has a language, and again
 * whenever it changes. A refusal leaves the menu in its last words, so nothing is shown for it.
 */
export const useMenuLabels = (): void => {
  const t = useT();
  useEffect(() => {
    void getApi().setMenuLabels(menuLabels(t));
  }, [t]);
};
