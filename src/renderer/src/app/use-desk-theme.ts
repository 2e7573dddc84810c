import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { ThemeChoice } from '../../../shared';

const mediaFlag = (query: string) => {
  const media = window.matchMedia(query);
  return {
    subscribe: (onChange: () => void) => {
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    read: () => media.matches,
  };
};

const forcedColours = mediaFlag('(forced-colors: active)');
const prefersDark = mediaFlag('(prefers-color-scheme: dark)');

export type DeskTheme = Exclude<ThemeChoice, 'system'>;

const themes: Record<DeskTheme, Theme> = { light: webLightTheme, dark: webDarkTheme, 'high-contrast': teamsHighContrastTheme };

/** The technician's theme, or the OS's (forced colours first, then dark or light), following OS changes live. */
export const useDeskTheme = (choice: ThemeChoice): { name: DeskTheme; theme: Theme } => {
  const forced = useSyncExternalStore(forcedColours.subscribe, forcedColours.read);
  const dark = useSyncExternalStore(prefersDark.subscribe, prefersDark.read);
  const name: DeskTheme = choice !== 'system' ? choice : forced ? 'high-contrast' : dark ? 'dark' : 'light';
  return { name, theme: themes[name] };
};
