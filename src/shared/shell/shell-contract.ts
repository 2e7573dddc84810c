import { z } from 'zod';
import type { ContractSlice } from '../contract-slice';
import type { shellChannels, shellEventNames } from './channels';

/** The app's own commands in the application menu; each has its keys in the workspace, too. */
export const menuCommandSchema = z.enum(['find-person', 'journal', 'cohort']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * Every word of the application menu, in the UI's language. The menus' names may carry an `&` before their access
 * key (Windows and Linux underline it; macOS drops the `&`).
 */
export const menuLabelKeySchema = z.enum([
  'file',
  'edit',
  'view',
  'window',
  'about',
  'hide',
  'hideOthers',
  'showAll',
  'quitApp',
  'exit',
  'quit',
  'findPerson',
  'journal',
  'cohort',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'selectAll',
  'zoomIn',
  'zoomOut',
  'actualSize',
  'fullScreen',
  'reload',
  'devTools',
  'minimize',
  'close',
]);
export type MenuLabelKey = z.infer<typeof menuLabelKeySchema>;

const menuLabel = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[^\p{Cc}]+$/u, 'A menu label has no control characters.');

/** A record keyed by an enum takes exactly its keys: a missing one or any other is refused, as a strict object does. */
export const menuLabelsSchema = z.record(menuLabelKeySchema, menuLabel);
export type MenuLabels = z.infer<typeof menuLabelsSchema>;

export const shellContract = {
  /** Rebuilds the application menu in these words; sent at start and whenever the UI's language changes. */
  'shell:menu-labels': { input: menuLabelsSchema, output: z.boolean() },
} satisfies ContractSlice<typeof shellChannels>;

export const shellEvents = {
  /** The technician chose one of the app's own items in the application menu. */
  'event:menu-command': z.strictObject({ command: menuCommandSchema }),
} satisfies Record<(typeof shellEventNames)[number], z.ZodType>;
