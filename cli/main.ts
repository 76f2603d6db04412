/**
 * The `spbe` program: parses the subcommand and delegates. Never lets an
 * exception reach the user as a stack trace.
 * @module cli/main
 */
import { score, scoreHelp } from './commands/score.ts';
import { lint, lintHelp } from './commands/lint.ts';
import { compare, compareHelp } from './commands/compare.ts';
import { lsp, lspHelp } from './lsp/command.ts';
import { sanitizePageCommand, sanitizePageHelp } from './commands/sanitize-page.ts';
import { VERSION } from './version.ts';
import { UsageError, type Io } from './io.ts';

const help = `spbe ${VERSION}: SPBE Lens, alat bantu evaluasi SPBE (PermenPANRB 59/2020) dan Pemdi (PermenPANRB 8/2026)

Pemakaian / usage:
  spbe score <berkas> [--format text|json] [--locale id|en]
  spbe lint [berkas|folder|glob ...] [--format stylish|compact|json|sarif|github] [--locale id|en]
            [--max-warnings N] [--config FILE] [--baseline FILE [--update-baseline]] [--verbose]
  spbe compare <tahun-lalu> <tahun-ini> [--format text|json] [--locale id|en]
  spbe lsp --stdio [--locale id|en] [--config FILE] [--baseline FILE]   (server bahasa / language server)
  spbe sanitize-page <halaman.html> [--url URL] > contoh.html

Kode keluar / exit codes: 0 berhasil / ok, 1 masalah pada berkas / problems in the file,
2 salah pemakaian atau berkas tak terbaca / usage error or unreadable file.
`;

type Command = (args: string[], io: Io) => number | Promise<number>;
const commands: Record<string, { run: Command; help: string }> = {
  score: { run: score, help: scoreHelp },
  lint: { run: lint, help: lintHelp },
  compare: { run: compare, help: compareHelp },
  lsp: { run: lsp, help: lspHelp },
  'sanitize-page': { run: sanitizePageCommand, help: sanitizePageHelp },
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { io.stdout(help); return name ? 0 : 2; }
  if (name === '--version' || name === '-v') { io.stdout(`${VERSION}\n`); return 0; }
  const cmd = commands[name];
  if (!cmd) { io.stderr(`spbe: perintah tidak dikenal / unknown command "${name}"\n\n${help}`); return 2; }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) { io.stderr(`${e.message}\n`); return 2; }
    // parseArgs reports unknown options and missing values with these codes.
    const code = (e as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS')) { io.stderr(`spbe ${name}: ${(e as Error).message}\n\n${cmd.help}`); return 2; }
    io.stderr(`spbe ${name}: kesalahan internal / internal error: ${(e as Error).message ?? e}\nMohon laporkan / please report it.\n`);
    return 2;
  }
}
