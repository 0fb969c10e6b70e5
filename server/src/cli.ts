/**
 * `unres`: the language service on the command line, so a draft can be checked in CI.
 *   unres outline FILE [--json]      the document's structure
 *   unres check FILE... [--json]     diagnostics as file:line:col: severity code: message;
 *                                    exit status 1 when there is an error
 *   --hints                          also print hints, which editors show only in the text
 * `-` reads standard input.
 */
import { readFileSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService } from './service';

const usage = `Usage: unres outline FILE [--json]
       unres check FILE... [--json] [--hints]
FILE may be - for standard input.`;

class InputError extends Error {}

function readDraft(file: string): string {
  let bytes: Buffer;
  if (file === '-') {
    bytes = readFileSync(0);
  } else {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      throw new InputError(`${file}: no such file`);
    }
    if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a draft`);
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new InputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new InputError(`${file}: binary file, not a text draft`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text; save the draft as UTF-8 and try again`);
  }
}

const severityNames: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

function printOutline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name}${s.detail ? ` — ${s.detail}` : ''}  [${s.selectionRange.start.line + 1}]`,
    ...printOutline(s.children ?? [], depth + 1),
  ]);
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const hints = argv.includes('--hints');
  const [command, ...files] = argv.filter((a) => a !== '--json' && a !== '--hints');
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if ((command !== 'outline' && command !== 'check') || files.length === 0 || (command === 'outline' && files.length > 1)) {
    process.stderr.write(usage + '\n');
    return 2;
  }
  const service = createLanguageService();
  let failed = false;
  let inputError = false;
  const results: { file: string; outline?: DocumentSymbol[]; diagnostics?: Diagnostic[]; error?: string }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readDraft(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputError = true;
      results.push({ file, error: error.message });
      if (!json) process.stderr.write(`unres: ${error.message}\n`);
      continue;
    }
    const document = TextDocument.create(file === '-' ? 'stdin' : file, 'un-resolution', 1, text);
    if (command === 'outline') {
      const outline = service.getDocumentSymbols(document);
      results.push({ file, outline });
      if (!json) process.stdout.write(printOutline(outline).join('\n') + '\n');
    } else {
      const diagnostics = service.getDiagnostics(document).filter((d) => hints || d.severity !== DiagnosticSeverity.Hint);
      results.push({ file, diagnostics });
      failed ||= diagnostics.some((d) => d.severity === DiagnosticSeverity.Error);
      if (!json) {
        for (const d of diagnostics) {
          const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
          process.stdout.write(`${where}: ${severityNames[d.severity ?? 1]} ${d.code}: ${d.message}\n`);
        }
      }
    }
  }
  if (json) process.stdout.write(JSON.stringify(command === 'outline' && results.length === 1 ? results[0] : results, null, 2) + '\n');
  else if (command === 'check') {
    const count = results.reduce((n, r) => n + (r.diagnostics?.length ?? 0), 0);
    process.stdout.write(`${count === 0 ? 'No problems' : `${count} problem${count === 1 ? '' : 's'}`} in ${files.length} file${files.length === 1 ? '' : 's'}.\n`);
  }
  return inputError ? 2 : failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`unres: internal error: ${(error as Error).message}\n`);
  process.exitCode = 3;
}
