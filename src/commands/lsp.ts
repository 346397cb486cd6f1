// `draftlint lsp`: the language server on stdio, for VS Code, Neovim and any LSP client.
import { Command } from 'commander';

export function lspCommand(): Command {
  return new Command('lsp')
    .description('run the language server on stdio: diagnostics as you type, fixes as code actions, rule docs on hover')
    .option('--stdio', 'talk over standard input and output (the default; accepted because clients pass it)')
    .addHelpText(
      'after',
      '\nExample (Neovim):\n  vim.lsp.start({ name = "draftlint", cmd = { "npx", "draftlint", "lsp" } })',
    )
    .action(async () => {
      const { startLanguageServer } = await import('../lsp/server.js');
      startLanguageServer();
      // The connection keeps the process alive until the client says exit.
      await new Promise(() => undefined);
    });
}
