import { Button, Menu, MenuGroup, MenuGroupHeader, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, Tooltip, type MenuProps } from '@fluentui/react-components';
import { LocalLanguage20Regular } from '@fluentui/react-icons';
import { themeChoices, uiLanguages, type Preferences, type ThemeChoice } from '../../../../shared';
import { endonym } from '../../ui/display-names';
import { osUiLocale } from '../../ui/i18n/ui-locale';
import { useT } from '../../ui/i18n/translate';
import { preferencesMessages as m } from './messages';
import { usePreferencesStore } from './preferences-store';


const themeLabel = { system: m.systemTheme, light: m.light, dark: m.dark, 'high-contrast': m.highContrast } satisfies Record<ThemeChoice, unknown>;

/**
 * The technician's language and theme; both apply at once and are kept for the next start. `compact` shows
 * the icon alone, named by its tooltip, where the header is short of room.
 */
export const PreferencesMenu = ({ compact = false }: { compact?: boolean }) => {
  const t = useT();
  const preferences = usePreferencesStore((state) => state.preferences);
  const choose = usePreferencesStore((state) => state.choose);
  const checked = { language: [preferences.language], theme: [preferences.theme] };
  const onChange: MenuProps['onCheckedValueChange'] = (_event, { name, checkedItems }) => {
    const value = checkedItems[0];
    if (value === undefined) return;
    void choose({ [name]: value } as Partial<Preferences>);
  };
  const osLanguage = osUiLocale(navigator.languages);

  return (
    <Menu checkedValues={checked} onCheckedValueChange={onChange}>
      <MenuTrigger disableButtonEnhancement>
        {compact ? (
          <Tooltip content={t(m.menu)} relationship="label">
            <Button appearance="subtle" icon={<LocalLanguage20Regular />} />
          </Tooltip>
        ) : (
          <Button appearance="subtle" icon={<LocalLanguage20Regular />}>
            {t(m.menu)}
          </Button>
        )}
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{t(m.language)}</MenuGroupHeader>
            <MenuItemRadio name="language" value="system">
              {t(m.systemLanguage, { language: endonym(osLanguage === 'en-XA' ? 'en' : osLanguage) })}
            </MenuItemRadio>
            {uiLanguages.map((language) => (
              <MenuItemRadio key={language} name="language" value={language} lang={language} translate="no">
                {endonym(language)}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          <MenuGroup>
            <MenuGroupHeader>{t(m.theme)}</MenuGroupHeader>
            {themeChoices.map((theme) => (
              <MenuItemRadio key={theme} name="theme" value={theme}>
                {t(themeLabel[theme])}
              </MenuItemRadio>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
};
