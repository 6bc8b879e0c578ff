/**
 * claimlint for VS Code: starts `claimlint lsp --stdio` for reStructuredText and Markdown
 * files and leaves the rest (diagnostics, quick fixes, "disable for this block", hover) to the
 * language server. The executable is the `claimlint.path` setting.
 */
import { window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const ID = 'claimlint';
const NAME = 'claimlint';

let client: LanguageClient | undefined;

/** How the server is started: `<claimlint.path> lsp --stdio`, the same for run and debug. */
export function serverOptions(command: string): ServerOptions {
  return { command, args: ['lsp', '--stdio'] };
}

/** The documents the server lints: VS Code's built-in languages for `.rst` and `.md` files. */
export const clientOptions: LanguageClientOptions = {
  documentSelector: [{ scheme: 'file', language: 'restructuredtext' }, { scheme: 'file', language: 'markdown' }],
};

function configuredPath(): string {
  const value = workspace.getConfiguration(ID).get<string>('path', 'claimlint').trim();
  return value === '' ? 'claimlint' : value;
}

async function start(): Promise<void> {
  const command = configuredPath();
  const next = new LanguageClient(ID, NAME, serverOptions(command), clientOptions);
  client = next;
  try {
    await next.start();
  } catch (err) {
    if (client === next) client = undefined;
    const why = err instanceof Error ? err.message : String(err);
    void window.showErrorMessage(
      `claimlint: could not start '${command} lsp --stdio' (${why}). Set claimlint.path to the claimlint executable.`,
    );
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

export async function activate(context: ExtensionContext): Promise<void> {
  context.subscriptions.push(
    workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(`${ID}.path`)) return;
      await stop();
      await start();
    }),
  );
  await start();
}

export function deactivate(): Promise<void> {
  return stop();
}
