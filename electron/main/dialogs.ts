import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Language } from '../preload/bridge';
import { messages, sheetExtensions } from './messages';

/** Asks for a workspace to open; null when the person cancels. */
export async function askWorkspaceToOpen(language: Language, parent?: BrowserWindow) {
  const t = messages[language];
  const options = {
    title: t.openTitle,
    properties: ['openFile' as const],
    filters: [{ name: t.workspaceFilter, extensions: ['ficha'] }],
  };
  const answer = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return answer.canceled ? null : (answer.filePaths[0] ?? null);
}

/** Asks where to create a new workspace; null when the person cancels. */
export async function askNewWorkspacePath(language: Language, parent?: BrowserWindow) {
  const t = messages[language];
  const options = {
    title: t.newTitle,
    defaultPath: t.newDefaultName,
    filters: [{ name: t.workspaceFilter, extensions: ['ficha'] }],
  };
  const answer = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (answer.canceled || !answer.filePath) return null;
  return answer.filePath.endsWith('.ficha') ? answer.filePath : `${answer.filePath}.ficha`;
}

/** Asks for a spreadsheet to import into the window's workspace. */
export async function askSheetToImport(language: Language, parent: BrowserWindow) {
  const t = messages[language];
  const answer = await dialog.showOpenDialog(parent, {
    title: t.importTitle,
    properties: ['openFile'],
    filters: [{ name: t.sheetFilter, extensions: sheetExtensions }],
  });
  return answer.canceled ? null : (answer.filePaths[0] ?? null);
}

/** What a person chose on the welcome dialog shown when no workspace is open. */
export type WelcomeChoice = 'sample' | 'new' | 'open' | 'quit';

/** The welcome dialog: open the sample, create or open a workspace, or quit. */
export async function askHowToStart(language: Language): Promise<WelcomeChoice> {
  const t = messages[language];
  const choices: WelcomeChoice[] = ['sample', 'new', 'open', 'quit'];
  const answer = await dialog.showMessageBox({
    type: 'question',
    title: t.welcomeTitle,
    message: t.welcomeMessage,
    detail: t.welcomeDetail,
    buttons: [t.openSample, t.newWorkspace, t.open, t.quit],
    defaultId: 0,
    cancelId: 3,
  });
  return choices[answer.response] ?? 'quit';
}
