import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared';
import { getApi } from '../api';

/** Whether a key press is a command's shortcut. */
export type CommandKeys = (event: KeyboardEvent) => boolean;

/**
 * One of the workspace's own commands: its keys and its item in the application menu both run `run`, and neither does
 * anything while `enabled` is false. Main shows the keys beside the item without taking them from the page, so a key
 * press reaches this listener once, as it did before the menu had the item. `keys` and `run` keep their identity
 * between renders (module functions or callbacks), or the listeners are set again on each render.
 */
export const useDeskCommand = (command: MenuCommand, keys: CommandKeys, run: () => void, enabled = true): void => {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!keys(event)) return;
      event.preventDefault();
      run();
    };
    document.addEventListener('keydown', onKeyDown);
    const stopListening = getApi().on('event:menu-command', (chosen) => {
      if (chosen.command === command) run();
    });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      stopListening();
    };
  }, [command, keys, run, enabled]);
};
