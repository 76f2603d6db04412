/**
 * `spbe lsp --help`, shared by the command (cli/lsp/command.ts) and the server.
 * @module cli/lsp/help
 */
export const lspHelp = `spbe lsp --stdio [--locale id|en] [--config FILE] [--baseline FILE]

Server bahasa (Language Server Protocol) lewat stdin/stdout untuk editor: temuan
\`spbe lint\` saat mengetik, hover, pelengkapan, perbaikan cepat, kerangka, indeks.
Language server over stdio for editors (VS Code, Neovim, Helix, ...).

  --stdio              bicara LSP lewat stdin/stdout / speak LSP over stdio (wajib / required)
  --locale id|en       bahasa pesan / message language (bawaan: id, atau bahasa klien en)
  --config FILE        pakai konfigurasi ini saja / use only this config
  --baseline FILE      sembunyikan masalah yang sudah tercatat / hide known problems
`;
