import { useDeskCommand, type CommandKeys } from '../../ui/use-desk-command';

const cohortKeys: CommandKeys = (event) => (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k';

/**
 * Ctrl+Shift+K, or Cohort in the application menu, opens the bulk screen from anywhere in the workspace and leaves it
 * again; nothing while `enabled` is false. Ctrl+J (journal) and Ctrl+F (search) are the workspace's other keys; the
 * menu's roles keep their standard keys (https://www.electronjs.org/docs/latest/api/menu-item#roles), none of them K.
 * `toggle` keeps its identity between renders.
 */
export const useBulkShortcut = (enabled: boolean, toggle: () => void): void => useDeskCommand('cohort', cohortKeys, toggle, enabled);
